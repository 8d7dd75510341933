package dev.factline.service;

import dev.factline.model.QuoteLocation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteMatcherTest {

    private static final String TEXT = "It will be Mr Biden\u2019s last check-in with Mr Xi \u2013 someone the Democrat saw"
            + " as his most consequential peer.\n\nMr Biden called it \u201cdangerous and destabilising\n cooperation\u201d.";

    @Test
    void quote_typedWithAsciiPunctuation_matchesTypographicText() {
        assertTrue(QuoteMatcher.occursIn("Mr Biden's last check-in with Mr Xi - someone", TEXT));
        assertTrue(QuoteMatcher.occursIn("called it \"dangerous and destabilising cooperation\"", TEXT));
    }

    @Test
    void quote_withOtherWhitespace_matches() {
        assertTrue(QuoteMatcher.occursIn("  peer.   Mr\tBiden\u00A0called it ", TEXT));
    }

    @Test
    void quote_withChangedWords_caseOrSpelling_doesNotMatch() {
        assertFalse(QuoteMatcher.occursIn("Mr Biden's final check-in", TEXT));
        assertFalse(QuoteMatcher.occursIn("mr biden called it", TEXT));
        assertFalse(QuoteMatcher.occursIn("dangerous and destabilizing cooperation", TEXT));
        assertFalse(QuoteMatcher.occursIn("check-inwith", TEXT));
    }

    @Test
    void blankQuote_neverMatches() {
        assertFalse(QuoteMatcher.occursIn(" \n ", TEXT));
    }

    @Test
    void normalize_foldsDashesQuotesAndWhitespace() {
        assertEquals("a - b - c 'd' \"e\"",
                QuoteMatcher.normalize(" a \u2014 b \u2212 c\n\n\u2018d\u2019 \u201Ce\u201D "));
    }

    @Test
    void locate_givesCodePointOffsetsIntoTheNormalizedText_andItsSha256() throws Exception {
        String text = "\uD83D\uDCF0  Mr Biden called it \u201cdangerous\u201d.";
        QuoteLocation location = QuoteMatcher.locate("called it \"dangerous\"", text).orElseThrow();

        String normalized = QuoteMatcher.normalize(text);
        assertEquals("\uD83D\uDCF0 Mr Biden called it \"dangerous\".", normalized);
        int[] codePoints = normalized.codePoints().toArray();
        assertEquals("called it \"dangerous\"", new String(codePoints, location.start(),
                location.end() - location.start()));
        assertEquals(11, location.start(), "the emoji counts as one code point");
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(normalized.getBytes(java.nio.charset.StandardCharsets.UTF_8))), location.sourceSha256());
        assertEquals(location.sourceSha256(), QuoteMatcher.normalizedSha256(text));
    }

    @Test
    void locate_whenTheQuoteIsNotInTheText_isEmpty() {
        assertTrue(QuoteMatcher.locate("never said", TEXT).isEmpty());
        assertTrue(QuoteMatcher.locate("  ", TEXT).isEmpty());
    }
}
