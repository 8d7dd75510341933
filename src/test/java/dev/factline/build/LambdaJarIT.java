package dev.factline.build;

import dev.factline.local.SamTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shaded jar every function ships: the handlers and what they need, and nothing of Factline Local. */
class LambdaJarIT {

    private static final Path JAR = Path.of("target", "factline.jar");
    private static List<String> entries;

    @BeforeAll
    static void read() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "mvn package builds " + JAR);
        try (JarFile jar = new JarFile(JAR.toFile())) {
            entries = jar.stream().map(ZipEntry::getName).toList();
        }
        long classes = entries.stream().filter(e -> e.endsWith(".class")).count();
        System.out.printf("Lambda jar: %d bytes, %d classes%n", Files.size(JAR), classes);
    }

    @Test
    void jar_holdsEveryHandler() {
        for (SamTemplate.Function function : SamTemplate.read(Path.of("template.yaml")).functions()) {
            String handler = function.handlerClass();
            assertTrue(entries.contains(handler.replace('.', '/') + ".class"), handler);
        }
    }

    @Test
    void jar_holdsNothingOfFactlineLocalOrItsDependencies() {
        List<String> strays = entries.stream().filter(e -> e.startsWith("dev/factline/local/")
                || e.startsWith("seed/")
                || e.startsWith("com/fasterxml/jackson/dataformat/yaml/") || e.startsWith("org/yaml/")
                || e.startsWith("com/amazonaws/services/lambda/runtime/serialization/")
                || e.startsWith("org/joda/") || e.startsWith("org/junit/") || e.startsWith("org/testcontainers/")
                || e.startsWith("software/amazon/awssdk/http/apache") || e.startsWith("io/netty/")).toList();
        assertEquals(List.of(), strays);
    }

    @Test
    void jar_holdsNoModuleTheFunctionsNeverLoad() {
        List<String> unused = entries.stream().filter(e -> e.endsWith(".class")).filter(e ->
                (e.startsWith("com/amazonaws/services/lambda/runtime/events/")
                        && !e.startsWith("com/amazonaws/services/lambda/runtime/events/APIGatewayV2HTTP"))
                || e.startsWith("software/amazon/awssdk/services/dynamodb/streams/")
                || e.startsWith("software/amazon/awssdk/services/dynamodb/waiters/")
                || e.startsWith("software/amazon/awssdk/services/dynamodb/paginators/")
                || e.startsWith("software/amazon/awssdk/services/dynamodb/DefaultDynamoDbAsync")
                || e.startsWith("software/amazon/awssdk/eventstream/")
                || e.startsWith("software/amazon/awssdk/http/auth/aws/crt/")
                || e.startsWith("software/amazon/awssdk/http/nio/")
                || e.startsWith("org/joda/") || e.startsWith("ch/qos/logback/") || e.startsWith("org/apache/logging/")
                || e.startsWith("org/slf4j/simple/") || e.startsWith("org/apache/http/")
                || e.startsWith("dev/factline/bench/")).toList();
        assertEquals(List.of(), unused);
        assertTrue(entries.stream().noneMatch(e -> e.startsWith("META-INF/maven/")), "build metadata is left out");
        assertTrue(entries.contains("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class"),
                "the one HTTP client is in");
        assertTrue(entries.contains("org/crac/Core.class"), "the CRaC API for SnapStart priming is in");
    }
}
