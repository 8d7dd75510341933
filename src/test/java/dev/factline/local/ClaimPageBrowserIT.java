package dev.factline.local;

import dev.factline.model.Claim;
import dev.factline.service.NewClaim;
import dev.factline.service.NewReview;
import dev.factline.testing.AxeScan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A published claim's HTML page in Debian's headless Chromium, served by Factline Local with the
 * seed topic: it renders with no script allowed to run, has no serious or critical axe
 * violation at 320 px and at desktop width, and shows markup in a statement as text.
 */
class ClaimPageBrowserIT {

    private static final String XSS = "<img src=x onerror=\"window.__xss=1\"> & </script>";
    private static final String XSS_TOPIC = "claim-page-xss-check";
    private static final Path SCREENSHOT = Path.of("target", "claim-page.png");

    private static String skipReason;
    private static FactlineLocal.Running running;
    private static String base;
    private static Browser browser;
    private static ChromeDriver driver;
    private static String fridayClaim;
    private static String hostileClaim;

    @BeforeAll
    static void start() throws IOException {
        skipReason = Browser.skipReason(ClaimPageBrowserIT.class);
        if (skipReason != null) {
            return;
        }
        running = FactlineLocal.start(new FactlineLocal.Options(0, null, true, Path.of("")));
        base = "http://127.0.0.1:" + running.port();
        fridayClaim = running.services().claims().list(new dev.factline.service.ClaimService.ClaimQuery(
                        "biden-xi-apec-2024", dev.factline.model.ClaimStatus.REVIEWED, 50, null)).items().stream()
                .filter(c -> c.quote() != null && c.quote().startsWith("On Friday")).findFirst().orElseThrow().id();
        Claim hostile = running.services().claims().submit(new NewClaim(XSS_TOPIC, XSS, "2024-11", null, XSS,
                null, null), "fc-page", null).claim();
        hostileClaim = running.services().claims().review(hostile.id(), hostile.version(),
                new NewReview("false", XSS, List.of(new NewReview.NewEvidence("https://example.org/e", XSS))),
                "ed-page").id();
        browser = Browser.start(1280, 1000);
        driver = browser.driver;
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
    void seedClaimPage_rendersWithNoScriptAllowed_showingVerdictDateBasisAndQuote() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        open("biden-xi-apec-2024", fridayClaim);

        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("Biden, Yoon and Ishiba condemned"));
        assertEquals("Accurate", driver.findElement(By.cssSelector(".verdict strong")).getText());
        String text = driver.findElement(By.tagName("main")).getText();
        assertTrue(text.contains("15 November 2024"), text);
        assertTrue(text.contains("From the words \u201COn Friday\u201D in the source, counted from 16 November 2024"),
                text);
        assertTrue(text.contains("SHA-256"), text);
        assertEquals(1, driver.findElements(By.cssSelector("script")).size(), "only the ld+json data block");
        assertEquals("application/ld+json",
                driver.findElement(By.cssSelector("script")).getAttribute("type"));
        assertFalse(browser.console().contains("Content Security Policy"), "nothing blocked: " + browser.console());
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, driver.getScreenshotAs(OutputType.BYTES));
        assertEquals(List.of(), AxeScan.run(driver), "axe, serious or critical, at desktop width");
    }

    @Test
    void seedClaimPage_withJavaScriptDisabled_showsEverythingAndLinksToItself() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        try {
            open("biden-xi-apec-2024", fridayClaim);
            assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("Biden, Yoon and Ishiba"));
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("On Friday"));
            assertEquals(base + "/timelines/biden-xi-apec-2024/claims/" + fridayClaim + "?format=html",
                    driver.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href"),
                    "the canonical link names the host and scheme the page was reached by");
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        }
    }

    @Test
    void seedClaimPage_at320px_fitsAndHasNoSeriousOrCriticalAxeViolation() {
        driver.manage().window().setSize(new Dimension(320, 900));
        open("biden-xi-apec-2024", fridayClaim);
        long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, overflow, "nothing scrolls sideways at 320 px");
        assertEquals(List.of(), AxeScan.run(driver), "axe, serious or critical, at 320 px");
    }

    @Test
    void markupInAStatement_isShownAsText_andNeverRuns() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        open(XSS_TOPIC, hostileClaim);
        assertEquals(XSS, driver.findElement(By.tagName("h1")).getText());
        assertEquals(0, driver.findElements(By.cssSelector("main img")).size());
        assertEquals(null, driver.executeScript("return window.__xss === undefined ? null : window.__xss;"));
        assertEquals(1, driver.findElements(By.cssSelector("script")).size(), "the statement closed no script");
        assertEquals(List.of(), AxeScan.run(driver));
    }

    private static void open(String topic, String id) {
        driver.get(base + "/timelines/" + topic + "/claims/" + id + "?format=html");
    }
}
