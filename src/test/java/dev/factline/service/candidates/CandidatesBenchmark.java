package dev.factline.service.candidates;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints how long candidate extraction takes on the largest text a source may hold (100 000
 * characters): the seed article repeated, and one long run-on paragraph full of dates and
 * verbs. Run after {@code mvn -q test-compile}:
 * {@code java -cp target/classes:target/test-classes dev.factline.service.candidates.CandidatesBenchmark}
 */
public final class CandidatesBenchmark {

    private static final int MAX_TEXT = 100_000;
    private static final int WARM_UP = 20;
    private static final int RUNS = 50;

    private CandidatesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String seed;
        try (InputStream in = CandidatesBenchmark.class.getClassLoader()
                .getResourceAsStream("seed/biden-xi-apec-2024.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        LocalDate published = LocalDate.parse("2024-11-16");
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("seed article", seed);
        texts.put("seed article repeated to 100 000 chars", fill(seed + "\n\n"));
        texts.put("one run-on paragraph of 100 000 chars", fill("on Friday he said it was 5% more than last year and "));
        texts.values().forEach(text -> run(text, published, WARM_UP));
        texts.forEach((name, text) -> measure(name, text, published));
    }

    private static List<Candidate> run(String text, LocalDate published, int times) {
        List<Candidate> candidates = List.of();
        for (int i = 0; i < times; i++) {
            candidates = CandidateExtractor.extract(text, published);
        }
        return candidates;
    }

    private static String fill(String unit) {
        StringBuilder text = new StringBuilder(MAX_TEXT);
        while (text.length() + unit.length() <= MAX_TEXT) {
            text.append(unit);
        }
        return text.toString();
    }

    private static void measure(String name, String text, LocalDate published) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        List<Candidate> candidates = run(text, published, RUNS);
        double millis = (System.nanoTime() - start) / 1e6 / RUNS;
        double allocatedMiB = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / (double) RUNS / (1 << 20);
        System.out.printf("%-40s %7d chars %5d candidates %8.2f ms %8.1f MiB allocated per call%n", name,
                text.length(), candidates.size(), millis, allocatedMiB);
    }
}
