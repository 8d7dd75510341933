package dev.factline.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DynaliteNodeCheckTest {

    @Test
    void missingNode_failsWithOneClearLine(@TempDir Path dir) {
        var e = assertThrows(LocalStartupException.class,
                () -> Dynalite.requireNode(dir.resolve("no-such-node").toString()));
        assertEquals("Node.js is not installed or not on the PATH; Factline Local needs Node.js 20+ to run dynalite",
                e.getMessage());
    }

    @Test
    void oldNode_failsNamingItsVersion(@TempDir Path dir) throws Exception {
        var e = assertThrows(LocalStartupException.class, () -> Dynalite.requireNode(fakeNode(dir, "v18.19.0")));
        assertEquals("Node.js v18.19.0 is too old; Factline Local needs Node.js 20+ to run dynalite", e.getMessage());
    }

    @Test
    void currentNode_isAccepted(@TempDir Path dir) throws Exception {
        assertEquals(22, Dynalite.requireNode(fakeNode(dir, "v22.3.0")));
        assertTrue(Dynalite.requireNode() >= 20, "the node on this machine");
    }

    private static String fakeNode(Path dir, String version) throws Exception {
        Path script = dir.resolve("node");
        Files.writeString(script, "#!/bin/sh\necho " + version + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script.toString();
    }
}
