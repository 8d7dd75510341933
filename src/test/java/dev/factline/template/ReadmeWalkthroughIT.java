package dev.factline.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;
import dev.factline.local.FactlineLocal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's walk-through from article to timeline, run as it is written (bash, curl, jq and
 * the README's own token commands) against a fresh Factline Local: every request's status must
 * be the one its comment promises, so the README cannot drift from the API.
 */
class ReadmeWalkthroughIT {

    private static final Path PROJECT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Pattern BLOCK = Pattern.compile(
            "### The whole workflow, request by request\n.*?```sh\n(.*?)```", Pattern.DOTALL);
    private static final Pattern STATUS = Pattern.compile("\\b[1-5][0-9]{2}\\b");

    @Test
    void walkthrough_runsAsWritten_andEveryRequestAnswersTheStatusItsCommentPromises(@TempDir Path work)
            throws Exception {
        for (String tool : List.of("curl", "jq")) {
            assumeTrue(onPath(tool), "the walk-through needs " + tool + " (Debian package " + tool
                    + "; .ci/run installs it)");
        }
        Matcher block = BLOCK.matcher(Files.readString(PROJECT.resolve("README.md")));
        assertTrue(block.find(), "README.md has the walk-through");
        String script = block.group(1);
        List<Integer> promised = promisedStatuses(script);
        assertTrue(promised.size() >= 12, "every request has its status written beside it: " + promised);

        try (FactlineLocal.Running local = FactlineLocal.start(new FactlineLocal.Options(0, null, false, PROJECT))) {
            String api = "http://127.0.0.1:" + local.port();
            Path statuses = work.resolve("statuses");
            String runnable = "set -euo pipefail\n"
                    // Each curl of the walk-through, unchanged, also writes its status to a side file.
                    + "curl() { command curl -w '%{stderr}%{http_code}\\n' \"$@\" 2>>\"$STATUSES\"; }\n"
                    + script.replace("API=http://127.0.0.1:3000", "API=" + api);
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", runnable)
                    .directory(PROJECT.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("STATUSES", statuses.toString());
            Process bash = builder.start();
            bash.getOutputStream().close();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(bash.waitFor(5, TimeUnit.MINUTES), "the walk-through ends");
            List<Integer> answered = Files.readAllLines(statuses).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).map(Integer::parseInt).toList();
            assertEquals(0, bash.exitValue(), "the walk-through runs to its end:\n" + output);
            assertEquals(promised, answered, "statuses as the README's comments say");

            HttpResponse<String> timeline = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(api + "/timelines/harbour-tunnel")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode events = Json.MAPPER.readTree(timeline.body()).get("events");
            assertEquals(1, events.size(), "exactly the reviewed claim is public");
            assertEquals("On Friday", events.get(0).at("/dateProvenance/phrase").asText(), events.toString());
        }
    }

    private static boolean onPath(String tool) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    /** The statuses each comment line promises after its arrow, in order. */
    private static List<Integer> promisedStatuses(String script) {
        List<Integer> statuses = new ArrayList<>();
        for (String line : script.split("\n")) {
            int arrow = line.indexOf('→');
            if (line.strip().startsWith("#") && arrow >= 0) {
                Matcher m = STATUS.matcher(line.substring(arrow));
                while (m.find()) {
                    statuses.add(Integer.parseInt(m.group()));
                }
            }
        }
        return statuses;
    }
}
