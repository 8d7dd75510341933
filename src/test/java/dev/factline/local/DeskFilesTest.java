package dev.factline.local;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desk's files as shipped: small, and written so that data can only ever become text. */
class DeskFilesTest {

    /** The budget of the issue: all desk JavaScript and CSS together, each file gzipped as served. */
    static final int MAX_GZIPPED_BYTES = 60 * 1024;
    static final Path DESK = Path.of("desk");

    @Test
    void deskJavaScriptAndCss_gzipToAtMost60KiB() throws IOException {
        long total = 0;
        for (Path file : files("js", "css")) {
            total += gzipped(Files.readAllBytes(file));
        }
        System.out.println("desk JS+CSS gzipped: " + total + " bytes (budget " + MAX_GZIPPED_BYTES + ")");
        assertTrue(total > 5_000, "the desk's files are there: " + total);
        assertTrue(total <= MAX_GZIPPED_BYTES, "desk JS+CSS gzipped is " + total + " bytes, over " + MAX_GZIPPED_BYTES);
    }

    @Test
    void deskCode_neverParsesStringsAsHtml_norLoadsAnythingFromAnotherOrigin() throws IOException {
        Pattern unsafe = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function\\(");
        Pattern remote = Pattern.compile("(src|href)=\"(https?:)?//");
        for (Path file : files("js", "html", "css")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertFalse(unsafe.matcher(text).find(), file + " parses a string as HTML or code");
            assertFalse(remote.matcher(text).find(), file + " loads something from another origin");
        }
    }

    @Test
    void indexHtml_hasNoInlineScriptOrStyle_forTheSelfOnlyCsp() throws IOException {
        String html = Files.readString(DESK.resolve("index.html"));
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find(), "an inline <script>");
        assertFalse(html.contains("<style"), "an inline <style>");
        assertFalse(Pattern.compile("\\son[a-z]+=").matcher(html).find(), "an inline event handler");
        assertFalse(html.contains("style=\""), "a style attribute");
        assertEquals(1, Pattern.compile("<script type=\"module\" src=\"app.js\"></script>").matcher(html).results().count());
    }

    private static List<Path> files(String... extensions) throws IOException {
        try (Stream<Path> walk = Files.walk(DESK)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(extensions).anyMatch(e -> p.getFileName().toString().endsWith("." + e)))
                    .sorted().toList();
        }
    }

    private static long gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
