package dev.factline.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;
import dev.factline.model.Claim;
import dev.factline.service.NewClaim;
import dev.factline.service.NewReview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The widget in a real browser: Debian's headless Chromium, driven through its chromedriver,
 * loading the demo page from Factline Local started here with the seed topic.
 */
class WidgetBrowserIT {

    private static final String XSS = "<img src=x onerror=\"window.__xss=1\">";
    private static final String XSS_TOPIC = "widget-xss-check";
    private static final String PENDING_TOPIC = "widget-nothing-reviewed";
    private static final Path SCREENSHOT = Path.of("target", "widget.png");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static FactlineLocal.Running running;
    private static String base;
    private static Browser browser;
    private static ChromeDriver driver;

    /** Why the browser tests cannot run here, or null when Chromium and its driver are installed. */
    private static String skipReason;

    @BeforeAll
    static void start() throws IOException {
        skipReason = Browser.skipReason(WidgetBrowserIT.class);
        if (skipReason != null) {
            return;
        }

        running = FactlineLocal.start(new FactlineLocal.Options(0, null, true, Path.of("")));
        base = "http://127.0.0.1:" + running.port();
        Claim hostile = running.services().claims().submit(new NewClaim(XSS_TOPIC, XSS, "2024-11", null, XSS,
                null, null), "fc-widget", null).claim();
        running.services().claims().review(hostile.id(), hostile.version(),
                new NewReview("false", XSS, List.of(new NewReview.NewEvidence("https://example.org/evidence", XSS))),
                "ed-widget");

        // A claim registers its topic; pending, it leaves the topic's timeline empty.
        running.services().claims().submit(new NewClaim(PENDING_TOPIC, "Pending only.", "2024-11", null, null,
                null, null), "fc-widget", null);

        browser = Browser.start(760, 1800);
        driver = browser.driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @BeforeEach
    void requireChromium() {
        assumeTrue(skipReason == null, skipReason);
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
    void seededTimeline_rendersInDateOrder_atEachDatesPrecision_withLabelledBadges() throws Exception {
        open("/");
        assertEquals("ready", awaitState());
        List<Map<String, Object>> events = events();
        assertEquals(List.of("2024", "2024-11-15", "2024-11-15", "2024-11-16", "2025", "2025-01-20"),
                events.stream().map(e -> e.get("datetime")).toList());
        assertEquals(List.of("2024", "15 Nov 2024", "15 Nov 2024", "16 Nov 2024", "2025", "20 Jan 2025"),
                events.stream().map(e -> e.get("date")).toList());

        JsonNode api = Json.MAPPER.readTree(get("/timelines/biden-xi-apec-2024").body());
        List<String> labels = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        List<String> ratings = new ArrayList<>();
        api.get("events").forEach(e -> {
            labels.add(e.get("ratingLabel").asText());
            statements.add(e.get("statement").asText());
            ratings.add(e.get("rating").asText());
        });
        assertEquals(labels, events.stream().map(e -> e.get("badge")).toList(), "each badge names its rating in words");
        assertEquals(ratings, events.stream().map(e -> e.get("rating")).toList());
        assertEquals(statements, events.stream().map(e -> e.get("statement")).toList());
        assertTrue(events.get(1).get("quote").toString().startsWith("\u201COn Friday, Mr Biden"));
        assertEquals("Claimed by Donald Trump", events.get(0).get("claimant"));
        assertEquals("Source: Biden's final meeting with Xi at APEC in Peru (seed article)", events.get(0).get("source"));
        assertEquals("OL", js("return host().shadowRoot.querySelector('li.event').parentElement.tagName"));
    }

    @Test
    void showMore_isReachableByKeyboard_andLoadsTheNextPageWithTheCursor() throws IOException {
        open("/?limit=3");
        assertEquals("ready", awaitState());
        assertEquals(3, events().size());
        assertEquals(Boolean.FALSE, js("return host().shadowRoot.querySelector('button.more').hidden"));
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, host().getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot of the rendered widget at " + SCREENSHOT);

        js("document.activeElement && document.activeElement.blur()");
        String focused = "";
        for (int i = 0; i < 12 && !focused.equals("BUTTON more"); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            focused = String.valueOf(js("const a = host().shadowRoot.activeElement;"
                    + " return a ? a.tagName + ' ' + a.className : ''"));
        }
        assertEquals("BUTTON more", focused, "Tab reaches the show-more button");
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> events().size() == 6);
        assertEquals(List.of("2024", "2024-11-15", "2024-11-15", "2024-11-16", "2025", "2025-01-20"),
                events().stream().map(e -> e.get("datetime")).toList());
        assertEquals(Boolean.TRUE, js("return host().shadowRoot.querySelector('button.more').hidden"),
                "the last page has no next cursor");
        assertEquals("2024-11-16", js("return host().shadowRoot.activeElement.querySelector('time').dateTime"),
                "focus moves to the first event of the new page");
    }

    @Test
    void claimText_withMarkup_isShownAsText_andNeverRuns() {
        open("/?topic=" + XSS_TOPIC);
        assertEquals("ready", awaitState());
        List<Map<String, Object>> events = events();
        assertEquals(1, events.size());
        assertEquals(XSS, events.get(0).get("statement"), "the statement is visible as the text it is");
        assertEquals("Claimed by " + XSS, events.get(0).get("claimant"));
        assertEquals("Nov 2024", events.get(0).get("date"));
        assertEquals("False", events.get(0).get("badge"));
        assertEquals(0L, js("return host().shadowRoot.querySelectorAll('img').length + document.images.length"));
        assertEquals("undefined", js("return typeof window.__xss"));
        WebElement statement = (WebElement) js("return host().shadowRoot.querySelector('.statement')");
        assertTrue(statement.isDisplayed());
        assertEquals(XSS, statement.getText());
    }

    @Test
    void apiDown_showsTheErrorState_withAWayToRetry() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        open("/?api=http://127.0.0.1:" + closedPort);
        assertEquals("error", awaitState());
        assertEquals(Boolean.FALSE, js("return host().shadowRoot.querySelector('[role=alert]').hidden"));
        assertEquals("The timeline could not be loaded: the server did not answer.",
                js("return host().shadowRoot.querySelector('[role=alert] p').textContent"));
        assertEquals("Try again", js("return host().shadowRoot.querySelector('button.retry').textContent"));
        assertEquals(0, events().size());
    }

