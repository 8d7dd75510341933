package dev.factline.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factline.http.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

    static final String TOPIC = "desk-e2e";
    static final HttpClient HTTP = HttpClient.newHttpClient();
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
