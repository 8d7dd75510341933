package dev.factline.template;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CloudFront Function in front of the desk bucket, run as written in template.yaml with
 * Node (which the build needs for dynalite anyway): directory paths get their index.html, the
 * bare paths go to /desk/, files pass unchanged.
 */
class DeskIndexFunctionTest {

    private static String code;

    @BeforeAll
    static void read() {
        code = ProjectFiles.template().path("Resources").path("DeskIndexFunction").path("Properties")
                .path("FunctionCode").asText();
        assertTrue(code.contains("function handler(event)"), "template.yaml's DeskIndexFunction has no handler");
    }

    @Test
    void directoryPaths_areServedTheirIndexHtml() throws Exception {
        assertEquals("/desk/index.html", handle("/desk/").path("uri").asText());
        assertEquals("/desk/screens/index.html", handle("/desk/screens/").path("uri").asText());
    }

    @Test
    void files_passUnchanged() throws Exception {
        assertEquals("/desk/app.js", handle("/desk/app.js").path("uri").asText());
        assertEquals("/widget/factline-timeline.js", handle("/widget/factline-timeline.js").path("uri").asText());
    }

    @Test
    void theRootAndTheBareDeskPath_redirectToTheDesk() throws Exception {
        for (String uri : new String[] {"/", "/desk"}) {
            JsonNode response = handle(uri);
            assertEquals(301, response.path("statusCode").asInt(), uri);
            assertEquals("/desk/", response.path("headers").path("location").path("value").asText(), uri);
        }
    }

    /** Runs the function's handler on a viewer request for {@code uri} and returns what it gave back. */
    private static JsonNode handle(String uri) throws IOException, InterruptedException {
        String event = ProjectFiles.JSON.writeValueAsString(ProjectFiles.JSON.createObjectNode()
                .set("request", ProjectFiles.JSON.createObjectNode().put("method", "GET").put("uri", uri)));
        String script = code + "\nprocess.stdout.write(JSON.stringify(handler(" + event + ")));\n";
        Process node = new ProcessBuilder("node", "-e", script).redirectErrorStream(true).start();
        assertTrue(node.waitFor(30, TimeUnit.SECONDS), "node did not finish");
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, node.exitValue(), out);
        return ProjectFiles.JSON.readTree(out);
    }
}
