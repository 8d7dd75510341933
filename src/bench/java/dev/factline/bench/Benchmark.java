package dev.factline.bench;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factline.local.Dynalite;
import dev.factline.local.LocalServices;
import dev.factline.local.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark behind {@code bench/run.sh}: in one run against a dynalite it starts itself, the
 * Lambda jar's size and class count; the cold start of every function (a fresh JVM with Lambda's
 * flags per invocation) interleaved with the SDK floor ({@link SdkFloorHandler}) and the JVM floor
 * ({@link JvmFloor}); warm handler time against the DynamoDB time inside it ({@link Warm}); and
 * the DynamoDB requests and capacity per operation. Prints one table and writes it, with the raw
 * samples, to the output folder.
 *
 * <p>Options: {@code --rounds N} (cold runs per function, default 15), {@code --warmup N} and
 * {@code --iterations N} (warm calls per function, default 200 and 400), {@code --out DIR}
 * (default target/bench), {@code --warm-jvm-option OPTION} (e.g. a flight recording of the warm JVM),
 * {@code --cold-jvm-option OPTION} (e.g. -Xlog:class+load to see what a cold start loads).
 */
public final class Benchmark {

    /** The flags the Lambda Java runtimes start the JVM with. */
    static final List<String> LAMBDA_JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    static final String TABLE = "factline-bench";
    static final String REGION = "eu-west-1";
    static final int TIMELINE_CLAIMS = 60;
    private static final Pattern CHILD_LINE = Pattern.compile("status=(\\S+) vmhwm_kb=(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One cold invocation: wall time from process start to exit, peak RSS of the child. */
    record Sample(long nanos, long rssKb) {
    }

    record Options(int rounds, int warmUp, int iterations, Path out, List<String> warmJvmOptions,
                   List<String> coldJvmOptions) {
        Options(int rounds, int warmUp, int iterations, Path out) {
            this(rounds, warmUp, iterations, out, List.of(), List.of());
        }

        static Options parse(String[] args) {
            List<String> warmJvmOptions = new ArrayList<>();
            List<String> coldJvmOptions = new ArrayList<>();
            int rounds = 15;
            int warmUp = 200;
            int iterations = 400;
            Path out = Path.of("target", "bench");
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmUp = Integer.parseInt(args[++i]);
                    case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--warm-jvm-option" -> warmJvmOptions.add(args[++i]);
                    case "--cold-jvm-option" -> coldJvmOptions.add(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --rounds N --warmup N --iterations N --out DIR --warm-jvm-option OPTION"
                            + " --cold-jvm-option OPTION");
                }
            }
            if (rounds < 1 || warmUp < 0 || iterations < 1) {
                throw new IllegalArgumentException("--rounds and --iterations must be at least 1");
            }
            return new Options(rounds, warmUp, iterations, out, List.copyOf(warmJvmOptions),
                    List.copyOf(coldJvmOptions));
        }
    }

    /** What one run measured. */
    record Report(long jarBytes, long jarClasses, Map<String, List<Sample>> cold, List<Sample> sdkFloor,
                  List<Sample> jvmFloor, Map<String, List<Double>> pairedRatios, List<Warm.Result> warm,
                  String machine) {
    }

    private final Options options;
    private final Path project = Path.of("").toAbsolutePath();
    private final Path jar = project.resolve("target/factline.jar");
    private final Path events = project.resolve("events");
    private Map<String, String> childEnvironment;
    private DynamoDbClient client;
    private String claimId;
    private String sourceId;
    private Map<String, AttributeValue> pendingClaim;
    private Map<String, AttributeValue> reviewedClaim;

    Benchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Report report = new Benchmark(options).run();
        String table = Table.render(report);
        System.out.println(table);
        Files.createDirectories(options.out());
        Files.writeString(options.out().resolve("results.md"), table);
        JSON.writerWithDefaultPrettyPrinter().writeValue(options.out().resolve("results.json").toFile(), report);
        System.out.println("Written to " + options.out().resolve("results.md"));
    }

    Report run() throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build it first (bench/run.sh does)");
        }
        Files.createDirectories(options.out());
        long classes;
        try (var jarFile = new java.util.jar.JarFile(jar.toFile())) {
            classes = jarFile.stream().filter(e -> e.getName().endsWith(".class")).count();
        }
        sourceId = event("get-source.json").path("pathParameters").path("id").asText();
        claimId = event("get-claim.json").path("pathParameters").path("id").asText();
        try (Dynalite dynalite = Dynalite.start(project.resolve("dynalite"), null)) {
            client = LocalServices.localClient(dynalite.endpoint());
            LocalServices.createTable(client, SamTemplate.read(project.resolve("template.yaml"))
                    .createTableRequest(TABLE));
            childEnvironment = Map.of("TABLE_NAME", TABLE, "AWS_REGION", REGION,
                    "DYNAMODB_ENDPOINT", dynalite.endpoint().toString(),
                    "AWS_ACCESS_KEY_ID", "bench", "AWS_SECRET_ACCESS_KEY", "bench",
                    "CURSOR_SIGNING_KEY", "bench-cursor-signing-key-0123456789abcdef",
                    "PUBLISHER_NAME", "Factline", "PUBLISHER_URL", "https://factline.example",
                    "TIMELINE_PAGE_URL", "https://factline.example/timelines/{topic}",
                    "TIMELINE_CACHE_MAX_AGE", "60");
            tellStory();
            Map<String, List<Sample>> cold = new LinkedHashMap<>();
            Map<String, List<Double>> ratios = new LinkedHashMap<>();
            List<Sample> sdkFloor = new ArrayList<>();
            List<Sample> jvmFloor = new ArrayList<>();
            for (int round = 0; round < options.rounds(); round++) {
                System.out.printf("cold start, round %d of %d%n", round + 1, options.rounds());
                jvmFloor.add(jvmFloor());
                for (int k = 0; k < BenchFunction.ALL.size(); k++) {
                    // Rotate the order each round, and alternate which of the pair goes first,
                    // so that neither drift nor position favours the function or its floor.
                    BenchFunction function = BenchFunction.ALL.get((k + round) % BenchFunction.ALL.size());
                    Sample floor;
                    Sample sample;
                    if (round % 2 == 0) {
                        floor = sdkFloor();
                        sample = coldStart(function);
                    } else {
                        sample = coldStart(function);
                        floor = sdkFloor();
                    }
                    sdkFloor.add(floor);
                    cold.computeIfAbsent(function.name(), n -> new ArrayList<>()).add(sample);
                    ratios.computeIfAbsent(function.name(), n -> new ArrayList<>())
                            .add((double) sample.nanos() / floor.nanos());
                }
            }
            System.out.println("warm calls in process ...");
            List<Warm.Result> warm = warm();
            Map<String, List<Sample>> ordered = new LinkedHashMap<>();
            Map<String, List<Double>> orderedRatios = new LinkedHashMap<>();
            for (BenchFunction function : BenchFunction.ALL) {
                ordered.put(function.name(), cold.get(function.name()));
                orderedRatios.put(function.name(), ratios.get(function.name()));
            }
            return new Report(Files.size(jar), classes, ordered, sdkFloor, jvmFloor, orderedRatios, warm, machine());
        } finally {
            if (client != null) {
                client.close();
            }
        }
    }

    /**
     * Runs the events/ story once, each function in its own cold JVM (which also checks that
     * every function works from the shaded jar), keeps the claim as it is after submission and
     * after review to reset it before later runs, and fills the timeline beyond a 50-event page.
     */
    private void tellStory() throws Exception {
        for (BenchFunction function : BenchFunction.ALL) {
            if (function.name().equals("GetTimeline")) {
                seedTimeline();
            }
            coldStart(function);
            if (function.name().equals("SubmitClaim")) {
                pendingClaim = claimItem();
            } else if (function.name().equals("ReviewClaim")) {
                reviewedClaim = claimItem();
            }
        }
    }

    /** Copies of the reviewed claim under new ids, so the timeline's 50-event page is full. */
    private void seedTimeline() {
        for (int i = 0; i < TIMELINE_CLAIMS; i++) {
            String id = String.format(Locale.ROOT, "%032x", 0xbe_0000L + i);
            Map<String, AttributeValue> item = new HashMap<>(reviewedClaim());
            item.put("pk", AttributeValue.fromS("CLAIM#" + id));
            item.put("id", AttributeValue.fromS(id));
            item.put("timelineSortKey", AttributeValue.fromS(item.get("eventDate").s() + "#" + id));
            item.put("queueSortKey", AttributeValue.fromS(item.get("submittedAt").s() + "#" + id));
            // The reviewed claim carries the feed's keys too, so the feed's page is as full as the timeline's.
            item.put("feedSortKey", AttributeValue.fromS(item.get("feedSortKey").s().split("#")[0] + "#" + id));
            client.putItem(b -> b.tableName(TABLE).item(item));
        }
    }

    private Map<String, AttributeValue> reviewedClaim() {
        if (reviewedClaim == null) {
            throw new IllegalStateException("the story's review did not run before the timeline was seeded");
        }
        return reviewedClaim;
    }

    private Map<String, AttributeValue> claimItem() {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(TABLE).key(claimKey()).consistentRead(true))
                .item();
        if (item == null || item.isEmpty()) {
            throw new IllegalStateException("claim " + claimId + " of the events/ story is not in the table");
        }
        return item;
    }

    private Map<String, AttributeValue> claimKey() {
        return Map.of("pk", AttributeValue.fromS("CLAIM#" + claimId), "sk", AttributeValue.fromS("CLAIM"));
    }

    /** Puts the table in the state the function's event file expects, so each run takes its success path. */
    private void prepare(BenchFunction function) {
        switch (function.name()) {
            case "CreateSource" -> client.deleteItem(b -> b.tableName(TABLE).key(Map.of(
                    "pk", AttributeValue.fromS("SOURCE#" + sourceId), "sk", AttributeValue.fromS("SOURCE"))));
            case "SubmitClaim" -> client.deleteItem(b -> b.tableName(TABLE).key(claimKey()));
            case "ReviewClaim" -> client.putItem(b -> b.tableName(TABLE).item(pendingClaim));
            case "WithdrawClaim" -> client.putItem(b -> b.tableName(TABLE).item(reviewedClaim));
            default -> {
                if (reviewedClaim != null) {
                    client.putItem(b -> b.tableName(TABLE).item(reviewedClaim));
                }
            }
        }
    }

    Sample coldStart(BenchFunction function) throws Exception {
        prepare(function);
        Sample sample = child(classPath(false), cold(ColdStart.class.getName(), function.handler(),
                events.resolve(function.eventFile()).toString()), Integer.toString(function.successStatus()),
                function.name());
        if (function.name().equals("CreateSource")) {
            // Later functions in the round read the source this run created.
            sourceExists();
        }
        return sample;
    }

    private void sourceExists() {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(TABLE).key(Map.of(
                "pk", AttributeValue.fromS("SOURCE#" + sourceId), "sk", AttributeValue.fromS("SOURCE")))).item();
        if (item == null || item.isEmpty()) {
            throw new IllegalStateException("CreateSource did not create source " + sourceId);
        }
    }

    private Sample sdkFloor() throws Exception {
        prepare(BenchFunction.named("GetClaim"));
        return child(classPath(false), cold(ColdStart.class.getName(), SdkFloorHandler.class.getName(),
                events.resolve("get-claim.json").toString()), "200", "SDK floor");
    }

    private Sample jvmFloor() throws Exception {
        prepare(BenchFunction.named("GetClaim"));
        return child(project.resolve("target/classes").toString(), cold(JvmFloor.class.getName(), claimId),
                "200", "JVM floor");
    }

    /** The main class and its arguments after any --cold-jvm-option (diagnostics, e.g. -Xlog:class+load). */
    private List<String> cold(String... mainAndArgs) {
        List<String> command = new ArrayList<>(options.coldJvmOptions());
        command.addAll(List.of(mainAndArgs));
        return command;
    }

    private List<Warm.Result> warm() throws Exception {
        Path results = options.out().resolve("warm.json");
        List<String> mainAndArgs = new ArrayList<>(options.warmJvmOptions());
        mainAndArgs.addAll(List.of(Warm.class.getName(), events.toString(),
                Integer.toString(options.warmUp()), Integer.toString(options.iterations()), results.toString()));
        child(classPath(true), mainAndArgs, null, "warm");
        return List.of(JSON.readValue(results.toFile(), Warm.Result[].class));
    }

    /**
     * The Lambda jar first, so every class it holds is loaded from it as on Lambda; then the
     * harness classes, the runtime's event serializers (and the joda-time they link); for the
     * warm JVM also the folder that registers {@link RequestRecorder} with the SDK.
     */
    private String classPath(boolean recorder) throws IOException, URISyntaxException {
        List<String> entries = new ArrayList<>();
        if (recorder) {
            Path folder = options.out().toAbsolutePath().resolve("recorder");
            Path registration = folder.resolve("software/amazon/awssdk/global/handlers/execution.interceptors");
            Files.createDirectories(registration.getParent());
            Files.writeString(registration, RequestRecorder.class.getName() + "\n");
            entries.add(folder.toString());
        }
        entries.add(jar.toString());
        entries.add(project.resolve("target/classes").toString());
        entries.add(location(LambdaEventSerializers.class));
        entries.add(location(org.joda.time.DateTime.class));
        return String.join(File.pathSeparator, entries);
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** Starts a JVM with Lambda's flags, waits for it, checks its status line. */
    private Sample child(String classPath, List<String> mainAndArgs, String expectedStatus, String what)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAMBDA_JVM_FLAGS);
        command.add("-cp");
        command.add(classPath);
        command.addAll(mainAndArgs);
        Path stderr = options.out().resolve("child-stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("JAVA_TOOL")
                || name.startsWith("_JAVA") || name.equals("JDK_JAVA_OPTIONS"));
        builder.environment().putAll(childEnvironment);
        long started = System.nanoTime();
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(what + " did not finish within 10 minutes");
        }
        long nanos = System.nanoTime() - started;
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(what + " exited with " + process.exitValue() + ": " + text
                    + Files.readString(stderr));
        }
        if (expectedStatus == null) {
            return new Sample(nanos, 0);
        }
        Matcher line = CHILD_LINE.matcher(text);
        if (!line.find() || !line.group(1).equals(expectedStatus)) {
            throw new IllegalStateException(what + " did not answer " + expectedStatus + ": " + text
                    + Files.readString(stderr));
        }
        return new Sample(nanos, Long.parseLong(line.group(2)));
    }

    private JsonNode event(String file) throws IOException {
        return JSON.readTree(events.resolve(file).toFile());
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException e) {
            cpu = "unknown CPU (" + e.getMessage() + ")";
        }
        return String.format(Locale.ROOT, "%d CPUs (%s), %d MiB RAM visible to the JVM, %s %s, Java %s (%s)",
                Runtime.getRuntime().availableProcessors(), cpu,
                ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean()).getTotalMemorySize() >> 20,
                System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
