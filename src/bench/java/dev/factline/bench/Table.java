package dev.factline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's one table, in Markdown, with the targets of issue 6 checked below it. */
final class Table {

    static final double COLD_TARGET = 1.15;
    static final double RSS_TARGET = 1.15;
    static final double WARM_OVERHEAD_TARGET = 0.10;
    static final long JAR_TARGET_BYTES = 10_500_000;
    /** The most DynamoDB requests each operation may make on its success path. */
    static final Map<String, Integer> REQUEST_TARGETS = Map.of(
            "GetTimeline", 1, "GetFeed", 1, "GetClaim", 1, "ReviewClaim", 1, "WithdrawClaim", 1, "SubmitClaim", 2);

    private Table() {
    }

    static String render(Benchmark.Report report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Lambda jar target/factline.jar: %,d bytes, %,d classes%n",
                report.jarBytes(), report.jarClasses()));
        out.append("Machine: ").append(report.machine()).append('\n');
        int rounds = report.jvmFloor().size();
        out.append(String.format(Locale.ROOT, "Cold: %d runs per function, each beside an SDK-floor run (%d in all)"
                + " and %d JVM-floor runs, interleaved; JVM flags %s%n", rounds, report.sdkFloor().size(), rounds,
                String.join(" ", Benchmark.LAMBDA_JVM_FLAGS)));
        out.append('\n');
        out.append("| Function | cold median ms | min–max ms | × SDK floor (paired, IQR) | × JVM floor"
                + " | peak RSS MiB | RSS × SDK floor | warm handler p50 / p99 ms | its DynamoDB p50 / p99 ms"
                + " | overhead p50 | DynamoDB requests | capacity units |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
        double sdkMedian = medianNanos(report.sdkFloor());
        double jvmMedian = medianNanos(report.jvmFloor());
        double sdkRss = medianRss(report.sdkFloor());
        for (Map.Entry<String, List<Benchmark.Sample>> entry : report.cold().entrySet()) {
            List<Benchmark.Sample> samples = entry.getValue();
            double[] ratios = report.pairedRatios().get(entry.getKey()).stream().mapToDouble(Double::doubleValue)
                    .toArray();
            Warm.Result warm = report.warm().stream().filter(w -> w.function().equals(entry.getKey())).findFirst()
                    .orElse(null);
            out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f–%.0f | %.3f (%.3f–%.3f) | %.2f | %.1f | %.3f | %s | %s"
                            + " | %s | %s | %s |%n",
                    entry.getKey(), medianNanos(samples) / 1e6, minNanos(samples) / 1e6, maxNanos(samples) / 1e6,
                    Benchmark.median(ratios), quantile(ratios, 0.25), quantile(ratios, 0.75),
                    medianNanos(samples) / jvmMedian, medianRss(samples) / 1024, medianRss(samples) / sdkRss,
                    warm == null ? "–" : ms(warm.handlerP50Nanos()) + " / " + ms(warm.handlerP99Nanos()),
                    warm == null ? "–" : ms(warm.dynamoP50Nanos()) + " / " + ms(warm.dynamoP99Nanos()),
                    warm == null ? "–" : percent(overhead(warm)),
                    warm == null ? "–" : requests(warm),
                    warm == null || Double.isNaN(warm.capacityUnits()) ? "–"
                            : String.format(Locale.ROOT, "%.1f", warm.capacityUnits())));
        }
        for (Warm.Result warm : report.warm()) {
            if (!report.cold().containsKey(warm.function())) {
                out.append(String.format(Locale.ROOT, "| %s | | | | | | | %s | %s | %s | %s | %s |%n", warm.function(),
                        ms(warm.handlerP50Nanos()) + " / " + ms(warm.handlerP99Nanos()),
                        ms(warm.dynamoP50Nanos()) + " / " + ms(warm.dynamoP99Nanos()), percent(overhead(warm)),
                        requests(warm), Double.isNaN(warm.capacityUnits()) ? "–"
                                : String.format(Locale.ROOT, "%.1f", warm.capacityUnits())));
            }
        }
        out.append(String.format(Locale.ROOT, "| SDK floor | %.0f | %.0f–%.0f | 1 | %.2f | %.1f | 1 | | | | 1 GetItem | |%n",
                sdkMedian / 1e6, minNanos(report.sdkFloor()) / 1e6, maxNanos(report.sdkFloor()) / 1e6,
                sdkMedian / jvmMedian, sdkRss / 1024));
        out.append(String.format(Locale.ROOT, "| JVM floor | %.0f | %.0f–%.0f | %.3f | 1 | %.1f | %.3f | | | | 1 GetItem | |%n",
                jvmMedian / 1e6, minNanos(report.jvmFloor()) / 1e6, maxNanos(report.jvmFloor()) / 1e6,
                jvmMedian / sdkMedian, medianRss(report.jvmFloor()) / 1024, medianRss(report.jvmFloor()) / sdkRss));
        out.append('\n').append(targets(report, sdkRss));
        return out.toString();
    }

    private static String targets(Benchmark.Report report, double sdkRss) {
        List<String> lines = new ArrayList<>();
        lines.add(check(report.jarBytes() <= JAR_TARGET_BYTES, String.format(Locale.ROOT,
                "jar ≤ %,d bytes: %,d", JAR_TARGET_BYTES, report.jarBytes())));
        for (Map.Entry<String, List<Double>> entry : report.pairedRatios().entrySet()) {
            double ratio = Benchmark.median(entry.getValue().stream().mapToDouble(Double::doubleValue).toArray());
            double rss = medianRss(report.cold().get(entry.getKey())) / sdkRss;
            lines.add(check(ratio <= COLD_TARGET && rss <= RSS_TARGET, String.format(Locale.ROOT,
                    "%s cold ≤ %.2f × SDK floor: %.3f; RSS ≤ %.2f ×: %.3f", entry.getKey(), COLD_TARGET, ratio,
                    RSS_TARGET, rss)));
        }
        for (Warm.Result warm : report.warm()) {
            lines.add(check(overhead(warm) <= WARM_OVERHEAD_TARGET, String.format(Locale.ROOT,
                    "%s warm overhead ≤ %.0f %% at p50: %s", warm.function(), WARM_OVERHEAD_TARGET * 100,
                    percent(overhead(warm)))));
            Integer most = REQUEST_TARGETS.get(warm.function());
            if (most != null) {
                lines.add(check(warm.maxRequests() <= most, String.format(Locale.ROOT,
                        "%s ≤ %d DynamoDB request(s): %s", warm.function(), most, requests(warm))));
            }
        }
        return "Targets:\n" + String.join("\n", lines) + "\n";
    }

    private static String check(boolean met, String text) {
        return (met ? "- met:     " : "- NOT met: ") + text;
    }

    static double overhead(Warm.Result warm) {
        return (double) warm.handlerP50Nanos() / warm.dynamoP50Nanos() - 1;
    }

    private static String requests(Warm.Result warm) {
        String count = warm.minRequests() == warm.maxRequests() ? Integer.toString(warm.maxRequests())
                : warm.minRequests() + "–" + warm.maxRequests();
        return count + " (" + String.join(" + ", warm.operations()) + ")";
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f %%", fraction * 100);
    }

    static double medianNanos(List<Benchmark.Sample> samples) {
        return Benchmark.median(samples.stream().mapToDouble(Benchmark.Sample::nanos).toArray());
    }

    static double medianRss(List<Benchmark.Sample> samples) {
        return Benchmark.median(samples.stream().mapToDouble(Benchmark.Sample::rssKb).toArray());
    }

    private static double minNanos(List<Benchmark.Sample> samples) {
        return samples.stream().mapToLong(Benchmark.Sample::nanos).min().orElse(0);
    }

    private static double maxNanos(List<Benchmark.Sample> samples) {
        return samples.stream().mapToLong(Benchmark.Sample::nanos).max().orElse(0);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = (int) Math.ceil(position);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }
}
