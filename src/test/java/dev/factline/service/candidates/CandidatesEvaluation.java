package dev.factline.service.candidates;

import dev.factline.service.candidates.EvaluationSet.Outcome;
import dev.factline.service.candidates.EvaluationSet.Scored;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Prints, for each half of the evaluation set, the share of sentences whose proposed date is
 * right, the share left undated that a reader would date, and the share given a wrong date
 * (a date where the reader gives none counts as wrong). Run after {@code mvn -q test-compile}:
 * {@code java -cp target/classes:target/test-classes dev.factline.service.candidates.CandidatesEvaluation}
 * <p>{@code --show dev} also lists the dev half's undated and wrong sentences with the basis of
 * each proposed date; the held-out halves ({@code heldout} to {@code heldout}{@value #LAST_HELD_OUT}) are for measuring,
 * never for tuning.
 */
public final class CandidatesEvaluation {

    /** The last held-out half written so far. */
    private static final int LAST_HELD_OUT = 609;

    private CandidatesEvaluation() {
    }

    public static void main(String[] args) {
        String show = args.length == 2 && args[0].equals("--show") ? args[1] : null;
        System.out.printf("%-9s %9s %9s %13s %9s %9s %16s%n", "half", "articles", "sentences", "right", "undated",
                "wrong", "approx. agrees");
        for (String half : Stream.concat(Stream.of("dev", "heldout"),
                IntStream.rangeClosed(2, LAST_HELD_OUT).mapToObj(n -> "heldout" + n)).toList()) {
            List<EvaluationSet.Article> articles = EvaluationSet.load(half);
            List<Scored> scored = EvaluationSet.score(articles);
            System.out.println(line(half, articles.size(), scored));
            if (half.equals(show)) {
                details(scored);
            }
        }
    }

    static String line(String half, int articles, List<Scored> scored) {
        int total = scored.size();
        long right = count(scored, Outcome.RIGHT);
        long dated = scored.stream().filter(s -> s.sentence().gold().date() != null).count();
        long datedRight = scored.stream()
                .filter(s -> s.sentence().gold().date() != null && s.outcome() == Outcome.RIGHT).count();
        long approximateAgrees = scored.stream()
                .filter(s -> s.sentence().gold().date() != null && s.outcome() == Outcome.RIGHT)
                .filter(Scored::approximateAgrees).count();
        return String.format("%-9s %9d %9d %6.1f %% (%d/%d dated) %6.1f %% %6.1f %% %9d/%d", half, articles, total,
                percent(right, total), datedRight, dated, percent(count(scored, Outcome.UNDATED), total),
                percent(count(scored, Outcome.WRONG), total), approximateAgrees, datedRight);
    }

    private static void details(List<Scored> scored) {
        for (Scored s : scored) {
            if (s.outcome() == Outcome.RIGHT && (s.sentence().gold().date() == null || s.approximateAgrees())) {
                continue;
            }
            String what = s.outcome() == Outcome.RIGHT ? "APPROX" : s.outcome().name();
            System.out.printf("  %-7s %s | reader %s, proposed %s%n    %s%n", what, s.article().name(),
                    s.sentence().gold(), s.proposed(), s.sentence().text());
            if (s.candidate() != null && s.candidate().dateBasis() != null) {
                System.out.printf("    basis: %s (\"%s\")%n", s.candidate().dateBasis(), s.candidate().dateText());
            }
        }
    }

    static long count(List<Scored> scored, Outcome outcome) {
        return scored.stream().filter(s -> s.outcome() == outcome).count();
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

}
