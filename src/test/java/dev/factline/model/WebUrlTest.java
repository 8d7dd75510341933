package dev.factline.model;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WebUrlTest {

    @Test
    void parse_ofAnHttpOrHttpsUrlWithAHost_isThatUrl() {
        for (String url : new String[]{"https://example.org/a?b#c", "http://127.0.0.1:8000", "HTTPS://Example.org"}) {
            assertEquals(Optional.of(URI.create(url)), WebUrl.parse(url), url);
        }
    }

    @Test
    void parse_ofAnythingElse_isNone() {
        for (String notWeb : new String[]{"ftp://example.org", "javascript:alert(1)", "/relative", "https:///no-host",
                "https://exa mple.org", "urn:isbn:123", ""}) {
            assertEquals(Optional.empty(), WebUrl.parse(notWeb), notWeb);
        }
        assertEquals(Optional.empty(), WebUrl.parse(null));
    }
}
