package dev.factline.template;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's promises that a script can check: CI runs exactly its test command. */
class ReadmeTest {

    private static final Pattern TEST_SECTION =
            Pattern.compile("## Run the tests\\s+```sh\\n([^\\n]+)\\n```");

    @Test
    void ciScript_runsExactlyTheReadmesTestCommand() {
        Matcher m = TEST_SECTION.matcher(ProjectFiles.text("README.md"));
        assertTrue(m.find(), "README.md needs a '## Run the tests' section opening with a one-line sh block");
        List<String> lines = ProjectFiles.text(".ci/run").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(m.group(1).strip(), lines.get(lines.size() - 1));
    }
}
