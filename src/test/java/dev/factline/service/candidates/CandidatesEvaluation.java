package dev.factline.service.candidates;

import dev.factline.service.candidates.EvaluationSet.Outcome;
import dev.factline.service.candidates.EvaluationSet.Scored;

import java.util.List;

/**
 * Prints, for each half of the evaluation set, the share of sentences whose proposed date is
 * right, the share left undated that a reader would date, and the share given a wrong date
 * (a date where the reader gives none counts as wrong). Run after {@code mvn -q test-compile}:
 * {@code java -cp target/classes:target/test-classes dev.factline.service.candidates.CandidatesEvaluation}
 * <p>{@code --show dev} also lists the dev half's undated and wrong sentences with the basis of
 * each proposed date; the held-out halves ({@code heldout} to {@code heldout81}) are for measuring,
 * never for tuning.
 */
public final class CandidatesEvaluation {

    private CandidatesEvaluation() {
    }

    public static void main(String[] args) {
        String show = args.length == 2 && args[0].equals("--show") ? args[1] : null;
        System.out.printf("%-9s %9s %9s %13s %9s %9s %16s%n", "half", "articles", "sentences", "right", "undated",
                "wrong", "approx. agrees");
        for (String half : List.of("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46", "heldout47", "heldout48", "heldout49", "heldout50", "heldout51", "heldout52", "heldout53", "heldout54", "heldout55", "heldout56", "heldout57", "heldout58", "heldout59", "heldout60", "heldout61", "heldout62", "heldout63", "heldout64", "heldout65", "heldout66", "heldout67", "heldout68", "heldout69", "heldout70", "heldout71", "heldout72", "heldout73", "heldout74", "heldout75", "heldout76", "heldout77", "heldout78", "heldout79", "heldout80", "heldout81")) {
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