    @Test
    void topicWithoutReviewedClaims_showsTheEmptyState() {
        open("/?topic=" + PENDING_TOPIC);
        assertEquals("empty", awaitState());
        assertEquals("No reviewed claims on this topic yet.",
                js("return host().shadowRoot.querySelector('[role=status]').textContent"));
    }

    @Test
    void topicNeverStarted_saysThereIsNoSuchTimeline() {
        open("/?topic=never-started-here");
        assertEquals("not-found", awaitState());
        assertEquals("There is no timeline for this topic.",
                js("return host().shadowRoot.querySelector('[role=status]').textContent"));
        assertEquals(Boolean.TRUE, js("return host().shadowRoot.querySelector('[role=alert]').hidden"),
                "not an error to retry");
    }

    @Test
    void demoPage_namesTheTopicItShows_inItsHeadingAndEmbedSnippet_underAStrictCsp() throws Exception {
        open("/?topic=" + XSS_TOPIC);
        assertEquals("ready", awaitState());
        assertEquals("Timeline: " + XSS_TOPIC, js("return document.getElementById('headline').textContent"));
        String snippet = (String) js("return document.getElementById('snippet').textContent");
        assertTrue(snippet.contains("topic=\"" + XSS_TOPIC + "\""), snippet);
        assertFalse(snippet.contains("biden-xi-apec-2024"), snippet);
        String csp = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("script-src 'self' 'unsafe-inline'"), csp);
    }

    @Test
    void at320PixelsWide_theWidgetFitsWithoutHorizontalScrolling() throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        try {
            open("/");
            assertEquals("ready", awaitState());
            assertEquals(320L, js("return window.innerWidth"));
            long pageWidth = (Long) js("return document.documentElement.scrollWidth");
            assertTrue(pageWidth <= 320, "the page scrolls sideways: " + pageWidth + " px");
            Number widgetRight = (Number) js("return host().getBoundingClientRect().right");
            assertTrue(widgetRight.doubleValue() <= 320, "the widget ends at " + widgetRight);
            assertEquals(Boolean.TRUE, js("const section = host().shadowRoot.querySelector('section');"
                    + " return section.scrollWidth <= section.clientWidth"), "nothing inside the widget overflows");
            Files.write(Path.of("target", "widget-320.png"), host().getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static void open(String path) {
        driver.get(base + path);
    }

    private static WebElement host() {
        return (WebElement) js("return host()");
    }

    /** Waits for the widget to settle and returns its state: ready, empty or error. */
    private static String awaitState() {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            Object state = js("return host() && host().dataset.state");
            return state == null || state.equals("loading") ? null : state.toString();
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events() {
        return (List<Map<String, Object>>) js("""
                return Array.from(host().shadowRoot.querySelectorAll('ol.events > li.event')).map(li => ({
                  datetime: li.querySelector('time').dateTime,
                  date: li.querySelector('time').textContent,
                  badge: li.querySelector('.badge .label').textContent,
                  rating: li.querySelector('.badge').dataset.rating,
                  statement: li.querySelector('.statement').textContent,
                  claimant: li.querySelector('.claimant') ? li.querySelector('.claimant').textContent : null,
                  quote: li.querySelector('.quote') ? li.querySelector('.quote').textContent : null,
                  source: li.querySelector('.source') ? li.querySelector('.source').textContent : null
                }));""");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(
                "const host = () => document.querySelector('factline-timeline');\n" + script);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
