package dev.factline.service.candidates;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rule-based check-worthiness signals and labels of one sentence. */
final class SignalDetector {

    private static final String COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
            + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|a million|a billion"
            + "|a dozen|half a million";
    private static final Pattern PERCENTAGE = Pattern.compile(
            "(?i)(?<![\\w.])\\d+(?:[.,]\\d+)?\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)");
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)(?<![\\w.])[$€£¥]?\\d[\\d,]*(?:\\.\\d+)?|\\b(?:" + COUNT_WORDS + ")\\b");
    private static final Pattern QUANTITY = Pattern.compile(
            "(?i)(?:(?<![\\w.])\\d[\\d,]*(?:\\.\\d+)?(?:\\s(?:million|billion|trillion))?"
                    + "|\\b(?:" + COUNT_WORDS + "|dozens|hundreds|thousands|tens of thousands|hundreds of thousands"
                    + "|millions|billions|scores))\\s+(?:of\\s+)?(?:[a-z][a-z-]+\\s+){0,2}?"
                    + "(?:people|children|men|women|police|staff|personnel|[a-z]{2,}(?<![su])s)\\b"
                    + "|\\b(?:the\\s+)?(?:vast\\s+)?(?:majority|minority)\\s+of\\b"
                    + "|\\b(?:half|a third|two thirds|a quarter)\\s+of\\b");
    private static final Pattern REPORTING = Pattern.compile(
            "(?i)\\b(?:said|says|say|told|tells|announced|announces|stated|states|claimed|claims|condemned|condemns"
                    + "|called it|calls it|called for|calls for|described|describes|warned|warns|denied|denies|accused"
                    + "|accuses|urged|urges|insisted|insists|added|argued|argues|agreed|agreeing|vowed|vows|pledged"
                    + "|promised|confirmed|confirms|reported|according to|expressed|alleged|admitted|acknowledged"
                    + "|noted|wrote|tweeted|posted|testified|criticised|criticized|praised|rejected)\\b");
    private static final Pattern COMPARISON = Pattern.compile(
            "(?i)\\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|most|least|biggest"
                    + "|largest|highest|lowest|smallest|fastest|slowest|strongest|weakest|deadliest|best|worst|than|twice|three times|compared (?:with|to)"
                    + "|up from|down from|doubled|tripled|halved|record|as much as|as many as|as little as"
                    + "|as few as|increased|decreased|rose|fell|risen|fallen|grew|shrank|declined|surged"
                    + "|plunged|jumped|dropped|shrank|shrunk|contracted)\\b");
    private static final Pattern TITLE_AND_NAME = Pattern.compile(
            "\\b(?:Mr|Mrs|Ms|Dr|Prof|President|Prime Minister|Minister|Secretary|Senator|Sen|Governor|Gov|General"
                    + "|Gen|King|Queen|Chancellor|Pope|Judge|Mayor|Chief|Leader|Ambassador)\\.?\\s+[A-Z]");
    private static final Pattern CAPITALISED = Pattern.compile(
            "(?<![\\w'’])(?:[A-Z][a-z]+(?:[-'’][A-Za-z]+)?|[A-Z]{2,})\\b");
    private static final Set<String> NOT_ACTORS = Set.of(
            "I", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final Pattern FORECAST = Pattern.compile(
            "(?i)\\b(?:likely|unlikely|could|might|would|forecasts?|forecast to|projected|predicts?|predicted"
                    + "|expects?|expected|anticipated|poised)\\b|(?-i:\\bmay\\b)");
    private static final Pattern OPINION = Pattern.compile(
            "(?i)\\b(?:should|shouldn['’]t|ought to|must|i think|we think|i believe|we believe|in (?:my|our) (?:view"
                    + "|opinion)|arguably|unfortunately|fortunately|shameful|disgraceful|outrageous|ridiculous|absurd"
                    + "|terrible|wonderful|brilliant|appalling|unacceptable|deserves?)\\b");

    private SignalDetector() {
    }

    /**
     * @param sentence the sentence text
     * @param dates    its temporal expressions, offsets relative to the sentence, so that
     *                 "5 November 2024" or "two months" count as dates and not as numbers
     */
    static Set<Signal> signals(String sentence, List<int[]> dates) {
        String masked = mask(sentence, dates);
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        if (NUMBER.matcher(masked).find()) {
            signals.add(Signal.NUMBER);
        }
        if (PERCENTAGE.matcher(masked).find()) {
            signals.add(Signal.PERCENTAGE);
        }
        if (QUANTITY.matcher(masked).find()) {
            signals.add(Signal.QUANTITY);
        }
        if (hasNamedActor(masked)) {
            signals.add(Signal.NAMED_ACTOR);
        }
        if (REPORTING.matcher(masked).find()) {
            signals.add(Signal.REPORTED_SPEECH);
        }
        if (COMPARISON.matcher(masked).find()) {
            signals.add(Signal.COMPARISON);
        }
        return signals;
    }

    static Set<Label> labels(String sentence, List<Tense.Cue> cues, boolean caption) {
        Set<Label> labels = EnumSet.noneOf(Label.class);
        if (OPINION.matcher(sentence).find()) {
            labels.add(Label.OPINION);
        }
        if (Tense.hasFuture(cues) || FORECAST.matcher(sentence).find()) {
            labels.add(Label.FORECAST);
        }
        if (caption) {
            labels.add(Label.CAPTION);
        }
        return labels;
    }

    /**
     * A title before a name ("Mr Biden", "President Xi") anywhere, or a capitalised word after
     * the first, other than a month, a weekday or "I".
     */
    private static boolean hasNamedActor(String sentence) {
        if (TITLE_AND_NAME.matcher(sentence).find()) {
            return true;
        }
        Matcher m = CAPITALISED.matcher(sentence);
        int first = firstLetter(sentence);
        while (m.find()) {
            if (m.start() > first && !NOT_ACTORS.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static int firstLetter(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.isLetter(sentence.charAt(i))) {
                return i;
            }
        }
        return sentence.length();
    }

    /** The sentence with each date expression blanked out, offsets unchanged. */
    private static String mask(String sentence, List<int[]> dates) {
        if (dates.isEmpty()) {
            return sentence;
        }
        char[] chars = sentence.toCharArray();
        for (int[] span : dates) {
            for (int i = span[0]; i < span[1]; i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
