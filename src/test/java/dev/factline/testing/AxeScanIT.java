package dev.factline.testing;

import dev.factline.local.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The axe helper itself, in headless Chromium: it finds what it should and nothing on a clean page. */
class AxeScanIT {

    private static final String HEAD = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
            + "<title>axe check</title></head><body><main><h1>A page</h1>";

    private static String skipReason;
    private static Browser browser;

    @TempDir
    Path pages;

    @BeforeAll
    static void start() throws IOException {
        skipReason = Browser.skipReason(AxeScanIT.class);
        if (skipReason == null) {
            browser = Browser.start(1024, 768);
        }
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
    }

    @Test
    void run_onAPageWithAnUnnamedButtonAndAnImageWithoutAlt_reportsBothAsBlocking() throws IOException {
        open(HEAD + "<button></button><img src=\"x.png\"></main></body></html>");

        List<AxeScan.Violation> violations = AxeScan.run(browser.driver);

        assertEquals(List.of("button-name", "image-alt"),
                violations.stream().map(AxeScan.Violation::id).sorted().toList(), violations.toString());
        assertTrue(violations.stream().allMatch(v -> AxeScan.BLOCKING.contains(v.impact())));
        assertTrue(violations.get(0).targets().get(0).contains("<"), "names the element: " + violations);
    }

    @Test
    void run_onAnAccessiblePageUnderAStrictCsp_reportsNothing() throws IOException {
        open(HEAD + "<p>Plain text, <a href=\"#top\">a named link</a>.</p>"
                + "<button type=\"button\">Named</button></main></body></html>");

        assertEquals(List.of(), AxeScan.run(browser.driver));
    }

    private void open(String html) throws IOException {
        Path page = pages.resolve("page.html");
        Files.writeString(page, html);
        browser.driver.get(page.toUri().toString());
    }
}
