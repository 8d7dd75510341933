package dev.factline.service.candidates;

import dev.factline.model.DatePrecision;
import dev.factline.model.EventDate;
import dev.factline.service.candidates.SentenceSplitter.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Proposes the sentences of a text that carry checkable claims, dated against the
 * publication date. Rule-based and deterministic: the same text and date always give the
 * same candidates, and every date and score can be explained from the sentence.
 *
 * <p>A sentence is a candidate when it has a date (its own or from context) or at least one
 * signal other than a named actor. Its score, in hundredths and capped at 0..1, is the sum of
 * {@link #DATE_POINTS} for a date of its own or {@link #CONTEXT_DATE_POINTS} for one from
 * context, plus {@link Signal#points()} for each signal, minus {@link Label#penalty()} for
 * each label.
 *
 * <p>Context: a sentence without a temporal expression, in the simple past, takes the day of
 * the nearest earlier sentence (at most {@link #CONTEXT_WINDOW} sentences back, captions not
 * counted) whose first expression gives a day on or before publication in the past tense: "On Friday, Mr Biden
 * condemned …" dates "Mr Biden called it …" that follows. Present-perfect, present and future
 * sentences are not dated by context; they speak of no particular day.
 */
public final class CandidateExtractor {

    public static final int DATE_POINTS = 35;
    public static final int CONTEXT_DATE_POINTS = 15;
    public static final int CONTEXT_WINDOW = 3;
    /**
     * The longest quote a claim takes; a longer sentence is cut at a word boundary, and only
     * what is left is read for dates and signals.
     */
    public static final int MAX_QUOTE = 2000;

    private CandidateExtractor() {
    }

    public static List<Candidate> extract(String text, LocalDate published) {
        TemporalResolver resolver = new TemporalResolver(published);
        EventDate publishedDay = TemporalResolver.dayDate(published);
        List<Candidate> candidates = new ArrayList<>();
        ResolvedDate scene = null;
        int sceneIndex = 0;
        int index = 0;
        for (Sentence sentence : SentenceSplitter.split(text)) {
            if (!sentence.caption()) {
                index++;
            }
            // only the part a claim can quote is read, which also bounds the work per sentence
            int end = quoteEnd(text, sentence.start(), sentence.end());
            String content = text.substring(sentence.start(), end);
            List<Tense.Cue> cues = Tense.cues(content);
            List<ResolvedDate> dates = resolver.find(content, sentence.start(), cues);
            List<int[]> spans = dates.stream()
                    .map(d -> new int[] {d.start() - sentence.start(), d.end() - sentence.start()}).toList();
            Set<Signal> signals = SignalDetector.signals(content, spans);
            Set<Label> labels = SignalDetector.labels(content, cues, sentence.caption());

            int points;
            EventDate eventDate = null;
            EventDate endDate = null;
            String dateText = null;
            String dateBasis = null;
            boolean approximate = false;
            if (!dates.isEmpty()) {
                ResolvedDate first = dates.get(0);
                eventDate = first.date();
                endDate = first.endDate();
                dateText = first.text();
                dateBasis = first.basis();
                approximate = first.approximate();
                points = DATE_POINTS;
                if (!sentence.caption() && first.precision() == DatePrecision.DAY && !publishedDay.isBefore(first.date())
                        && Tense.governing(content, cues, first.start() - sentence.start(),
                        first.end() - sentence.start()) == Tense.Kind.PAST) {
                    scene = first;
                    sceneIndex = index;
                }
            } else if (scene != null && !sentence.caption() && index - sceneIndex <= CONTEXT_WINDOW
                    && Tense.isSimplePast(cues)) {
                eventDate = scene.date();
                int back = index - sceneIndex;
                dateBasis = "no date in this sentence, which is in the simple past: the day of "
                        + (back == 1 ? "the sentence before" : "the sentence " + back + " sentences back")
                        + " (\"" + scene.text() + "\", " + scene.date() + ")";
                points = CONTEXT_DATE_POINTS;
            } else {
                points = 0;
            }
            if (eventDate == null && !hasClaimSignal(signals)) {
                continue;
            }
            candidates.add(new Candidate(text.substring(sentence.start(), end), sentence.start(), end, eventDate,
                    endDate, dateText, dateBasis, approximate, dates, signals, labels, score(points, signals, labels)));
        }
        return candidates;
    }

    /** Any signal but a named actor, which nearly every news sentence has. */
    private static boolean hasClaimSignal(Set<Signal> signals) {
        return signals.stream().anyMatch(signal -> signal != Signal.NAMED_ACTOR);
    }

    /** The date's points plus each signal's, minus each label's, in hundredths, within 0..1. */
    private static double score(int datePoints, Set<Signal> signals, Set<Label> labels) {
        int points = datePoints;
        for (Signal signal : signals) {
            points += signal.points();
        }
        for (Label label : labels) {
            points -= label.penalty();
        }
        return Math.max(0, Math.min(100, points)) / 100.0;
    }

    private static int quoteEnd(String text, int start, int end) {
        if (end - start <= MAX_QUOTE) {
            return end;
        }
        int cut = start + MAX_QUOTE;
        while (cut > start && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        while (cut > start && Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        return cut > start ? cut : start + MAX_QUOTE;
    }
}
