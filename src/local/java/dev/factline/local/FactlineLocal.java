package dev.factline.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Factline Local: the API on a loopback port over dynalite, with the seed topic, and the
 * {@code token} and {@code invoke} commands. Run from the project folder, e.g.
 * {@code mvn -q compile exec:java -Dexec.args="--port 3000"}.
 */
public final class FactlineLocal {

    static final String USAGE = """
            usage: factline-local [serve] [--port N] [--data DIR] [--no-seed]
                   factline-local token <user> [group ...]
                   factline-local invoke <FunctionLogicalId> -e <event.json> [--data DIR] [--no-seed]""";

    private FactlineLocal() {
    }

    /** What {@code serve} and {@code invoke} are started with. */
    public record Options(int port, Path dataDir, boolean seed, Path projectDir) {
        public static Options defaults() {
            return new Options(3000, null, true, Path.of(""));
        }

        Path template() {
            return projectDir.resolve("template.yaml");
        }

        Path dynaliteDir() {
            return projectDir.resolve("dynalite");
        }

        Path widgetDir() {
            return projectDir.resolve("widget");
        }

        Path deskDir() {
            return projectDir.resolve("desk");
        }
    }

    /** A started Factline Local; {@link #close()} stops the HTTP server and dynalite. */
    public record Running(LocalGateway gateway, Dynalite dynalite, LocalServices services, Seed.Result seed)
            implements AutoCloseable {

        public int port() {
            return gateway.port();
        }

        public long dynalitePid() {
            return dynalite.pid();
        }

        @Override
        public void close() {
            gateway.close();
            services.close();
            dynalite.close();
        }
    }

