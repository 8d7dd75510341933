package dev.factline.handler;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factline.handler.FuzzedRequest.BodyMode;
import dev.factline.handler.FuzzedRequest.Caller;
import dev.factline.handler.FuzzedRequest.Seed;
import dev.factline.handler.FuzzedRequest.Shape;
import dev.factline.http.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import static dev.factline.handler.RequestFuzzTest.ARTICLE;
import static dev.factline.handler.RequestFuzzTest.IDEMPOTENCY_KEY;
import static dev.factline.handler.RequestFuzzTest.TOPIC;

/**
 * Writes the hand-made seeds of {@link RequestFuzzTest} into its inputs directory, where the
 * normal test run replays them and fuzzing starts from them. Run it again after changing how
 * {@link FuzzedRequest} reads its input, from the project folder:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) dev.factline.handler.RequestFuzzSeeds
 * </pre>
 * It replaces the {@code seed-*} files only; inputs found by fuzzing ({@code crash-*}, {@code found-*}) stay.
 */
final class RequestFuzzSeeds {

    static final Path INPUTS = Path.of("src/test/resources/dev/factline/handler/RequestFuzzTestInputs");

    private final Map<String, Map<String, byte[]>> seeds = new TreeMap<>();

    public static void main(String[] args) throws IOException {
        RequestFuzzSeeds all = new RequestFuzzSeeds();
        all.sources();
        all.claims();
        all.idempotentClaims();
        all.reviews();
        all.withdrawals();
        all.listings();
        all.reads();
        all.candidates();
        all.timelines();
        all.claimPages();
        all.topics();
        int count = 0;
        for (var method : all.seeds.entrySet()) {
            Path dir = INPUTS.resolve(method.getKey());
            Files.createDirectories(dir);
            try (var old = Files.list(dir)) {
                for (Path file : old.filter(p -> p.getFileName().toString().startsWith("seed-")).toList()) {
                    Files.delete(file);
                }
            }
            for (var seed : method.getValue().entrySet()) {
                Files.write(dir.resolve("seed-" + seed.getKey()), seed.getValue());
                count++;
            }
        }
        System.out.println("wrote " + count + " seeds under " + INPUTS);
    }

    private void add(String method, String name, Shape shape, Consumer<Seed> build) {
        Seed seed = new Seed(shape);
        build.accept(seed);
        if (seeds.computeIfAbsent(method, m -> new TreeMap<>()).put(name, seed.bytes()) != null) {
            throw new IllegalArgumentException("two seeds named " + method + "/" + name);
        }
    }

