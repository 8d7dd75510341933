package dev.factline.handler;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.factline.testing.InMemoryFactlineStore;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public routes' own work (reading the request, building the page, writing it, its ETag)
 * over a store whose answers cost next to nothing, so that a change to the rendering can be
 * measured without DynamoDB's noise; bench/run.sh measures the whole handler against dynalite.
 * Each claim is the size of the benchmark's (the README's story claim, its quote and evidence).
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * taskset -c 1 java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *   dev.factline.handler.PublicRenderBenchmark timeline|feed [format]
 * </pre>
 * One core (taskset): on this two-core machine an unpinned run lands in a fast or a slow mode,
 * 350 or 600 µs, from one run to the next. Each call comes by another host name, so the page
 * is rendered every time rather than answered from the pages the handler keeps; with
 * {@code -Dkept=true} every call asks for the same page, as a topic's readers do.
 */
public final class PublicRenderBenchmark {

    private static final String TOPIC = "biden-xi";
    private static final String QUOTE = "On Friday, Mr Biden, South Korean President Yoon Seok Yul and Japan's Prime"
            + " Minister Shigeru Ishiba condemned North Korean leader Kim Jong Un's decision to send thousands of"
            + " troops to help Moscow repel Ukrainian forces who have seized territory in Russia's Kursk border region.";

    private PublicRenderBenchmark() {
    }

    public static void main(String[] args) {
        String route = args.length > 0 ? args[0] : "timeline";
        int warmUp = Integer.getInteger("warmup", 3000);
        int measured = Integer.getInteger("iterations", 15000);
        TestApi api = new TestApi(new InMemoryFactlineStore());
        publish(api, 60);

        boolean feed = route.equals("feed");
        String path = feed ? "/timelines/" + TOPIC + "/feed" : "/timelines/" + TOPIC;
        Map<String, String> query = new HashMap<>(Map.of("limit", "50"));
        query.put("format", args.length > 1 ? args[1] : feed ? "atom" : "json");
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                api.handler(feed ? "GetFeedFunction" : "GetTimelineFunction");
        APIGatewayV2HTTPEvent event = event(path, query);
        boolean renderEveryCall = !Boolean.getBoolean("kept");

        long[] nanos = new long[measured];
        int bytes = 0;
        for (int i = -warmUp; i < measured; i++) {
            if (renderEveryCall) {
                event.getRequestContext().setDomainName("reader-" + i + ".bench.example");
            }
            long started = System.nanoTime();
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            long took = System.nanoTime() - started;
            if (response.getStatusCode() != 200) {
                throw new IllegalStateException(route + " answered " + response.getStatusCode());
            }
            if (i >= 0) {
                nanos[i] = took;
                bytes = response.getBody().length();
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%s %s: p50 %.1f µs, p90 %.1f µs, %d characters per page%n", route, query.get("format"),
                nanos[measured / 2] / 1e3, nanos[measured * 9 / 10] / 1e3, bytes);
    }

    private static void publish(TestApi api, int claims) {
        api.post("/topics").as(TestApi.FACT_CHECKER).json(Map.of("id", TOPIC, "title", "Biden and Xi")).send();
        String sourceId = api.post("/sources").as(TestApi.FACT_CHECKER).json(Map.of(
                "url", "https://www.bbc.co.uk/news/articles/biden-xi", "title", "Biden meets Xi for the last time",
                "publishedAt", "2024-11-16", "text", "Lima. " + QUOTE + " The leaders met for 50 minutes."))
                .send().json().get("id").asText();
        for (int i = 0; i < claims; i++) {
            String id = api.post("/claims").as(TestApi.FACT_CHECKER).json(Map.of("topic", TOPIC,
                    "statement", "Biden, Yoon and Ishiba condemned North Korea's decision to send thousands of"
                            + " troops to help Russia in Kursk (" + i + ").",
                    "eventDate", "2024-11-15", "claimant", "Joe Biden, Yoon Suk Yeol and Shigeru Ishiba",
                    "sourceId", sourceId, "quote", QUOTE)).send().json().get("id").asText();
            api.post("/claims/" + id + "/reviews").as(TestApi.EDITOR).header("If-Match", "\"1\"").json(Map.of(
                    "rating", "accurate",
                    "explanation", "The leaders of the United States, South Korea and Japan met in Lima on Friday 15"
                            + " November 2024 and their joint statement condemns the deployment of North Korean"
                            + " troops to Russia, including to the Kursk region.",
                    "evidence", List.of(Map.of("title", "Joint Statement of the Leaders of Japan, the Republic of"
                                    + " Korea, and the United States (White House, 15 November 2024)",
                            "url", "https://www.whitehouse.gov/briefing-room/statements-releases/2024/11/15/"
                                    + "joint-statement-of-the-leaders-of-japan-the-republic-of-korea-and-the-united-states/"))))
                    .send();
            api.clock.advance(Duration.ofSeconds(1));
        }
    }

    private static APIGatewayV2HTTPEvent event(String path, Map<String, String> query) {
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path)
                .withProtocol("HTTP/1.1").withSourceIp("203.0.113.24").withUserAgent("bench").build();
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRawPath(path)
                .withHeaders(Map.of("host", "f4ct1ine00.execute-api.eu-west-1.amazonaws.com"))
                .withQueryStringParameters(query)
                .withPathParameters(Map.of("topic", TOPIC))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http).withRequestId("bench")
                        .withStage("$default").withRouteKey("GET " + path.replace(TOPIC, "{topic}")).build())
                .build();
    }
}
