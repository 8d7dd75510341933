package dev.factline.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;
import dev.factline.model.Claim;
import dev.factline.service.NewClaim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The widget following its topic in Debian's headless Chromium: reviews, re-ratings and
 * withdrawals made through the HTTP API while the page is open show up in place; an unchanged
 * timeline costs a 304 and no rendering; a hidden page asks nothing; #<claim id> links work.
 */
class WidgetLiveUpdatesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LocalTokens TOKENS = new LocalTokens(Clock.systemUTC());
    private static final String FACT_CHECKER = TOKENS.mint("fc-live", List.of("fact-checkers"));
    private static final String EDITOR = TOKENS.mint("ed-live", List.of("editors"));

    private static FactlineLocal.Running running;
    private static String base;
    private static Browser browser;
    private static ChromeDriver driver;
    private static String skipReason;
    private static int topics;

    private String topic;

    @BeforeAll
    static void start() throws IOException {
        skipReason = Browser.skipReason(WidgetLiveUpdatesIT.class);
        if (skipReason != null) {
            return;
        }
        running = FactlineLocal.start(new FactlineLocal.Options(0, null, false, Path.of("")));
        base = "http://127.0.0.1:" + running.port();
        browser = Browser.start(760, 900);
        driver = browser.driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @BeforeEach
    void newTopic() {
        assumeTrue(skipReason == null, skipReason);
        topic = "widget-live-" + ++topics;
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (running != null) {
            running.close();
        }
    }

    @Test
    void reviewReRatingAndWithdrawal_madeThroughTheApi_appearInTheOpenWidget_withoutMovingTheFocus() throws Exception {
        String first = publish("The first claim.", "2024-11-15", "accurate");
        String second = submit("The second claim.", "2024-11-16");
        open("?topic=" + topic + "&refresh=1");
        assertEquals(List.of(first), ids());
        js("host().shadowRoot.querySelector('li.event').focus(); host().shadowRoot.querySelector('li.event').marked = true");

        review(second, 1, "false");
        await(() -> ids().equals(List.of(first, second)));
        await(() -> announced().contains("1 new claim"));

        review(first, 2, "misleading");
        await(() -> "misleading".equals(js("return host().shadowRoot.querySelector('li.event .badge').dataset.rating")));
        await(() -> announced().contains("1 claim re-rated"));
        assertEquals(Boolean.TRUE, js("return host().shadowRoot.querySelector('li.event').marked === true"),
                "the re-rated event is updated in place, not replaced");
        assertEquals(first, js("return host().shadowRoot.activeElement && host().shadowRoot.activeElement.dataset.id"),
                "the focus stays where the reader left it");
        assertTrue(((String) js("return host().shadowRoot.querySelector('li.event .claim-page a').textContent"))
                .contains("corrected"));

        withdraw(second, 2, "The article was retracted.");
        await(() -> ids().equals(List.of(first)));
        await(() -> announced().contains("1 claim withdrawn"));
    }

    @Test
    void unchangedTimeline_revalidatesWithA304_andReRendersNothing() throws Exception {
        publish("Nothing changes here.", "2024-11-15", "accurate");
        open("?topic=" + topic + "&refresh=0");
        js("window.mutations = 0; new MutationObserver(records => window.mutations += records.length)"
                + ".observe(host().shadowRoot, {subtree: true, childList: true, attributes: true, characterData: true});"
                + " performance.clearResourceTimings();");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " document.querySelector('factline-timeline').revalidate().then(done);");
        assertEquals(Boolean.FALSE, result.get("changed"));
        assertEquals(0L, js("return window.mutations"), "a 304 re-renders nothing");
        @SuppressWarnings("unchecked")
        Map<String, Object> timing = (Map<String, Object>) js("const e = performance.getEntriesByType('resource')"
                + ".filter(r => r.name.includes('/timelines/')).pop();"
                + " return {transfer: e.transferSize, body: e.encodedBodySize};");
        assertTrue(((Number) timing.get("transfer")).longValue() < ((Number) timing.get("body")).longValue(),
                "the browser revalidated its copy (304) instead of downloading the page again: " + timing);
    }

    @Test
    void hiddenPage_makesNoRequests_andCatchesUpWhenShownAgain() throws Exception {
        publish("Seen before hiding.", "2024-11-15", "accurate");
        open("?topic=" + topic + "&refresh=1");
        js("window.requests = 0; const realFetch = window.fetch;"
                + " window.fetch = (...args) => { window.requests++; return realFetch(...args); };"
                + " Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => window.pageState});"
                + " window.pageState = 'hidden'; document.dispatchEvent(new Event('visibilitychange'));");
        assertEquals("paused", js("return host().dataset.live"));
        String added = publish("Published while hidden.", "2024-11-16", "accurate");
        assertThrows(TimeoutException.class, () -> new WebDriverWait(driver, Duration.ofSeconds(3))
                .until(d -> ((Number) js("return window.requests")).longValue() > 0 ? true : null),
                "three polling intervals pass without a request");
        assertEquals(1, ids().size());

        js("window.pageState = 'visible'; document.dispatchEvent(new Event('visibilitychange'));");
        await(() -> ids().contains(added));
        assertEquals("polling", js("return host().dataset.live"));
    }

    @Test
    void linkToAnEvent_scrollsToItAndFocusesIt_andEachEventLinksToItsClaimPage() throws Exception {
        String target = null;
        for (int i = 0; i < 25; i++) {
            String id = publish("Claim number " + i + ".", String.format("2024-%02d-01", 1 + i % 12), "accurate");
            if (i == 22) {
                target = id;
            }
        }
        open("?topic=" + topic + "&refresh=0&limit=10#" + target);
        String linked = target;
        await(() -> linked.equals(js("return host().shadowRoot.activeElement && host().shadowRoot.activeElement.dataset.id")));
        assertTrue((Boolean) js("const r = host().shadowRoot.activeElement.getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight"), "the linked event is in view");

        String href = (String) js("return host().shadowRoot.activeElement.querySelector('.claim-page a').href");
        assertTrue(href.contains("/timelines/" + topic + "/claims/" + target), href);
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Claim number 22."));
    }

    private void open(String query) {
        driver.get(base + "/" + query);
        await(() -> {
            Object state = js("return host() && host().dataset.state");
            return "ready".equals(state) || "empty".equals(state);
        });
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> condition.getAsBoolean() ? true : null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids() {
        return (List<String>) js("return Array.from(host().shadowRoot.querySelectorAll('li.event'), li => li.dataset.id)");
    }

    private static String announced() {
        return (String) js("return host().shadowRoot.querySelector('.announcer').textContent");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(
                "const host = () => document.querySelector('factline-timeline');\n" + script);
    }

    private String publish(String statement, String eventDate, String rating) throws Exception {
        String id = submit(statement, eventDate);
        review(id, 1, rating);
        return id;
    }

    private String submit(String statement, String eventDate) throws Exception {
        JsonNode claim = send("POST", "/claims", FACT_CHECKER, null,
                Map.of("topic", topic, "statement", statement, "eventDate", eventDate), 201);
        return claim.get("id").asText();
    }

    private void review(String id, long version, String rating) throws Exception {
        send("POST", "/claims/" + id + "/reviews", EDITOR, "\"" + version + "\"",
                Map.of("rating", rating, "explanation", "Checked against the record."), 201);
    }

    private void withdraw(String id, long version, String reason) throws Exception {
        send("DELETE", "/claims/" + id, EDITOR, "\"" + version + "\"", Map.of("reason", reason), 200);
    }

    private static JsonNode send(String method, String path, String token, String ifMatch, Object body,
                                 int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), method + " " + path + ": " + response.body());
        return Json.MAPPER.readTree(response.body());
    }
}