    private static ObjectNode object(Object... fieldsAndValues) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            node.set((String) fieldsAndValues[i], Json.MAPPER.valueToTree(fieldsAndValues[i + 1]));
        }
        return node;
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** Bodies that every route with a body gets: broken JSON, odd encodings, odd media types. */
    private void malformedBodies(String method, Shape shape, String validBody, Consumer<Seed> route) {
        Map<String, String> bodies = new TreeMap<>(Map.ofEntries(
                Map.entry("empty", ""),
                Map.entry("blank", "   \n"),
                Map.entry("null", "null"),
                Map.entry("array", "[" + validBody + "]"),
                Map.entry("string", "\"text\""),
                Map.entry("truncated", validBody.substring(0, validBody.length() / 2)),
                Map.entry("trailing-tokens", validBody + " {}"),
                Map.entry("deep-nesting", "{\"a\":" + nested(2000) + "}"),
                Map.entry("nesting-at-limit", "{\"a\":" + nested(15) + "}"),
                Map.entry("nan", "{\"title\": NaN, \"topic\": Infinity}"),
                Map.entry("huge-number", "{\"title\": 1" + "0".repeat(5000) + "}"),
                Map.entry("huge-exponent", "{\"title\": 1e999999999, \"statement\": -1e-999999999}"),
                Map.entry("duplicate-keys", validBody.replaceFirst("\\{", "{\"title\":\"A\",\"title\":\"B\",")),
                Map.entry("comments", "{/* c */ \"title\": \"T\"}"),
                Map.entry("single-quotes", "{'title': 'T'}"),
                Map.entry("unquoted-field", "{title: \"T\"}"),
                Map.entry("bad-escape", "{\"title\": \"\\x41\"}"),
                Map.entry("lone-surrogate", "{\"title\": \"\\ud800\"}"),
                Map.entry("control-chars", "{\"title\": \"a\u0001b\"}"),
                Map.entry("nul-in-value", "{\"title\": \"a\\u0000b\"}"),
                Map.entry("bom", "\uFEFF" + validBody),
                Map.entry("unicode-field-name", "{\"t\u00EFtle\": \"T\"}"),
                Map.entry("empty-field-name", "{\"\": 1}")));
        for (var body : bodies.entrySet()) {
            add(method, "body-" + body.getKey(), shape, s -> {
                route.accept(s);
                s.body(body.getValue());
            });
        }
        add(method, "body-invalid-utf8", shape, s -> {
            route.accept(s);
            s.body(new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        });
        add(method, "body-utf16", shape, s -> {
            route.accept(s);
            s.body(validBody.getBytes(StandardCharsets.UTF_16));
        });
        add(method, "body-base64-valid", shape, s -> {
            route.accept(s);
            s.bodyMode(BodyMode.BASE64_OF_BYTES).body(validBody);
        });
        add(method, "body-base64-broken", shape, s -> {
            route.accept(s);
            s.bodyMode(BodyMode.TEXT_MARKED_BASE64).body("eyJ0aXRsZSI6@@@==x");
        });
        add(method, "body-base64-of-text", shape, s -> {
            route.accept(s);
            s.bodyMode(BodyMode.TEXT_MARKED_BASE64).body(Base64.getEncoder().encodeToString(
                    validBody.getBytes(StandardCharsets.UTF_8)));
        });
        add(method, "body-missing", shape, s -> {
            route.accept(s);
            s.bodyMode(BodyMode.NONE);
        });
        Map<String, String> mediaTypes = Map.of(
                "text-plain", "text/plain",
                "json-latin1", "application/json; charset=ISO-8859-1",
                "json-utf8-quoted", "Application/JSON ; Charset=\"UTF-8\"",
                "json-patch", "application/merge-patch+json",
                "empty", "",
                "only-params", ";charset=utf-8",
                "only-semicolons", ";;",
                "many-semicolons", "application/json;;;=;charset",
                "form", "application/x-www-form-urlencoded");
        for (var type : mediaTypes.entrySet()) {
            add(method, "content-type-" + type.getKey(), shape, s -> {
                route.accept(s);
                s.header("content-type", type.getValue()).body(validBody);
            });
        }
        add(method, "content-type-missing", shape, s -> {
            route.accept(s);
            s.body(validBody);
        });
        for (Caller caller : Caller.values()) {
            add(method, "caller-" + caller.name().toLowerCase(), shape, s -> {
                route.accept(s);
                s.caller(caller).header("content-type", "application/json").body(validBody);
            });
        }
        Map<String, String> groups = Map.of(
                "json-array", "[\"editors\",\"fact-checkers\"]",
                "json-broken", "[\"editors\"",
                "json-object", "[{\"editors\":1}]",
                "commas", "editors,fact-checkers",
                "brackets-only", "[]",
                "unknown-group", "[admins]",
                "case", "[EDITORS]",
                "nested-json", "[[[[[[[[[[[[[[[[[[[[\"editors\"]]]]]]]]]]]]]]]]]]]]");
        for (var group : groups.entrySet()) {
            add(method, "groups-" + group.getKey(), shape, s -> {
                route.accept(s);
                s.header("content-type", "application/json").body(validBody).groups(group.getValue());
            });
        }
    }

    private void sources() {
        Shape shape = RequestFuzzTest.CREATE_SOURCE;
        String method = "createSource";
        Consumer<Seed> json = s -> s.header("content-type", "application/json");
        ObjectNode valid = object("url", "https://example.org/new", "title", "A new source", "publisher", "Example",
                "publishedAt", "2024-11-16T09:30:00Z", "text", "Some text.");
        Map<String, Object> bodies = new TreeMap<>(Map.ofEntries(
                Map.entry("valid", valid),
                Map.entry("valid-minimal", object("url", "urn:isbn:9780000000000", "title", "Book")),
                Map.entry("repeat-of-stored", object("url", "https://example.org/apec", "title", "Biden and Xi meet",
                        "publisher", "Example News", "publishedAt", "2024-11-16", "text", ARTICLE)),
                Map.entry("conflict-with-stored", object("url", "https://example.org/apec", "title", "Other")),
                Map.entry("unknown-field", valid.deepCopy().put("colour", "red")),
                Map.entry("server-owned-id", valid.deepCopy().put("id", "0123456789abcdef0123456789abcdef")),
                Map.entry("server-owned-created-by", valid.deepCopy().put("createdBy", "someone-else")),
                Map.entry("wrong-types", object("url", new int[] {1}, "title", Map.of("a", 1), "publisher", true,
                        "publishedAt", 20241116, "text", 1.5)),
                Map.entry("nulls", object("url", null, "title", null)),
                Map.entry("date-feb-30", valid.deepCopy().put("publishedAt", "2024-02-30")),
                Map.entry("date-hour-25", valid.deepCopy().put("publishedAt", "2024-11-16T25:00:00Z")),
                Map.entry("date-offset", valid.deepCopy().put("publishedAt", "2024-11-16T09:30:00+01:00")),
                Map.entry("date-huge-year", valid.deepCopy().put("publishedAt", "+999999999-12-31T23:59:59Z")),
                Map.entry("date-ten-chars-not-date", valid.deepCopy().put("publishedAt", "2024/11/16")),
                Map.entry("url-javascript", valid.deepCopy().put("url", "javascript:alert(1)")),
                Map.entry("url-no-host", valid.deepCopy().put("url", "https:///path")),
                Map.entry("url-bad-ipv6", valid.deepCopy().put("url", "https://[::1/x")),
                Map.entry("url-spaces", valid.deepCopy().put("url", "https://example.org/a b")),
                Map.entry("url-urn-bad", valid.deepCopy().put("url", "urn:-x:")),
                Map.entry("url-too-long", valid.deepCopy().put("url", "https://example.org/" + "a".repeat(2100))),
                Map.entry("url-unicode-host", valid.deepCopy().put("url", "https://b\u00FCcher.example/\u00E4")),
                Map.entry("title-too-long", valid.deepCopy().put("title", "t".repeat(301))),
                Map.entry("title-blank", valid.deepCopy().put("title", " \t\n")),
                Map.entry("title-unicode", valid.deepCopy().put("title",
                        "\u202Eevil\u202C \uD83D\uDE00 \u0000 \u00E9\u0301 \uFFFF")),
                Map.entry("text-empty", valid.deepCopy().put("text", ""))));
        for (var body : bodies.entrySet()) {
            add(method, body.getKey(), shape, s -> json.andThen(b -> b.body(json(body.getValue()))).accept(s));
        }
        add(method, "unknown-query-parameter", shape, s -> json.accept(s.query("debug", "1").body(json(valid))));
        malformedBodies(method, shape, json(valid), json);
    }

    private static ObjectNode validClaim() {
        return object("topic", TOPIC, "statement", "Biden condemned the troop deployment.", "eventDate", "2024-11-15",
                "claimant", "Joe Biden", "quote", "dangerous and destabilising cooperation");
    }

    private void claimBodies(String method, Shape shape, Consumer<Seed> route) {
        ObjectNode valid = validClaim();
        Map<String, Object> bodies = new TreeMap<>(Map.ofEntries(
                Map.entry("valid-no-source", object("topic", TOPIC, "statement", "S", "eventDate", "2024")),
                Map.entry("valid-range", object("topic", TOPIC, "statement", "S", "eventDate", "2024-11",
                        "endDate", "2024-12-01")),
                Map.entry("end-before-start", object("topic", TOPIC, "statement", "S", "eventDate", "2024-11-15",
                        "endDate", "2024-11")),
                Map.entry("end-same-prefix", object("topic", TOPIC, "statement", "S", "eventDate", "2024-11-15",
                        "endDate", "2024")),
                Map.entry("date-feb-30", object("topic", TOPIC, "statement", "S", "eventDate", "2024-02-30")),
                Map.entry("date-feb-29-non-leap", object("topic", TOPIC, "statement", "S", "eventDate", "2023-02-29")),
                Map.entry("date-month-13", object("topic", TOPIC, "statement", "S", "eventDate", "2024-13")),
                Map.entry("date-year-999", object("topic", TOPIC, "statement", "S", "eventDate", "0999")),
                Map.entry("date-arabic-digits", object("topic", TOPIC, "statement", "S", "eventDate",
                        "\u0662\u0660\u0662\u0664")),
                Map.entry("date-timestamp", object("topic", TOPIC, "statement", "S", "eventDate",
                        "2024-11-15T10:00:00Z")),
                Map.entry("date-empty", object("topic", TOPIC, "statement", "S", "eventDate", "")),
                Map.entry("topic-uppercase", object("topic", "Biden", "statement", "S", "eventDate", "2024")),
                Map.entry("topic-too-long", object("topic", "a".repeat(65), "statement", "S", "eventDate", "2024")),
                Map.entry("topic-leading-dash", object("topic", "-a", "statement", "S", "eventDate", "2024")),
                Map.entry("quote-without-source", object("topic", TOPIC, "statement", "S", "eventDate", "2024",
                        "quote", "q")),
                Map.entry("source-unknown", object("topic", TOPIC, "statement", "S", "eventDate", "2024",
                        "sourceId", "0123456789abcdef0123456789abcdef")),
                Map.entry("source-malformed", object("topic", TOPIC, "statement", "S", "eventDate", "2024",
                        "sourceId", "../../SOURCE#x")),
                Map.entry("statement-too-long", object("topic", TOPIC, "statement", "s".repeat(1001),
                        "eventDate", "2024")),
                Map.entry("claimant-too-long", object("topic", TOPIC, "statement", "S", "eventDate", "2024",
                        "claimant", "c".repeat(201))),
                Map.entry("everything-missing", object()),
                Map.entry("unknown-field", valid.deepCopy().put("colour", "red")),
                Map.entry("server-owned-status", valid.deepCopy().put("status", "reviewed")),
                Map.entry("server-owned-reviews", valid.deepCopy().set("reviews",
                        Json.MAPPER.createArrayNode().add(object("rating", "accurate")))),
                Map.entry("server-owned-submitted-by", valid.deepCopy().put("submittedBy", "ed-bob")),
                Map.entry("wrong-types", object("topic", 1, "statement", new String[] {"S"}, "eventDate", 2024,
                        "endDate", false, "claimant", Map.of(), "sourceId", 0, "quote", 1.0)),
                Map.entry("statement-unicode", object("topic", TOPIC, "statement",
                        "\u202E\uD83D\uDE00\u0000\u200B\u00E9\u0301", "eventDate", "2024"))));
        for (var body : bodies.entrySet()) {
            add(method, body.getKey(), shape, s -> {
                route.accept(s);
                s.body(json(body.getValue()));
            });
        }
        malformedBodies(method, shape, json(valid), route);
    }

    /** The claim the fixture stored with {@link RequestFuzzTest#IDEMPOTENCY_KEY}, except its source id. */
    private static ObjectNode storedClaimWithoutSource() {
        return object("topic", TOPIC, "statement", "Biden condemned the troop deployment.",
                "eventDate", "2024-11-15", "claimant", "Joe Biden");
    }

    private void claims() {
        claimBodies("submitClaim", RequestFuzzTest.SUBMIT_CLAIM, s -> s.header("content-type", "application/json"));
    }

    private void idempotentClaims() {
        Shape shape = RequestFuzzTest.SUBMIT_CLAIM_IDEMPOTENT;
        String method = "submitClaimWithIdempotencyKey";
        claimBodies(method, shape, s -> s.header("content-type", "application/json").header("idempotency-key", "k-9"));
        Map<String, String> keys = new TreeMap<>(Map.of(
                "key-empty", "",
                "key-space", "a b",
                "key-max", "k".repeat(255),
                "key-too-long", "k".repeat(256),
                "key-tab", "a\tb",
                "key-del", "a\u007Fb",
                "key-quote-backslash", "\"\\\"",
                "key-stored-other-body", IDEMPOTENCY_KEY));
        for (var key : keys.entrySet()) {
            add(method, key.getKey(), shape, s -> s.header("content-type", "application/json")
                    .header("idempotency-key", key.getValue()).body(json(validClaim())));
        }
        add(method, "key-stored-other-user", shape, s -> s.caller(Caller.FACT_CHECKER)
                .header("content-type", "application/json").header("idempotency-key", "key-2")
                .body(json(storedClaimWithoutSource())));
        add(method, "key-stored-same-user-other-body", shape, s -> s.caller(Caller.FACT_CHECKER)
                .header("content-type", "application/json").header("idempotency-key", IDEMPOTENCY_KEY)
                .body(json(storedClaimWithoutSource())));
    }

    private void reviews() {
        Shape shape = RequestFuzzTest.REVIEW_CLAIM;
        String method = "reviewClaim";
        ObjectNode valid = object("rating", "false", "explanation", "The record shows otherwise.");
        valid.set("evidence", Json.MAPPER.createArrayNode().add(object("url", "https://example.org/e", "title", "E")));
        Consumer<Seed> pendingV1 = s -> s.target(1).header("content-type", "application/json").header("if-match", "\"1\"");
        ArrayNode tooMuchEvidence = Json.MAPPER.createArrayNode();
        for (int i = 0; i < 21; i++) {
            tooMuchEvidence.add(object("url", "https://example.org/" + i, "title", "E" + i));
        }
        Map<String, Object> bodies = new TreeMap<>(Map.ofEntries(
                Map.entry("valid", valid),
                Map.entry("valid-no-evidence", object("rating", "unproven", "explanation", "No record.")),
                Map.entry("rating-unknown", valid.deepCopy().put("rating", "pants-on-fire")),
                Map.entry("rating-uppercase", valid.deepCopy().put("rating", "FALSE")),
                Map.entry("rating-label", valid.deepCopy().put("rating", "Mostly accurate")),
                Map.entry("explanation-blank", valid.deepCopy().put("explanation", "  ")),
                Map.entry("explanation-too-long", valid.deepCopy().put("explanation", "e".repeat(2001))),
                Map.entry("evidence-too-many", valid.deepCopy().set("evidence", tooMuchEvidence)),
                Map.entry("evidence-not-array", valid.deepCopy().put("evidence", "https://example.org")),
                Map.entry("evidence-entry-not-object", valid.deepCopy().set("evidence",
                        Json.MAPPER.createArrayNode().add("x").addNull().add(1))),
                Map.entry("evidence-unknown-field", valid.deepCopy().set("evidence",
                        Json.MAPPER.createArrayNode().add(object("url", "https://e.example", "title", "T", "x", 1)))),
                Map.entry("evidence-bad-url", valid.deepCopy().set("evidence",
                        Json.MAPPER.createArrayNode().add(object("url", "javascript:alert(1)", "title", "T"))
                                .add(object("url", "urn:isbn:1", "title", "")))),
                Map.entry("evidence-wrong-types", valid.deepCopy().set("evidence",
                        Json.MAPPER.createArrayNode().add(object("url", 1, "title", new int[0])))),
                Map.entry("server-owned-reviewer", valid.deepCopy().put("reviewer", "ed-carol")),
                Map.entry("server-owned-rating-label", valid.deepCopy().put("ratingLabel", "False")),
                Map.entry("unknown-field", valid.deepCopy().put("status", "reviewed")),
                Map.entry("wrong-types", object("rating", 1, "explanation", true, "evidence", Map.of()))));
        for (var body : bodies.entrySet()) {
            add(method, body.getKey(), shape, s -> pendingV1.andThen(b -> b.body(json(body.getValue()))).accept(s));
        }
        String validBody = json(valid);
        Map<String, String> ifMatch = new TreeMap<>(Map.ofEntries(
                Map.entry("stale", "\"0\""),
                Map.entry("unquoted", "1"),
                Map.entry("weak", "W/\"1\""),
                Map.entry("star", "*"),
                Map.entry("list", "\"1\", \"2\""),
                Map.entry("padded", "  \"1\"  "),
                Map.entry("leading-zero", "\"01\""),
                Map.entry("negative", "\"-1\""),
                Map.entry("eighteen-digits", "\"999999999999999999\""),
                Map.entry("huge", "\"99999999999999999999999999\""),
                Map.entry("empty", ""),
                Map.entry("blank", "   ")));
        for (var value : ifMatch.entrySet()) {
            add(method, "if-match-" + value.getKey(), shape, s -> s.target(1)
                    .header("content-type", "application/json").header("if-match", value.getValue()).body(validBody));
        }
        add(method, "if-match-missing", shape, s -> s.target(1).header("content-type", "application/json")
                .body(validBody));
        add(method, "reviewed-current", shape, s -> s.target(2).header("content-type", "application/json")
                .header("if-match", "\"2\"").body(validBody));
        add(method, "reviewed-stale", shape, s -> s.target(2).header("content-type", "application/json")
                .header("if-match", "\"1\"").body(validBody));
        add(method, "own-claim", shape, s -> s.target(3).header("content-type", "application/json")
                .header("if-match", "\"1\"").body(validBody));
        add(method, "withdrawn", shape, s -> s.target(4).header("content-type", "application/json")
                .header("if-match", "\"2\"").body(validBody));
        add(method, "fact-checker", shape, s -> pendingV1.accept(s.caller(Caller.FACT_CHECKER).body(validBody)));
        for (var id : ids().entrySet()) {
            add(method, "path-" + id.getKey(), shape, s -> s.path(id.getValue())
                    .header("content-type", "application/json").header("if-match", "\"1\"").body(validBody));
        }
        malformedBodies(method, shape, validBody, pendingV1);
    }

    private static Map<String, String> ids() {
        return new TreeMap<>(Map.of(
                "empty", "",
                "uppercase-hex", "0123456789ABCDEF0123456789ABCDEF",
                "short", "abc",
                "traversal", "../sources/x",
                "key-syntax", "CLAIM#0123456789abcdef0123456789abcdef",
                "unknown", "0123456789abcdef0123456789abcdef",
                "unicode", "\u00E9"));
    }

    private void withdrawals() {
        Shape shape = RequestFuzzTest.WITHDRAW_CLAIM;
        String method = "withdrawClaim";
        add(method, "pending", shape, s -> s.target(1).header("if-match", "\"1\""));
        add(method, "reviewed", shape, s -> s.target(2).header("if-match", "\"2\""));
        add(method, "stale", shape, s -> s.target(2).header("if-match", "\"1\""));
        add(method, "withdrawn-already", shape, s -> s.target(4).header("if-match", "\"2\""));
        add(method, "if-match-missing", shape, s -> s.target(1));
        add(method, "if-match-weak", shape, s -> s.target(1).header("if-match", "W/\"1\""));
        add(method, "if-match-huge", shape, s -> s.target(1).header("if-match", "\"" + "9".repeat(40) + "\""));
        add(method, "fact-checker", shape, s -> s.caller(Caller.FACT_CHECKER).target(1).header("if-match", "\"1\""));
        add(method, "no-claims", shape, s -> s.caller(Caller.NO_CLAIMS).target(1).header("if-match", "\"1\""));
        add(method, "groups-json", shape, s -> s.groups("[\"editors\"]").target(1).header("if-match", "\"1\""));
        add(method, "unknown-query-parameter", shape, s -> s.target(1).header("if-match", "\"1\"").query("force", "1"));
        add(method, "with-body", shape, s -> s.target(1).header("if-match", "\"1\"").body("{\"reason\": \"x\"}"));
        for (var id : ids().entrySet()) {
            add(method, "path-" + id.getKey(), shape, s -> s.path(id.getValue()).header("if-match", "\"1\""));
        }
    }

    private void listings() {
        Shape shape = RequestFuzzTest.LIST_CLAIMS;
        String method = "listClaims";
        add(method, "pending", shape, s -> s.query("topic", TOPIC));
        add(method, "pending-page-1", shape, s -> s.query("topic", TOPIC).query("limit", "1"));
        add(method, "pending-real-cursor", shape, s -> s.query("topic", TOPIC).query("limit", "1").realCursor());
        add(method, "reviewed-foreign-cursor", shape, s -> s.query("topic", TOPIC).query("status", "reviewed")
                .realCursor());
        add(method, "other-topic-foreign-cursor", shape, s -> s.query("topic", "other").realCursor());
        add(method, "no-topic", shape, s -> s.caller(Caller.FACT_CHECKER));
        add(method, "fact-checker", shape, s -> s.caller(Caller.FACT_CHECKER).query("topic", TOPIC));
        add(method, "no-claims", shape, s -> s.caller(Caller.NO_CLAIMS).query("topic", TOPIC));
        add(method, "blank-subject", shape, s -> s.caller(Caller.BLANK_SUBJECT).query("topic", TOPIC));
        add(method, "unknown-parameter", shape, s -> s.query("topic", TOPIC).query("sort", "desc"));
        add(method, "unknown-parameter-empty-name", shape, s -> s.query("topic", TOPIC).query("", ""));
        Map<String, String> values = new TreeMap<>(Map.ofEntries(
                Map.entry("topic-empty", ""),
                Map.entry("topic-invalid", "Biden!"),
                Map.entry("status-reviewed", "reviewed"),
                Map.entry("status-withdrawn", "withdrawn"),
                Map.entry("status-bogus", "all"),
                Map.entry("status-uppercase", "PENDING")));
        for (var v : values.entrySet()) {
            String name = v.getKey().substring(0, v.getKey().indexOf('-'));
            add(method, v.getKey(), shape, s -> {
                if (!name.equals("topic")) {
                    s.query("topic", TOPIC);
                }
                s.query(name, v.getValue());
            });
        }
        for (var limit : limits().entrySet()) {
            add(method, "limit-" + limit.getKey(), shape, s -> s.query("topic", TOPIC).query("limit", limit.getValue()));
        }
        for (var cursor : cursors().entrySet()) {
            add(method, "cursor-" + cursor.getKey(), shape, s -> s.query("topic", TOPIC)
                    .query("cursor", cursor.getValue()));
        }
    }

    private static Map<String, String> limits() {
        return new TreeMap<>(Map.of(
                "zero", "0", "max", "100", "over-max", "101", "negative", "-1", "huge", "99999999999999999999",
                "exponent", "1e2", "padded", " 5", "leading-zeros", "007", "fraction", "1.5", "arabic", "\u0665"));
    }

    private static Map<String, String> cursors() {
        String id = "0123456789abcdef0123456789abcdef";
        return new TreeMap<>(Map.of(
                "garbage", "not-a-cursor",
                "bad-base64", "%%%",
                "padded-base64", "YWJj==",
                "forged-without-check", Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(("2024-11-15#" + id + "\n" + id + "\n" + "0".repeat(24))
                                .getBytes(StandardCharsets.UTF_8)),
                "binary", Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xFF, 0, (byte) 0xC3, '\n', '\n'}),
                "newlines", Base64.getUrlEncoder().encodeToString("\n\n\n\n".getBytes(StandardCharsets.UTF_8))));
    }

    private void candidates() {
        Shape shape = RequestFuzzTest.PROPOSE_CANDIDATES;
        String method = "proposeCandidates";
        Consumer<Seed> json = s -> s.target(1).header("content-type", "application/json");
        add(method, "no-body", shape, s -> s.target(1));
        add(method, "empty-object", shape, s -> json.andThen(b -> b.body("{}")).accept(s));
        for (var minScore : new TreeMap<>(Map.of("zero", "0", "half", "0.5", "one", "1", "negative", "-0.1",
                "above-one", "1.5", "string", "\"0.5\"", "null", "null", "huge", "1e400", "array", "[0.5]")).entrySet()) {
            add(method, "min-score-" + minScore.getKey(), shape,
                    s -> json.andThen(b -> b.body("{\"minScore\": " + minScore.getValue() + "}")).accept(s));
        }
        add(method, "unknown-field", shape, s -> json.andThen(b -> b.body("{\"maxScore\": 1}")).accept(s));
        add(method, "fact-checker", shape, s -> s.caller(Caller.FACT_CHECKER).target(1));
        add(method, "no-claims", shape, s -> s.caller(Caller.NO_CLAIMS).target(1));
        add(method, "unknown-query-parameter", shape, s -> s.target(1).query("limit", "5"));
        for (var id : ids().entrySet()) {
            add(method, "path-" + id.getKey(), shape, s -> s.path(id.getValue()));
        }
        malformedBodies(method, shape, "{\"minScore\": 0.4}", json);
    }

    private void reads() {
        add("getSource", "stored", RequestFuzzTest.GET_SOURCE, s -> s.target(1));
        add("getSource", "fact-checker", RequestFuzzTest.GET_SOURCE, s -> s.caller(Caller.FACT_CHECKER).target(1));
        add("getSource", "no-claims", RequestFuzzTest.GET_SOURCE, s -> s.caller(Caller.NO_CLAIMS).target(1));
        add("getSource", "groups-unknown", RequestFuzzTest.GET_SOURCE, s -> s.groups("[admins]").target(1));
        add("getSource", "unknown-query-parameter", RequestFuzzTest.GET_SOURCE, s -> s.target(1).query("fields", "x"));
        for (int target = 1; target <= 4; target++) {
            int t = target;
            add("getClaim", "stored-" + t, RequestFuzzTest.GET_CLAIM, s -> s.target(t));
        }
        add("getClaim", "fact-checker", RequestFuzzTest.GET_CLAIM, s -> s.caller(Caller.FACT_CHECKER).target(2));
        add("getClaim", "no-claims", RequestFuzzTest.GET_CLAIM, s -> s.caller(Caller.NO_CLAIMS).target(2));
        add("getClaim", "unknown-query-parameter", RequestFuzzTest.GET_CLAIM, s -> s.target(1).query("x", ""));
        for (var id : ids().entrySet()) {
            add("getSource", "path-" + id.getKey(), RequestFuzzTest.GET_SOURCE, s -> s.path(id.getValue()));
            add("getClaim", "path-" + id.getKey(), RequestFuzzTest.GET_CLAIM, s -> s.path(id.getValue()));
        }
    }

    private void topics() {
        Shape shape = RequestFuzzTest.CREATE_TOPIC;
        String method = "createTopic";
        Consumer<Seed> json = s -> s.header("content-type", "application/json");
        ObjectNode valid = object("id", "new-topic", "title", "A new topic");
        Map<String, Object> bodies = new TreeMap<>(Map.ofEntries(
                Map.entry("valid", valid),
                Map.entry("started-already", object("id", TOPIC, "title", "Again")),
                Map.entry("unknown-field", valid.deepCopy().put("colour", "red")),
                Map.entry("server-owned-pending", valid.deepCopy().put("pending", 3)),
                Map.entry("server-owned-created-by", valid.deepCopy().put("createdBy", "someone-else")),
                Map.entry("wrong-types", object("id", new int[] {1}, "title", Map.of("a", 1))),
                Map.entry("nulls", object("id", null, "title", null)),
                Map.entry("id-uppercase", valid.deepCopy().put("id", "New-Topic")),
                Map.entry("id-too-long", valid.deepCopy().put("id", "a".repeat(65))),
                Map.entry("id-max-length", valid.deepCopy().put("id", "a".repeat(64))),
                Map.entry("id-leading-dash", valid.deepCopy().put("id", "-x")),
                Map.entry("id-unicode", valid.deepCopy().put("id", "\u00E9t\u00E9")),
                Map.entry("title-too-long", valid.deepCopy().put("title", "t".repeat(201))),
                Map.entry("title-blank", valid.deepCopy().put("title", " \t\n")),
                Map.entry("title-markup", valid.deepCopy().put("title", "<img src=x onerror=alert(1)>")),
                Map.entry("title-unicode", valid.deepCopy().put("title", "\u202Eevil\u202C \uD83D\uDE00 \u0000"))));
        for (var body : bodies.entrySet()) {
            add(method, body.getKey(), shape, s -> json.andThen(b -> b.body(json(body.getValue()))).accept(s));
        }
        add(method, "unknown-query-parameter", shape, s -> json.accept(s.query("debug", "1").body(json(valid))));
        malformedBodies(method, shape, json(valid), json);

        add("listTopics", "editor", RequestFuzzTest.LIST_TOPICS, s -> { });
        add("listTopics", "fact-checker", RequestFuzzTest.LIST_TOPICS, s -> s.caller(Caller.FACT_CHECKER));
        add("listTopics", "no-claims", RequestFuzzTest.LIST_TOPICS, s -> s.caller(Caller.NO_CLAIMS));
        add("listTopics", "groups-unknown", RequestFuzzTest.LIST_TOPICS, s -> s.groups("[admins]"));
        add("listTopics", "unknown-query-parameter", RequestFuzzTest.LIST_TOPICS, s -> s.query("limit", "1"));

        add("getTopic", "stored", RequestFuzzTest.GET_TOPIC, s -> s.target(1));
        add("getTopic", "fact-checker", RequestFuzzTest.GET_TOPIC, s -> s.caller(Caller.FACT_CHECKER).target(1));
        add("getTopic", "no-claims", RequestFuzzTest.GET_TOPIC, s -> s.caller(Caller.NO_CLAIMS).target(1));
        add("getTopic", "unknown-query-parameter", RequestFuzzTest.GET_TOPIC, s -> s.target(1).query("x", "1"));
        Map<String, String> topics = new TreeMap<>(Map.of(
                "empty", "", "uppercase", "Biden", "too-long", "a".repeat(65), "leading-dash", "-x",
                "slash", "a/b", "unicode", "\u00E9t\u00E9", "never-started", "no-such-topic"));
        for (var topic : topics.entrySet()) {
            add("getTopic", "path-" + topic.getKey(), RequestFuzzTest.GET_TOPIC, s -> s.path(topic.getValue()));
        }
    }

    private void claimPages() {
        Shape shape = RequestFuzzTest.GET_CLAIM_PAGE;
        String method = "getClaimPage";
        for (int target = 1; target <= 4; target++) {
            int t = target;
            for (String format : new String[] {"json", "claimreview", "html"}) {
                add(method, "stored-" + t + "-" + format, shape, s -> s.target(t).caller(Caller.NO_CLAIMS)
                        .query("format", format));
            }
        }
        add(method, "default-format", shape, s -> s.target(2));
        add(method, "format-xml", shape, s -> s.target(2).query("format", "xml"));
        add(method, "unknown-parameter", shape, s -> s.target(2).query("callback", "alert"));
        add(method, "if-none-match-star", shape, s -> s.target(2).header("if-none-match", "*"));
        add(method, "host-hostile", shape, s -> s.target(2).query("format", "html")
                .header("host", "evil.example/\"><script>").header("x-forwarded-proto", "javascript"));
        for (var id : ids().entrySet()) {
            add(method, "path-" + id.getKey(), shape, s -> s.path(id.getValue()));
        }
    }

    private void timelines() {
        Shape shape = RequestFuzzTest.GET_TIMELINE;
        String method = "getTimeline";
        add(method, "topic", shape, s -> s.target(1).caller(Caller.NO_CLAIMS));
        add(method, "topic-as-editor", shape, s -> s.target(1));
        add(method, "page-1", shape, s -> s.target(1).query("limit", "1"));
        add(method, "real-cursor", shape, s -> s.target(1).query("limit", "1").realCursor());
        add(method, "foreign-cursor-filter", shape, s -> s.target(1).query("from", "2024").realCursor());
        add(method, "foreign-cursor-rating", shape, s -> s.target(1).query("rating", "accurate").realCursor());
        add(method, "foreign-cursor-topic", shape, s -> s.path("other-topic").realCursor());
        add(method, "all-parameters", shape, s -> s.target(1).query("from", "2023").query("to", "2024-11-15")
                .query("rating", "accurate,misleading").query("limit", "2").query("format", "json"));
        add(method, "unknown-parameter", shape, s -> s.target(1).query("callback", "alert"));
        Map<String, String> topics = new TreeMap<>(Map.of(
                "empty", "", "uppercase", "Biden", "too-long", "a".repeat(65), "max-length", "a".repeat(64),
                "leading-dash", "-x", "slash", "a/b", "unicode", "\u00E9t\u00E9", "unknown", "no-such-topic"));
        for (var topic : topics.entrySet()) {
            add(method, "path-" + topic.getKey(), shape, s -> s.path(topic.getValue()));
        }
        Map<String, String> dates = new TreeMap<>(Map.of(
                "feb-30", "2024-02-30", "month-13", "2024-13", "year-999", "999", "timestamp", "2024-11-15T00:00:00Z",
                "year-0999", "0999", "trailing-dash", "2024-", "week", "2024-W46", "arabic", "\u0662\u0660\u0662\u0664"));
        for (var date : dates.entrySet()) {
            add(method, "from-" + date.getKey(), shape, s -> s.target(1).query("from", date.getValue()));
            add(method, "to-" + date.getKey(), shape, s -> s.target(1).query("to", date.getValue()));
        }
        add(method, "from-after-to", shape, s -> s.target(1).query("from", "2025").query("to", "2024"));
        add(method, "from-equals-to-year", shape, s -> s.target(1).query("from", "2024").query("to", "2024"));
        Map<String, String> ratings = new TreeMap<>(Map.of(
                "two", "false,accurate", "empty-entry", "false,,accurate", "trailing-comma", "false,",
                "spaces", " false , misleading ", "uppercase", "FALSE", "label", "Mostly accurate",
                "only-comma", ",", "repeated", "false,false,false"));
        for (var rating : ratings.entrySet()) {
            add(method, "rating-" + rating.getKey(), shape, s -> s.target(1).query("rating", rating.getValue()));
        }
        for (var limit : limits().entrySet()) {
            add(method, "limit-" + limit.getKey(), shape, s -> s.target(1).query("limit", limit.getValue()));
        }
        for (var cursor : cursors().entrySet()) {
            add(method, "cursor-" + cursor.getKey(), shape, s -> s.target(1).query("cursor", cursor.getValue()));
        }
        for (String format : new String[] {"json", "JSON", "xml", "timelinejs"}) {
            add(method, "format-" + format.toLowerCase() + (format.equals("JSON") ? "-uppercase" : ""), shape,
                    s -> s.target(1).query("format", format));
        }
    }
}
