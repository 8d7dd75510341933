package dev.factline.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;
import dev.factline.testing.AxeScan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The desk end to end in Debian's headless Chromium against Factline Local: real sign-in through
 * the local stand-in for Cognito (authorization code + PKCE), then the whole workflow of a
 * fact-checker and an editor, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskBrowserIT {

    static final String TOPIC = "desk-end-to-end";
    static final LocalTokens TOKENS = new LocalTokens(Clock.systemUTC());

    private static String skipReason;
    private static FactlineLocal.Running running;
    private static String base;
    private static Browser browser;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        skipReason = Browser.skipReason(DeskBrowserIT.class);
        if (skipReason != null) {
            return;
        }
        running = FactlineLocal.start(new FactlineLocal.Options(0, null, true, Path.of("")));
        base = "http://127.0.0.1:" + running.port();
        browser = Browser.start(1440, 1000);
        driver = browser.driver;
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

    @BeforeEach
    void requireChromium() {
        assumeTrue(skipReason == null, skipReason);
    }

    @Test
    @Order(1)
    void signIn_goesThroughTheLocalAuthorizePage_andShowsTheUserAndRole() {
        signIn("fiona", "fact-checkers");
        assertEquals("fiona", text(".who .user"));
        assertEquals("Fact-checker", text(".who .role"));
        assertFalse(driver.getCurrentUrl().contains("code="), "the code is taken out of the address bar");
        assertEquals(null, js("return location.search.includes('code') ? 'code' : null"));
        Object stored = js("return sessionStorage.getItem('factline.desk.tokens')");
        assertTrue(stored != null && stored.toString().contains("access"), "the tokens live in sessionStorage");
        signOut();
        assertEquals(null, js("return sessionStorage.getItem('factline.desk.tokens')"));
    }


    static final String ARTICLE = "On Friday, the mayor of Springfield said bus fares had fallen by 20 percent.\n\n"
            + "The city council approved a budget of 3 million euros on 12 November 2024.\n\n"
            + "The weather was pleasant.";

    /** Ids of the fact-checker's two claims, in the order they were made. */
    private static final List<String> claims = new java.util.ArrayList<>();

    @Test
    @Order(2)
    void factChecker_startsATopic_addsAnArticle_andTurnsTwoCandidatesIntoClaims() {
        signIn("fiona", "fact-checkers");
        type("form.card [name=title]", "Desk end to end");
        assertEquals(TOPIC, value("form.card [name=id]"), "the id follows the title");
        click("form.card button[type=submit]");
        wait(ExpectedConditions.urlContains("#/topics/" + TOPIC));
        assertEquals("Desk end to end", text("h1"));

        type(".article-form [name=title]", "Springfield budget");
        type(".article-form [name=url]", "https://example.org/springfield-budget");
        type(".article-form [name=publisher]", "Springfield Gazette");
        type(".article-form [name=publishedAt]", "2024-11-16");
        type(".article-form [name=text]", ARTICLE);
        click(".article-form button[type=submit]");
        wait(ExpectedConditions.urlContains("/sources/"));
        assertEquals("Springfield budget", text("h1"));
        wait(d -> ((Number) js("return document.querySelectorAll('.article-text mark').length")).intValue() >= 2);

        WebElement first = candidate("On Friday");
        assertEquals("15 Nov 2024", first.findElement(By.cssSelector("dl.date time")).getText());
        assertEquals("day", first.findElement(By.cssSelector(".precision")).getText());
        assertTrue(first.findElement(By.cssSelector(".basis")).getText().contains("Friday"),
                first.findElement(By.cssSelector(".basis")).getText());
        first.findElement(By.cssSelector("button")).click();
        WebElement unchecked = first.findElement(By.cssSelector("form.claim-form"));
        assertTrue(unchecked.findElement(By.cssSelector("[data-field=dateChecked] .hint")).getText()
                .startsWith("15 Nov 2024 is proposed from “On Friday”."));
        unchecked.findElement(By.name("statement")).sendKeys("Springfield's bus fares fell by 20 percent.");
        unchecked.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement box = unchecked.findElement(By.name("dateChecked"));
        wait(d -> box.equals(d.switchTo().activeElement()));
        assertEquals("true", box.getAttribute("aria-invalid"), "the unticked box is marked and focused");
        assertTrue(unchecked.findElement(By.cssSelector("[data-field=dateChecked] .field-error")).getText()
                .contains("tick this box"));
        assertEquals(0, api("GET", "/claims?topic=" + TOPIC + "&status=pending", token("fiona", "fact-checkers"), null,
                null).get("items").size(), "a proposed date nobody checked is not sent");
        claims.add(makeClaim(first, "Springfield's bus fares fell by 20 percent.", "The mayor of Springfield", true));

        WebElement second = candidate("The city council approved");
        assertEquals("12 Nov 2024", second.findElement(By.cssSelector("dl.date time")).getText());
        claims.add(makeClaim(second, "The council approved a 3 million euro budget.", "Springfield city council", false));

        JsonNode pending = api("GET", "/claims?topic=" + TOPIC + "&status=pending", token("fiona", "fact-checkers"),
                null, null);
        assertEquals(2, pending.get("items").size(), "a double click made one claim, not two");
        JsonNode fromFriday = api("GET", "/claims/" + claims.get(0), token("fiona", "fact-checkers"), null, null);
        assertEquals("On Friday", fromFriday.at("/dateProvenance/phrase").asText(),
                "the candidate's date keeps how it was found: " + fromFriday);
        assertEquals("2024-11-16", fromFriday.at("/dateProvenance/anchor").asText());

        driver.get(base + "/desk/#/claims/" + claims.get(0));
        assertTrue(text(".note").contains("Only editors review"), "a fact-checker is told why there is no review");
        assertEquals(0L, js("return document.querySelectorAll('.review-form, .withdraw-form').length"));
        signOut();
    }

    @Test
    @Order(3)
    void editor_reviewsOne_isRefusedOnTheirOwn_recoversFromA412_andWithdrawsOne() {
        String own = api("POST", "/claims", token("eddie", "editors"), Map.of("topic", TOPIC,
                "statement", "Eddie's own claim.", "eventDate", "2024-11"), null).get("id").asText();
        signIn("eddie", "editors");
        assertEquals("Editor", text(".who .role"));
        driver.get(base + "/desk/#/topics/" + TOPIC);
        wait(d -> ((Number) js("return document.querySelectorAll('ol.claims li.claim').length")).intValue() == 3);
        assertEquals(List.of(own, claims.get(1), claims.get(0)), js("return Array.from("
                + "document.querySelectorAll('ol.claims li.claim'), li => li.dataset.id)"), "the queue is newest first");

        openClaim(claims.get(0));
        review("accurate", "The fare table of November shows the cut.", "https://example.org/fares", "Fare table");
        wait(d -> text(".review-form .form-message").contains("Review saved"));
        assertEquals("reviewed", text("dd.status"));

        openClaim(own);
        assertTrue(text(".note.own").contains("Four eyes"));
        review("false", "Trying to review my own claim.", null, null);
        wait(d -> text(".review-form .form-message").contains("Four eyes"));
        assertEquals("pending", text("dd.status"));

        openClaim(claims.get(1));
        fillReview("misleading", "Eddie's careful explanation, typed before Olga reviewed.", null, null);
        api("POST", "/claims/" + claims.get(1) + "/reviews", token("olga", "editors"),
                Map.of("rating", "accurate", "explanation", "Olga was first."), "\"1\"");
        click(".review-form button[type=submit]");
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".review-form .changed")));
        assertTrue(text(".review-form .changed").contains("olga"), text(".review-form .changed"));
        assertTrue(text(".review-form .changed").contains("Olga was first."));
        assertEquals("Eddie's careful explanation, typed before Olga reviewed.", value(".review-form [name=explanation]"),
                "nothing typed is lost");
        assertEquals("misleading", value(".review-form [name=rating]"));
        click(".review-form button[type=submit]");
        wait(d -> text(".review-form .form-message").contains("Review saved"));
        assertEquals(2L, js("return document.querySelectorAll('ol.history .review').length"), "both reviews in the history");

        click(".withdraw-open");
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.confirm")));
        type(".withdraw-form [name=reason]", "Duplicate of an earlier check.");
        click(".withdraw-form button[type=submit]");
        wait(d -> "withdrawn".equals(js("return document.querySelector('dd.status').textContent")));
        assertTrue(text("ol.history").contains("Withdrawn by eddie"), text("ol.history"));
        assertTrue(text("ol.history").contains("Reason: Duplicate of an earlier check."), "the history says why");
        assertEquals(0L, js("return performance.getEntriesByType('resource').map(e => e.name).concat(location.href)"
                + ".filter(url => url.includes('eyJ')).length"), "no token in any URL the desk requested");
        assertFalse(browser.console().contains("eyJ"), "no token in the console");
        signOut();
    }

    @Test
    @Order(4)
    void publicTimeline_thenShowsExactlyTheReviewedClaim() {
        JsonNode timeline = api("GET", "/timelines/" + TOPIC, null, null, null);
        assertEquals(1, timeline.get("events").size(), timeline.toString());
        assertEquals(claims.get(0), timeline.get("events").get(0).get("id").asText());

        signIn("fiona", "fact-checkers");
        driver.get(base + "/desk/#/topics/" + TOPIC + "/timeline");
        wait(d -> "ready".equals(js("const t = document.querySelector('factline-timeline'); return t && t.dataset.state")));
        assertEquals(List.of("Springfield's bus fares fell by 20 percent."), js("return Array.from(document"
                + ".querySelector('factline-timeline').shadowRoot.querySelectorAll('.statement'), e => e.textContent)"));
        assertTrue(text("#embed-code").contains("topic=\"" + TOPIC + "\""));
        signOut();
    }


    static final String XSS = "<img src=x onerror=\"window.__xss=1\">";
    static final String MARKUP_TOPIC = "desk-markup";

    @Test
    @Order(5)
    void markupInArticleTextStatementAndEvidenceTitle_isShownAsText_andNeverRuns() {
        String fiona = token("fiona", "fact-checkers");
        api("POST", "/topics", fiona, Map.of("id", MARKUP_TOPIC, "title", "Markup " + XSS), null);
        String text = "On Friday, the minister said " + XSS + " cost 5 million euros.";
        String source = api("POST", "/sources", fiona, Map.of("url", "https://example.org/markup", "title", "Title " + XSS,
                "publishedAt", "2024-11-16", "text", text, "topic", MARKUP_TOPIC), null).get("id").asText();
        String claim = api("POST", "/claims", fiona, Map.of("topic", MARKUP_TOPIC, "statement", "Statement " + XSS,
                "eventDate", "2024-11-15", "sourceId", source, "quote", text, "claimant", XSS), null).get("id").asText();
        api("POST", "/claims/" + claim + "/reviews", token("olga", "editors"), Map.of("rating", "false",
                "explanation", "Explanation " + XSS, "evidence", List.of(Map.of("url", "https://example.org/e",
                        "title", "Evidence " + XSS))), "\"1\"");

        signIn("eddie", "editors");
        for (String screen : List.of("#/", "#/topics/" + MARKUP_TOPIC, "#/topics/" + MARKUP_TOPIC + "/sources/" + source,
                "#/claims/" + claim, "#/topics/" + MARKUP_TOPIC + "/timeline")) {
            openScreen(screen);
            assertEquals(0L, js("return document.images.length + document.querySelectorAll('main img').length"), screen);
            assertEquals("undefined", js("return typeof window.__xss"), screen);
        }
        openScreen("#/topics/" + MARKUP_TOPIC + "/sources/" + source);
        assertTrue(text("h1").equals("Title " + XSS));
        assertTrue(text(".article-text").contains(XSS), "the article text shows the markup as text");
        openScreen("#/claims/" + claim);
        assertEquals("Statement " + XSS, text(".statement.big"));
        assertTrue(text("ol.history").contains("Evidence " + XSS));
        assertTrue(text("ol.history").contains("Explanation " + XSS));
        assertEquals("undefined", js("return typeof window.__xss"));
        signOut();
    }

    @Test
    @Order(6)
    void keyboardOnly_aFactCheckerSignsIn_opensASource_andSubmitsAClaim() {
        signInWithKeyboard("kim", "fact-checkers");

        tabTo("tr[data-topic=" + TOPIC + "] a").sendKeys(Keys.ENTER);
        wait(ExpectedConditions.urlContains("#/topics/" + TOPIC));
        tabTo("ul.sources a").sendKeys(Keys.ENTER);
        wait(ExpectedConditions.urlContains("/sources/"));
        tabTo("li.candidate button").sendKeys(Keys.ENTER);
        assertEquals("statement", js("return document.activeElement.name"), "the form opens with the focus in it");
        new Actions(driver).sendKeys("Typed with the keyboard only.").perform();
        tabTo("form.claim-form [name=dateChecked]").sendKeys(Keys.SPACE);
        tabTo("form.claim-form button[type=submit]").sendKeys(Keys.ENTER);
        WebElement done = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.candidate .success")));
        assertEquals(done, driver.switchTo().activeElement(), "the confirmation takes the focus");

        tabTo("li.candidate .success a").sendKeys(Keys.ENTER);
        wait(ExpectedConditions.urlContains("#/claims/"));
        assertEquals("Typed with the keyboard only.", text(".statement.big"));
        signOut();
    }



    @Test
    @Order(8)
    void problemErrors_showNextToTheFieldsTheyName_andANetworkFailureKeepsTheInput() {
        signIn("fiona", "fact-checkers");
        openScreen("#/topics/" + TOPIC);
        type(".article-form [name=title]", "Kept title");
        type(".article-form [name=url]", "not a url");
        type(".article-form [name=publishedAt]", "2024-02-30");
        type(".article-form [name=text]", "Kept text.");
        click(".article-form button[type=submit]");
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-field=url] .field-error")));
        assertEquals("true", driver.findElement(By.cssSelector(".article-form [name=url]")).getAttribute("aria-invalid"));
        assertFalse(text("[data-field=publishedAt] .field-error").isBlank(), "the date's error is beside the date");
        assertEquals("Kept text.", value(".article-form [name=text]"));

        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            type(".article-form [name=url]", "https://example.org/kept");
            type(".article-form [name=publishedAt]", "2024-11-16");
            click(".article-form button[type=submit]");
            wait(d -> text(".article-form .form-message").contains("could not be reached"));
            assertEquals("Kept title", value(".article-form [name=title]"), "nothing typed is lost");
            assertEquals("Kept text.", value(".article-form [name=text]"));
        } finally {
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
        click(".article-form button[type=submit]");
        wait(ExpectedConditions.urlContains("/sources/"));
        assertEquals("Kept title", text("h1"), "the same input, sent again once the network is back");
        signOut();
    }

    @Test
    @Order(9)
    void queue_pagesNewestFirst_andShowOlderMovesTheFocusToTheNextPage() {
        String editor = token("pat", "editors");
        api("POST", "/topics", editor, Map.of("id", "desk-paging", "title", "Paging"), null);
        for (int i = 1; i <= 27; i++) {
            api("POST", "/claims", editor, Map.of("topic", "desk-paging", "statement", "Claim number " + i,
                    "eventDate", "2024"), null);
        }
        signIn("fiona", "fact-checkers");
        openScreen("#/topics/desk-paging");
        wait(d -> ((Number) js("return document.querySelectorAll('ol.claims li.claim').length")).intValue() == 25);
        assertEquals("Claim number 27", text("ol.claims li.claim .statement"), "newest first");
        tabTo("button.more").sendKeys(Keys.ENTER);
        wait(d -> ((Number) js("return document.querySelectorAll('ol.claims li.claim').length")).intValue() == 27);
        assertEquals("Claim number 2", driver.switchTo().activeElement().getText(), "focus on the first claim of the page");
        assertEquals(Boolean.TRUE, js("return document.querySelector('ol.claims').nextElementSibling.hidden"),
                "no more pages");
        signOut();
    }

    @Test
    @Order(10)
    void anExpiredAccessToken_isRenewedWithTheRefreshToken() {
        signIn("fiona", "fact-checkers");
        js("const t = JSON.parse(sessionStorage.getItem('factline.desk.tokens')); t.expiresAt = 0;"
                + " sessionStorage.setItem('factline.desk.tokens', JSON.stringify(t));");
        openScreen("#/topics/" + TOPIC);
        long expiresAt = ((Number) js("return JSON.parse(sessionStorage.getItem('factline.desk.tokens')).expiresAt"))
                .longValue();
        assertTrue(expiresAt > System.currentTimeMillis() / 1000, "renewed: " + expiresAt);
        assertEquals("Desk end to end", text("h1"));
        signOut();
    }

    static final Path SHOTS = Path.of("target", "desk");

    /** Every screen of the desk, by name, as the editor sees it after the workflow above. */
    static Map<String, String> screens() {
        Map<String, String> screens = new java.util.LinkedHashMap<>();
        screens.put("topics", "#/");
        screens.put("topic", "#/topics/" + TOPIC);
        screens.put("source", "#/topics/" + TOPIC + "/sources/" + sourceOf(claims.get(0)));
        screens.put("claim", "#/claims/" + claims.get(0));
        screens.put("claim-withdrawn", "#/claims/" + claims.get(1));
        screens.put("timeline", "#/topics/" + TOPIC + "/timeline");
        return screens;
    }

    @Test
    @Order(7)
    void everyScreen_fitsAt320PixelsWide_andAt1440_withNoSeriousOrCriticalAxeViolation() throws IOException {
        Files.createDirectories(SHOTS);
        driver.get(base + "/desk/");
        checkWidths("signin", () -> wait(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in"))));
        click("#sign-in");
        wait(ExpectedConditions.urlContains("/oauth2/authorize"));
        checkWidths("local-authorize", () -> wait(ExpectedConditions.visibilityOfElementLocated(By.id("username"))));
        driver.navigate().back();
        signIn("eddie", "editors");
        checkWidths("withdraw-dialog", () -> {
            openScreen("#/claims/" + claims.get(0));
            click(".withdraw-open");
            wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.confirm")));
        });
        checkWidths("review-errors", () -> {
            openScreen("#/claims/" + claims.get(0));
            click(".review-form button[type=submit]");
            wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".review-form .field-error")));
        });
        for (Map.Entry<String, String> screen : screens().entrySet()) {
            checkWidths(screen.getKey(), () -> {
                openScreen(screen.getValue());
                if (screen.getKey().equals("source")) {
                    click("li.candidate button");
                }
                if (screen.getKey().equals("timeline")) {
                    wait(d -> "ready".equals(js("return document.querySelector('factline-timeline').dataset.state")));
                }
            });
        }
        signOut();
    }

    /**
     * Loads a screen at 320 px (nothing may scroll sideways) and at 1440 px (a screenshot for docs/),
     * and has axe-core check it at both widths.
     */
    static void checkWidths(String name, Runnable load) throws IOException {
        for (int width : new int[] {320, 1440}) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 400));
            try {
                load.run();
                assertEquals((long) width, js("return window.innerWidth"));
                long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
                assertTrue(scrollWidth <= width, name + " scrolls sideways at " + width + " px: " + scrollWidth);
                Files.write(SHOTS.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
                List<AxeScan.Violation> all = AxeScan.all(driver);
                axeReport.append(name).append(" @").append(width).append(": ").append(all.size())
                        .append(" violation(s)").append(all.isEmpty() ? "" : " " + all).append('\n');
                assertEquals(List.of(), AxeScan.run(driver), "axe, serious or critical, on " + name + " at " + width);
            } finally {
                driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
    }

    /** Every axe finding of every screen, whatever its impact, written to target/desk/axe.txt. */
    static final StringBuilder axeReport = new StringBuilder();

    @AfterAll
    static void writeAxeReport() throws IOException {
        if (axeReport.length() > 0) {
            Files.writeString(SHOTS.resolve("axe.txt"), axeReport);
        }
    }

    static String sourceOf(String claimId) {
        return api("GET", "/claims/" + claimId, token("fiona", "fact-checkers"), null, null).get("source").get("id")
                .asText();
    }

    @Test
    @Order(11)
    void keyboardOnly_anEditorReviewsAClaim_andWithdrawsItAfterTheConfirmation() {
        signInWithKeyboard("kay", "editors");
        tabTo("tr[data-topic=" + TOPIC + "] a").sendKeys(Keys.ENTER);
        wait(ExpectedConditions.urlContains("#/topics/" + TOPIC));
        wait(d -> ((Number) js("return document.querySelectorAll('ol.claims li.claim').length")).intValue() > 0);
        tabTo("ol.claims li.claim a").sendKeys(Keys.ENTER);
        wait(ExpectedConditions.urlContains("#/claims/"));
        tabTo(".review-form [name=rating]").sendKeys(Keys.ARROW_DOWN);
        assertEquals("accurate", value(".review-form [name=rating]"), "the rating is chosen with the arrow keys");
        tabTo(".review-form [name=explanation]").sendKeys("Checked with the keyboard alone.");
        tabTo(".review-form button[type=submit]").sendKeys(Keys.ENTER);
        wait(d -> text(".review-form .form-message").contains("Review saved"));
        assertEquals("reviewed", text("dd.status"));

        tabTo(".withdraw-open").sendKeys(Keys.ENTER);
        assertEquals("reason", js("return document.activeElement.name"), "the confirmation opens with the focus in it");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait(d -> Boolean.FALSE.equals(js("return document.querySelector('dialog.confirm').open")));
        assertEquals(Boolean.TRUE, js("return document.activeElement.classList.contains('withdraw-open')"),
                "Escape cancels and the focus returns to the button");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new Actions(driver).sendKeys("Checked twice.").perform();
        tabTo(".withdraw-form button[type=submit]").sendKeys(Keys.ENTER);
        wait(d -> "withdrawn".equals(js("return document.querySelector('dd.status').textContent")));
        signOut();
    }

    @Test
    @Order(12)
    void a503_saysSo_keepsTheClaimForm_andTheRetrySendsTheSameIdempotencyKey() {
        WebElement candidate = openClaimFormAsFiona("The city council approved");
        WebElement form = candidate.findElement(By.cssSelector("form.claim-form"));
        form.findElement(By.name("statement")).sendKeys("Sent once despite a 503.");
        form.findElement(By.name("dateChecked")).click();
        // The next POST /claims is answered 503 by the page's fetch, as API Gateway would when
        // DynamoDB is throttled; every Idempotency-Key sent is recorded.
        js("""
                window.__keys = [];
                const real = window.fetch;
                let failNext = true;
                window.fetch = (url, init = {}) => {
                  if (String(url).endsWith('/claims') && init.method === 'POST') {
                    window.__keys.push(init.headers['Idempotency-Key']);
                    if (failNext) {
                      failNext = false;
                      return Promise.resolve(new Response(JSON.stringify({type: 'urn:factline:problem:unavailable',
                        title: 'Service unavailable', status: 503, detail: 'try again'}),
                        {status: 503, headers: {'Content-Type': 'application/problem+json', 'Retry-After': '2'}}));
                    }
                  }
                  return real(url, init);
                };""");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait(d -> form.findElement(By.cssSelector(".form-message")).getText().contains("try again in 2 s"));
        assertEquals("Sent once despite a 503.", form.findElement(By.name("statement")).getAttribute("value"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait(d -> candidate.findElements(By.cssSelector(".success a")).stream().findFirst().orElse(null));
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) js("return window.__keys");
        assertEquals(2, keys.size());
        assertEquals(keys.get(0), keys.get(1), "the retry reuses the form's Idempotency-Key");
        long stored = java.util.stream.StreamSupport.stream(api("GET", "/claims?topic=" + TOPIC + "&status=pending&limit=100",
                token("fiona", "fact-checkers"), null, null).get("items").spliterator(), false)
                .filter(c -> c.get("statement").asText().equals("Sent once despite a 503.")).count();
        assertEquals(1, stored);
        signOut();
    }

    @Test
    @Order(13)
    void aDateTypedByHand_needsNoTick_andIsRecordedAsDatedByHand() {
        WebElement candidate = openClaimFormAsFiona("The city council approved");
        WebElement form = candidate.findElement(By.cssSelector("form.claim-form"));
        form.findElement(By.name("statement")).sendKeys("Dated by hand.");
        form.findElement(By.name("eventDate")).clear();
        form.findElement(By.name("eventDate")).sendKeys("2024-11-13");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement done = wait(d -> candidate.findElements(By.cssSelector(".success a")).stream().findFirst().orElse(null));
        JsonNode claim = api("GET", "/claims/" + done.getAttribute("href").replaceFirst(".*#/claims/", ""),
                token("fiona", "fact-checkers"), null, null);
        assertEquals("2024-11-13", claim.get("eventDate").asText());
        assertEquals("by-hand", claim.at("/dateProvenance/method").asText(), "not credited to the candidate: " + claim);
        assertTrue(claim.at("/dateProvenance/phrase").isNull(), claim.toString());
        signOut();
    }

    /** Signs Fiona in, opens the first claim's source and the claim form of the candidate starting so. */
    private static WebElement openClaimFormAsFiona(String quoteStart) {
        signIn("fiona", "fact-checkers");
        openScreen("#/topics/" + TOPIC + "/sources/" + sourceOf(claims.get(0)));
        WebElement candidate = candidate(quoteStart);
        candidate.findElement(By.cssSelector("button")).click();
        return candidate;
    }

    static void signInWithKeyboard(String user, String group) {
        driver.get(base + "/desk/");
        tabTo("#sign-in").sendKeys(Keys.ENTER);
        wait(ExpectedConditions.urlContains("/oauth2/authorize"));
        tabTo("#username").sendKeys(user);
        tabTo("#group-" + group).sendKeys(Keys.SPACE);
        tabTo("button[type=submit]").sendKeys(Keys.ENTER);
        wait(d -> user.equals(js("const u = document.querySelector('.who .user'); return u && u.textContent")));
    }

    /** Presses Tab until the element matching {@code css} has the focus (at most 80 times). */
    static WebElement tabTo(String css) {
        for (int i = 0; i < 80; i++) {
            if (Boolean.TRUE.equals(js("return document.activeElement.matches(arguments[0])", css))) {
                return driver.switchTo().activeElement();
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + css + " on " + driver.getCurrentUrl());
    }

    /** Opens a desk screen and waits for it to be rendered (its heading takes the focus). */
    static void openScreen(String hash) {
        if (driver.getCurrentUrl().equals(base + "/desk/" + hash)) {
            driver.navigate().refresh();
        } else {
            driver.get(base + "/desk/" + hash);
        }
        wait(d -> Boolean.TRUE.equals(js("const a = document.activeElement; return a && a.tagName === 'H1'"
                + " && !document.querySelector('main > * > p.status:only-child')")));
    }

    private static WebElement candidate(String quoteStart) {
        return wait(d -> d.findElements(By.cssSelector("li.candidate")).stream()
                .filter(li -> li.findElement(By.cssSelector(".quote")).getText().replaceFirst("^\\d+", "")
                        .startsWith(quoteStart)).findFirst().orElse(null));
    }

    /**
     * Opens the candidate's claim form (unless it is open), fills it, ticks that the proposed date was checked and
     * submits it (twice at once when asked).
     */
    private static String makeClaim(WebElement candidate, String statement, String claimant, boolean doubleClick) {
        if (candidate.findElements(By.cssSelector("form.claim-form")).isEmpty()) {
            candidate.findElement(By.cssSelector("button")).click();
        }
        WebElement form = candidate.findElement(By.cssSelector("form.claim-form"));
        assertTrue(form.findElement(By.name("quote")).getAttribute("value").length() > 20, "the quote is pre-filled");
        form.findElement(By.name("statement")).clear();
        form.findElement(By.name("statement")).sendKeys(statement);
        form.findElement(By.name("claimant")).sendKeys(claimant);
        form.findElement(By.name("dateChecked")).click();
        WebElement submit = form.findElement(By.cssSelector("button[type=submit]"));
        if (doubleClick) {
            js("arguments[0].click(); arguments[0].click();", submit);
        } else {
            submit.click();
        }
        WebElement done = wait(d -> candidate.findElements(By.cssSelector(".success a")).stream().findFirst().orElse(null));
        return done.getAttribute("href").replaceFirst(".*#/claims/", "");
    }

    private static void openClaim(String id) {
        driver.get(base + "/desk/#/claims/" + id);
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".statement.big")));
    }

    private static void review(String rating, String explanation, String url, String title) {
        fillReview(rating, explanation, url, title);
        click(".review-form button[type=submit]");
    }

    private static void fillReview(String rating, String explanation, String url, String title) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector(".review-form [name=rating]")))
                .selectByValue(rating);
        type(".review-form [name=explanation]", explanation);
        if (url != null) {
            type(".review-form [data-part=url]", url);
            type(".review-form [data-part=title]", title);
        }
    }

    static String token(String user, String... groups) {
        return TOKENS.mint(user, List.of(groups));
    }

    /** The API called directly, as another user or a reader would. */
    static JsonNode api(String method, String path, String token, Object body, String ifMatch) {
        try {
            HttpResponse<String> response = FactlineLocalIT.send(FactlineLocalIT.request(base + path, method, token,
                    body, ifMatch));
            assertTrue(response.statusCode() < 300, method + " " + path + ": " + response.statusCode() + " "
                    + response.body());
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void type(String css, String text) {
        WebElement field = wait(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        field.clear();
        field.sendKeys(text);
    }

    static String value(String css) {
        return driver.findElement(By.cssSelector(css)).getAttribute("value");
    }

    // ---- helpers ----

    static void signIn(String user, String... groups) {
        driver.get(base + "/desk/");
        click("#sign-in");
        wait(ExpectedConditions.urlContains("/oauth2/authorize"));
        assertTrue(driver.getPageSource().contains("LOCAL ONLY"));
        driver.findElement(By.id("username")).sendKeys(user);
        for (String group : groups) {
            driver.findElement(By.id("group-" + group)).click();
        }
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait(d -> user.equals(js("const u = document.querySelector('.who .user'); return u && u.textContent")));
    }

    static void signOut() {
        click(".who button");
        wait(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    }

    static void click(String css) {
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    static String text(String css) {
        return wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
    }

    static <T> T wait(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out on " + driver.getCurrentUrl() + "\nconsole:\n" + browser.console()
                    + "\npage:\n" + js("return document.body ? document.body.innerText : ''"), e);
        }
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
