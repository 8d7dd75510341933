package dev.factline.template;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's "Fuzzing" paragraph names the number of corpus inputs every test run replays. */
class ReadmeFuzzingTest {

    private static final Path CORPUS =
            ProjectFiles.root().resolve("src/test/resources/dev/factline/handler/RequestFuzzTestInputs");
    private static final Pattern COUNT = Pattern.compile("replays the (\\d+) corpus inputs");

    @Test
    void readme_statesTheNumberOfCorpusInputs() throws IOException {
        Matcher m = COUNT.matcher(ProjectFiles.text("README.md").replaceAll("\\s+", " "));
        assertTrue(m.find(), "README.md's Fuzzing paragraph says how many corpus inputs are replayed");
        try (Stream<Path> files = Files.walk(CORPUS)) {
            assertEquals(files.filter(Files::isRegularFile).count(), Long.parseLong(m.group(1)));
        }
    }
}
