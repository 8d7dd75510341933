package dev.factline.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A smoke run of bench/run.sh's harness, one round and a few warm calls: every function of the
 * shaded jar answers its events/ file with success in a cold JVM, and the success paths make
 * the DynamoDB requests the store promises. The figures themselves are the benchmark's to print.
 */
class BenchmarkHarnessIT {

    @Test
    void oneRound_runsEveryFunctionFromTheJarAndCountsItsRequests(@TempDir Path out) throws Exception {
        Benchmark.Report report = new Benchmark(new Benchmark.Options(1, 3, 5, out)).run();

        List<String> functions = BenchFunction.ALL.stream().map(BenchFunction::name).toList();
        assertEquals(functions, List.copyOf(report.cold().keySet()));
        report.cold().values().forEach(samples -> {
            assertEquals(1, samples.size());
            assertTrue(samples.get(0).rssKb() > 0, "the child reports its peak RSS");
        });
        assertEquals(functions.size(), report.sdkFloor().size());
        assertEquals(1, report.jvmFloor().size());
        List<String> warmRuns = new java.util.ArrayList<>(functions);
        warmRuns.addAll(List.of("GetTimeline, rendered every call", "GetFeed, rendered every call"));
        assertEquals(warmRuns, report.warm().stream().map(Warm.Result::function).toList());
        for (Warm.Result warm : report.warm()) {
            Integer most = Table.REQUEST_TARGETS.get(warm.function());
            assertTrue(warm.minRequests() >= 1, warm.function() + " reads or writes the table");
            if (most != null) {
                assertTrue(warm.maxRequests() <= most, warm.function() + " made " + warm.operations());
            }
            assertFalse(Double.isNaN(warm.capacityUnits()), warm.function() + " reports consumed capacity");
        }
        assertEquals(List.of("Query"), warmOf(report, "GetTimeline").operations());
        assertEquals(List.of("BatchGetItem", "PutItem"), warmOf(report, "SubmitClaim").operations());
        assertEquals(List.of("Query"), warmOf(report, "GetFeed, rendered every call").operations());
        assertTrue(Table.render(report).contains("| WithdrawClaim |"));
        assertTrue(Table.render(report).contains("| GetTimeline, rendered every call | |"));
    }

    private static Warm.Result warmOf(Benchmark.Report report, String function) {
        return report.warm().stream().filter(w -> w.function().equals(function)).findFirst().orElseThrow();
    }
}
