package dev.factline.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factline.http.Json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (bench/desk-queue.sh), not a test: the time headless Chromium takes to render a queue
 * of 100 claims in the desk, against Factline Local. Prints two figures, medians of the rounds:
 * <ol>
 *   <li>render: the desk's own code turning 100 claims (as the API returned them) into the queue's
 *       list items, appended and laid out;</li>
 *   <li>screen: from the hash change to the topic screen shown with its first page of the queue,
 *       the API calls included.</li>
 * </ol>
 */
public final class DeskQueueBenchmark {

    private static final String TOPIC = "bench-queue";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DeskQueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String skip = Browser.skipReason(DeskQueueBenchmark.class);
        if (skip != null) {
            System.err.println(skip);
            System.exit(2);
        }
        LocalTokens tokens = new LocalTokens(Clock.systemUTC());
        String token = tokens.mint("bench-editor", List.of("editors"));
        try (FactlineLocal.Running running = FactlineLocal.start(new FactlineLocal.Options(0, null, false, Path.of("")));
             Browser browser = Browser.start(1440, 900)) {
            String base = "http://127.0.0.1:" + running.port();
            post(base + "/topics", token, Map.of("id", TOPIC, "title", "Benchmark queue"));
            for (int i = 0; i < 100; i++) {
                post(base + "/claims", token, Map.of("topic", TOPIC, "statement",
                        "Benchmark claim number " + i + " with a statement of ordinary length, as a desk would see it.",
                        "eventDate", "2024-11-" + String.format("%02d", 1 + i % 28), "claimant", "Claimant " + i));
            }
            browser.driver.get(base + "/desk/");
            // Signed in as the desk stores a session (the sign-in itself is not what is measured).
            ObjectNode session = Json.MAPPER.createObjectNode().put("access", token)
                    .put("id", tokens.mintId("bench-editor", List.of("editors"), LocalCognito.CLIENT_ID))
                    .put("expiresAt", System.currentTimeMillis() / 1000 + 3600);
            browser.driver.executeScript("sessionStorage.setItem('factline.desk.tokens', arguments[0])",
                    Json.MAPPER.writeValueAsString(session));
            browser.driver.get(base + "/desk/#/");

            double[] render = new double[rounds];
            double[] screen = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                render[r] = ((Number) browser.driver.executeAsyncScript(RENDER, TOPIC)).doubleValue();
                screen[r] = ((Number) browser.driver.executeAsyncScript(SCREEN, TOPIC)).doubleValue();
            }
            System.out.printf("Desk queue, headless Chromium, %d rounds (median, min-max):%n", rounds);
            System.out.printf("  render 100 claims into the queue:          %6.1f ms  (%.1f-%.1f)%n", median(render),
                    min(render), max(render));
            System.out.printf("  topic screen with its first page (25), API included: %6.1f ms  (%.1f-%.1f)%n",
                    median(screen), min(screen), max(screen));
        }
    }

    /** Fetches 100 claims once, then times claimItem() for each, the append, and a forced layout. */
    private static final String RENDER = """
            const done = arguments[arguments.length - 1];
            const topic = arguments[0];
            (async () => {
              const { claimItem } = await import('/desk/screens/topic.js');
              const tokens = JSON.parse(sessionStorage.getItem('factline.desk.tokens'));
              const response = await fetch(`/claims?topic=${topic}&status=pending&order=newest&limit=100`,
                { headers: { Authorization: `Bearer ${tokens.access}` } });
              const { items } = await response.json();
              if (items.length !== 100) throw new Error(`expected 100 claims, got ${items.length}`);
              const list = document.createElement('ol');
              list.className = 'claims';
              document.querySelector('main').append(list);
              const t0 = performance.now();
              list.append(...items.map(claimItem));
              void list.getBoundingClientRect().height;
              const elapsed = performance.now() - t0;
              list.remove();
              return elapsed;
            })().then(done, (e) => done(-1));
            """;

    /** From the hash change to the topic screen with its first page of claims laid out. */
    private static final String SCREEN = """
            const done = arguments[arguments.length - 1];
            const topic = arguments[0];
            location.hash = '#/';
            setTimeout(() => {
              const t0 = performance.now();
              const check = () => {
                if (document.querySelectorAll('ol.claims li.claim').length >= 25) {
                  void document.body.getBoundingClientRect().height;
                  done(performance.now() - t0);
                } else {
                  setTimeout(check, 1);
                }
              };
              location.hash = `#/topics/${topic}`;
              check();
            }, 200);
            """;

    private static void post(String url, String token, Map<String, String> body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + url + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
