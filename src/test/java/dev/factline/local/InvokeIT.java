package dev.factline.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;
import dev.factline.testing.EventFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invoke command on every file in events/, as sam local invoke would run them, one process each. */
class InvokeIT {

    @Test
    void invoke_onEveryEventFile_givesTheStatusOfTheHandlerTests(@TempDir Path data) throws Exception {
        for (var file : EventFiles.IN_ORDER.entrySet()) {
            String output = FactlineLocal.invoke(List.of(file.getValue().functionId(), "-e", "events/" + file.getKey(),
                    "--data", data.toString(), "--no-seed"));
            JsonNode response = Json.MAPPER.readTree(output);
            assertEquals(file.getValue().status(), response.get("statusCode").asInt(), file.getKey() + ": " + output);
            assertTrue(response.has("headers") && response.has("body"), output);
        }
    }

    @Test
    void invoke_ofAnUnknownFunction_saysWhichExist() {
        var e = assertThrows(IllegalArgumentException.class, () -> FactlineLocal.invoke(
                List.of("NoSuchFunction", "-e", "events/get-timeline.json", "--no-seed")));
        assertTrue(e.getMessage().contains("GetTimelineFunction"), e.getMessage());
    }
}