    public static void main(String[] args) {
        // The SDK brings slf4j-api without a backend; its three-line warning is noise here.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        try {
            run(args, System.out);
        } catch (LocalStartupException | IllegalArgumentException e) {
            System.err.println("factline-local: " + e.getMessage());
            System.exit(e instanceof IllegalArgumentException ? 2 : 1);
        }
    }

    static void run(String[] args, PrintStream out) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String command = rest.isEmpty() || rest.get(0).startsWith("--") ? "serve" : rest.remove(0);
        switch (command) {
            case "serve" -> serveUntilStopped(parse(rest), out);
            case "token" -> out.println(token(rest));
            case "invoke" -> out.println(invoke(rest));
            case "help", "--help", "-h" -> out.println(USAGE);
            default -> throw new IllegalArgumentException("unknown command '" + command + "'\n" + USAGE);
        }
    }

    /** Starts everything in order, the port first, undoing what started if a later step fails. */
    public static Running start(Options options) {
        SamTemplate template = SamTemplate.read(options.template());
        LocalGateway.Bound bound = LocalGateway.bind(options.port());
        Dynalite dynalite = null;
        LocalServices services = null;
        try {
            dynalite = Dynalite.start(options.dynaliteDir(), options.dataDir());
            Clock clock = Clock.systemUTC();
            services = LocalServices.open(dynalite.endpoint(), template, clock);
            Seed.Result seed = options.seed() ? Seed.apply(services.wiring()) : null;
            LocalFunctions functions = new LocalFunctions(template.functions(), services);
            LocalGateway gateway = LocalGateway.start(bound, functions, template.cors(), new LocalTokens(clock), clock,
                    options.widgetDir(), options.deskDir());
            return new Running(gateway, dynalite, services, seed);
        } catch (RuntimeException e) {
            bound.server().stop(0);
            if (services != null) {
                services.close();
            }
            if (dynalite != null) {
                dynalite.close();
            }
            throw e;
        }
    }

    private static void serveUntilStopped(Options options, PrintStream out) {
        Running running = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "factline-local-stop"));
        printBanner(running, options, out);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void printBanner(Running running, Options options, PrintStream out) {
        String base = "http://127.0.0.1:" + running.port();
        String token = new LocalTokens(Clock.systemUTC()).mint("alice", List.of("fact-checkers"));
        out.println("Factline Local is serving " + base);
        out.println("  DynamoDB: dynalite (pid " + running.dynalitePid() + "), "
                + (options.dataDir() == null ? "in memory" : "data in " + options.dataDir().toAbsolutePath()));
        if (running.seed() != null && running.seed().added() > 0) {
            out.println("  Seeded topic " + running.seed().topic() + ": " + running.seed().added()
                    + " reviewed claims from the seed article");
        } else if (running.seed() != null) {
            out.println("  Topic " + running.seed().topic() + " was seeded before: its " + running.seed().claims().size()
                    + " claims are kept in the data folder, nothing added");
        }
        out.println("  LOCAL ONLY: bearer tokens are decoded WITHOUT checking their signature.");
        out.println();
        out.println("Factline Desk (sign in as any user, LOCAL ONLY): " + base + "/desk/");
        out.println("The timeline widget on a demo page: " + base + "/  (the widget itself: " + base + "/widget.js)");
        out.println("The public timeline:");
        out.println("  curl " + base + "/timelines/biden-xi-apec-2024");
        out.println("  curl '" + base + "/timelines/biden-xi-apec-2024?format=timelinejs'   (or format=claimreview)");
        out.println("The pending queue, as fact-checker alice (token valid 12 h):");
        out.println("  curl -H 'Authorization: Bearer " + token + "' '" + base
                + "/claims?topic=biden-xi-apec-2024&status=pending'");
        out.println("A token for another user and groups:");
        out.println("  mvn -q exec:java -Dexec.args='token bob editors'");
        out.println();
        out.println("Ctrl-C stops Factline Local and dynalite.");
    }

    static String token(List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("token needs a user, e.g. token alice fact-checkers\n" + USAGE);
        }
        return new LocalTokens(Clock.systemUTC()).mint(args.get(0), args.subList(1, args.size()));
    }

    /** Runs one function on one event file against the local table, as {@code sam local invoke} does. */
    static String invoke(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        if (rest.isEmpty() || rest.get(0).startsWith("-")) {
            throw new IllegalArgumentException("invoke needs a FunctionLogicalId\n" + USAGE);
        }
        String functionId = rest.remove(0);
        int e = rest.indexOf("-e");
        if (e < 0 || e + 1 >= rest.size()) {
            throw new IllegalArgumentException("invoke needs -e <event.json>\n" + USAGE);
        }
        Path eventFile = Path.of(rest.remove(e + 1));
        rest.remove(e);
        Options options = parse(rest);
        if (!Files.isRegularFile(eventFile)) {
            throw new LocalStartupException("no event file " + eventFile.toAbsolutePath());
        }
        SamTemplate template = SamTemplate.read(options.template());
        try (Dynalite dynalite = Dynalite.start(options.dynaliteDir(), options.dataDir());
             LocalServices services = LocalServices.open(dynalite.endpoint(), template, Clock.systemUTC())) {
            if (options.seed()) {
                Seed.apply(services.wiring());
            }
            LocalFunctions.Bound function = new LocalFunctions(template.functions(), services).byLogicalId(functionId)
                    .orElseThrow(() -> new IllegalArgumentException("template.yaml has no function " + functionId
                            + "; it has " + template.functions().stream()
                            .map(SamTemplate.Function::logicalId).toList()));
            APIGatewayV2HTTPEvent event;
            try (InputStream in = Files.newInputStream(eventFile)) {
                event = LambdaEvents.event(in);
            } catch (IOException ex) {
                throw new LocalStartupException("cannot read " + eventFile + ": " + ex.getMessage(), ex);
            }
            APIGatewayV2HTTPResponse response = function.handler().handleRequest(event, null);
            return LambdaEvents.json(response);
        }
    }

    static Options parse(List<String> args) {
        Options options = Options.defaults();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--port" -> options = new Options(port(value(args, ++i, arg)), options.dataDir(), options.seed(),
                        options.projectDir());
                case "--data" -> options = new Options(options.port(), Path.of(value(args, ++i, arg)), options.seed(),
                        options.projectDir());
                case "--no-seed" -> options = new Options(options.port(), options.dataDir(), false,
                        options.projectDir());
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'\n" + USAGE);
            }
        }
        return options;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args.get(i);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the usage
        }
        throw new IllegalArgumentException("--port needs a number from 0 to 65535, not " + value);
    }
}
