package dev.factline.template;

import com.fasterxml.jackson.core.JsonParser;
import dev.factline.http.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's commands whose output a user captures or pipes, run exactly as written by a real
 * shell and a real Maven: stdout must be the payload and nothing else (no colour reset after it,
 * no progress line before it).
 */
class ReadmeCommandsIT {

    private static final Path PROJECT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\n");

    @Test
    void tokenCommand_capturedByTheShell_isExactlyTheToken() throws Exception {
        String command = readmeCommand(Pattern.compile("TOKEN=\\$\\((mvn -q exec:java -Dexec\\.args='token [^']+')\\)"));
        String stdout = run(command);
        assertTrue(JWT.matcher(stdout).matches(), "stdout is the token and its newline only: " + escaped(stdout));
    }

    @Test
    void invokeCommand_pipedOn_isExactlyOneJsonDocument() throws Exception {
        String command = readmeCommand(Pattern.compile("`(mvn -q exec:java -Dexec\\.args='invoke [^']+')`"));
        String stdout = run(command);
        assertTrue(stdout.startsWith("{"), "nothing before the JSON: " + escaped(stdout.substring(0, Math.min(80, stdout.length()))));
        try (JsonParser parser = Json.MAPPER.createParser(stdout)) {
            com.fasterxml.jackson.databind.JsonNode response = Json.MAPPER.readTree(parser);
            assertEquals(200, response.get("statusCode").asInt());
            assertNull(parser.nextToken(), "nothing after the JSON");
        }
        assertTrue(stdout.endsWith("}\n") || stdout.endsWith("}"), "nothing after the JSON: " + escaped(stdout));
    }

    private static String readmeCommand(Pattern pattern) throws IOException {
        Matcher m = pattern.matcher(Files.readString(PROJECT.resolve("README.md")));
        assertTrue(m.find(), "the README shows the command " + pattern);
        return m.group(1);
    }

    private static String run(String command) throws Exception {
        Process process = new ProcessBuilder(List.of("bash", "-c", command))
                .directory(PROJECT.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the command ends: " + command);
        assertEquals(0, process.exitValue(), command);
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String escaped(String s) {
        return s.replace("\u001b", "\\e").replace("\n", "\\n");
    }
}
