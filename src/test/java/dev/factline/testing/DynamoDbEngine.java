package dev.factline.testing;

import dev.factline.local.Dynalite;
import dev.factline.local.LocalServices;
import dev.factline.local.SamTemplate;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;


/**
 * A real server speaking the DynamoDB API, started once per test run and stopped after it:
 * dynalite by default, LocalStack through Testcontainers with {@code -Dfactline.dynamodb=localstack}.
 * Test classes take a {@link TestTable} parameter: a fresh table created from template.yaml.
 */
public final class DynamoDbEngine implements ParameterResolver, ExecutionCondition {

    private static final String ENGINE = System.getProperty("factline.dynamodb", "dynalite");

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final SamTemplate TEMPLATE = SamTemplate.read(Path.of("template.yaml"));

    /** With LocalStack chosen and no Docker, the tests are reported skipped with the reason. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (ENGINE.equals("localstack") && !DockerClientFactory.instance().isDockerAvailable()) {
            return ConditionEvaluationResult.disabled("factline.dynamodb=localstack needs Docker, which is not"
                    + " available here; run without it to test against dynalite");
        }
        return ConditionEvaluationResult.enabled("DynamoDB engine: " + ENGINE);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestTable.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return newTable(context);
    }

    /** A fresh table created from template.yaml, on the server this test run shares. */
    public TestTable newTable(ExtensionContext context) {
        Server server = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Server.class, key -> Server.start(), Server.class);
        String tableName = "factline-test-" + TABLES.incrementAndGet();
        LocalServices.createTable(server.client, TEMPLATE.createTableRequest(tableName));
        return new TestTable(server.client, tableName, server.endpoint);
    }

    /** A client for a local endpoint, built as the local runner builds it. */
    public static DynamoDbClient client(URI endpoint) {
        return LocalServices.localClient(endpoint);
    }

    private static final class Server implements AutoCloseable {
        private final AutoCloseable process;
        private final URI endpoint;
        private final DynamoDbClient client;

        private Server(AutoCloseable process, URI endpoint) {
            this.process = process;
            this.endpoint = endpoint;
            this.client = client(endpoint);
        }

        static Server start() {
            return switch (ENGINE) {
                case "dynalite" -> {
                    Dynalite dynalite = Dynalite.start(Path.of(System.getProperty("factline.dynalite.dir", "dynalite")), null);
                    yield new Server(dynalite, dynalite.endpoint());
                }
                case "localstack" -> startLocalStack();
                default -> throw new IllegalStateException(
                        "factline.dynamodb must be dynalite or localstack, not " + ENGINE);
            };
        }

        @SuppressWarnings("resource")
        private static Server startLocalStack() {
            LocalStackContainer container = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4"))
                    .withServices("dynamodb");
            String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
            if (token != null) {
                container.withEnv("LOCALSTACK_AUTH_TOKEN", token);
            }
            container.start();
            return new Server(container::stop, container.getEndpoint());
        }

        @Override
        public void close() throws Exception {
            client.close();
            process.close();
        }
    }
}
