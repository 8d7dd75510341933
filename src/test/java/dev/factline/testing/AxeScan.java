package dev.factline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Accessibility checks with axe-core, the pinned npm package in {@code axe/} (the build installs
 * it with {@code npm ci}, as it does dynalite). The script is read from {@code node_modules} and
 * injected into the page under test through WebDriver, which a page's Content-Security-Policy
 * does not govern; nothing is fetched at run time.
 *
 * <p>Typical use: {@code assertEquals(List.of(), AxeScan.run(driver), "axe, serious or critical")}.
 */
public final class AxeScan {

    /** The impacts a page must have none of. */
    public static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(results => done(JSON.stringify(results.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map(n => JSON.stringify(n.target) + ' ' + n.html)})))))
                .catch(error => done(JSON.stringify({error: String(error)})));
            """;

    private static String script;

    private AxeScan() {
    }

    /** A rule the page breaks, and the elements that break it (selector and markup). */
    public record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + id + " (" + help + "): " + String.join("; ", targets);
        }
    }

    /** The serious and critical violations of the page the driver shows now. */
    public static List<Violation> run(WebDriver driver) {
        List<Violation> blocking = new ArrayList<>();
        for (Violation violation : all(driver)) {
            if (BLOCKING.contains(violation.impact())) {
                blocking.add(violation);
            }
        }
        return blocking;
    }

    /** Every violation of the page the driver shows now, whatever its impact. */
    public static List<Violation> all(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(script());
        Object answer = js.executeAsyncScript(RUN);
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(String.valueOf(answer));
        } catch (IOException e) {
            throw new UncheckedIOException("axe answered something that is not JSON: " + answer, e);
        }
        if (json.has("error")) {
            throw new IllegalStateException("axe could not check the page: " + json.get("error").asText());
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : json) {
            List<String> targets = new ArrayList<>();
            v.get("targets").forEach(t -> targets.add(t.asText()));
            violations.add(new Violation(v.get("id").asText(), v.path("impact").asText(null), v.get("help").asText(),
                    targets));
        }
        return violations;
    }

    /** {@code axe.min.js} of the installed package ({@code factline.axe.dir}, default {@code axe}). */
    static synchronized String script() {
        if (script == null) {
            Path file = Path.of(System.getProperty("factline.axe.dir", "axe"), "node_modules", "axe-core",
                    "axe.min.js");
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing: the build installs axe-core in the"
                        + " pre-integration-test phase (or run npm ci in axe/)");
            }
            try {
                script = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
