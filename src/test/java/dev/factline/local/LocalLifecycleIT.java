package dev.factline.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting, stopping and restarting Factline Local, and its one-line start-up errors. */
class LocalLifecycleIT {

    @Test
    void stop_leavesNoDynaliteProcessBehind() {
        FactlineLocal.Running running = FactlineLocal.start(new FactlineLocal.Options(0, null, false, Path.of("")));
        long pid = running.dynalitePid();
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        running.close();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "dynalite pid " + pid);
    }

    @Test
    void restartWithData_keepsTheDataAndSeedsNothingTwice(@TempDir Path data) throws Exception {
        int itemsAfterFirstStart;
        try (var first = FactlineLocal.start(new FactlineLocal.Options(0, data, true, Path.of("")))) {
            itemsAfterFirstStart = countItems(first.services().client());
            assertEquals(9, itemsAfterFirstStart, "the topic, one source and its place in the topic, six claims");
            assertEquals(6, first.seed().added());
            assertTrue(banner(first, data).contains("Seeded topic biden-xi-apec-2024: 6 reviewed claims"));
            first.seed().claims().forEach(c -> assertEquals(Seed.SEEDED_AT, c.reviews().get(0).reviewedAt(),
                    "reviewed at the seed's fixed time, not when the runner started"));
        }
        try (var second = FactlineLocal.start(new FactlineLocal.Options(0, data, true, Path.of("")))) {
            assertEquals(itemsAfterFirstStart, countItems(second.services().client()));
            var response = FactlineLocalIT.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + second.port() + "/timelines/biden-xi-apec-2024")));
            assertEquals(6, dev.factline.http.Json.MAPPER.readTree(response.body()).get("events").size());
            second.seed().claims().forEach(c -> assertEquals(2, c.version(), "reviewed once, not again"));
            assertEquals(0, second.seed().added());
            String banner = banner(second, data);
            assertFalse(banner.contains("Seeded topic"), banner);
            assertTrue(banner.contains("was seeded before"), banner);
        }
    }

    private static String banner(FactlineLocal.Running running, Path data) {
        var out = new java.io.ByteArrayOutputStream();
        FactlineLocal.printBanner(running, new FactlineLocal.Options(0, data, true, Path.of("")),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void noSeed_startsEmpty() {
        try (var running = FactlineLocal.start(new FactlineLocal.Options(0, null, false, Path.of("")))) {
            assertNull(running.seed());
            assertEquals(0, countItems(running.services().client()));
        }
    }

    @Test
    void portInUse_failsWithOneClearLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            var e = assertThrows(LocalStartupException.class, () -> FactlineLocal.start(
                    new FactlineLocal.Options(taken.getLocalPort(), null, false, Path.of(""))));
            assertEquals("port " + taken.getLocalPort() + " is in use; stop what uses it or pass --port", e.getMessage());
        }
    }

    @Test
    void unreadableTemplate_failsWithOneClearLine(@TempDir Path emptyProject) {
        var e = assertThrows(LocalStartupException.class, () -> FactlineLocal.start(
                new FactlineLocal.Options(0, null, false, emptyProject)));
        assertTrue(e.getMessage().startsWith("cannot read " + emptyProject.resolve("template.yaml").toAbsolutePath()),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void dynaliteThatCannotStart_failsWithOneClearLine(@TempDir Path project) throws Exception {
        java.nio.file.Files.copy(Path.of("template.yaml"), project.resolve("template.yaml"));
        Path fakeInstall = project.resolve("dynalite/node_modules/dynalite");
        java.nio.file.Files.createDirectories(fakeInstall);
        java.nio.file.Files.writeString(fakeInstall.resolve("cli.js"), "console.error('broken install'); process.exit(3)");
        var e = assertThrows(LocalStartupException.class, () -> FactlineLocal.start(
                new FactlineLocal.Options(0, null, false, project)));
        assertEquals("dynalite failed to start: broken install", e.getMessage());
    }

    private static int countItems(DynamoDbClient client) {
        return client.scan(b -> b.tableName(LocalServices.TABLE_NAME)).count();
    }
}
