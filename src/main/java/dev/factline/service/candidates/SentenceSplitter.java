package dev.factline.service.candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits news text into sentences, keeping exact offsets into the text.
 *
 * <p>A blank line always ends a sentence; so does a line break after a line that ends in
 * terminal punctuation or a photo credit. Inside a paragraph a sentence ends at {@code . ! ?}
 * (with any closing quotes or brackets after it) followed by white space and a capital, a digit
 * or an opening quote, except after a title or abbreviation ("Mr.", "Jan.", "Corp."), an
 * initial ("J. K."), or a dotted acronym ("U.S.") unless the next word is a usual sentence
 * opener ("The", "He", …). A parenthesised photo credit such as "(AP)" or "(Reuters/Jane
 * Doe)" followed by a new sentence or the end of the paragraph ends a caption; the credit is
 * not part of the sentence.
 */
public final class SentenceSplitter {

    /** A sentence: {@code text[start:end]}, trimmed; {@code caption} when it ended in a photo credit. */
    public record Sentence(int start, int end, boolean caption) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "capt", "sgt", "cpl",
            "adm", "maj", "pres", "supt", "insp", "det", "jr", "sr", "rev", "hon", "no", "nos", "vs", "v",
            "mt", "ft", "approx", "fig", "vol", "pp", "cf", "al",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** A weekday's abbreviation is one only before a date: "Sun. Oct. 5", not "near the Sun. Comet …". */
    private static final Set<String> WEEKDAY_ABBREVIATIONS = Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs",
            "fri", "sat", "sun");
    private static final Pattern PRONOUN_I = Pattern.compile("(?:^|\\s)[a-z]+\\s$");
    private static final Pattern MONTH_WORD = Pattern.compile(TemporalResolver.MONTH_WORD);
    private static final Set<String> LOWER_CASE_ABBREVIATIONS = Set.of("no", "nos", "vs", "v", "approx", "fig", "vol",
            "pp", "cf", "al");
    /** A company's legal form ends a sentence as often as it ends a name. */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "ltd", "co", "corp", "bros");
    private static final Set<String> OPENERS = Set.of(
            "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those",
            "There", "But", "And", "Yet", "So", "In", "On", "At", "As", "After", "Before", "When", "While", "If",
            "His", "Her", "Their", "Our", "Mr", "Mrs", "Ms", "Dr", "Some", "Many", "Most", "No", "Officials");
    /** What follows a clock time inside its sentence: a day, a month or a time zone. */
    private static final Pattern TIME_FOLLOWERS = Pattern.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb"
            + "|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[ECMP][SD]?T|GMT|BST|UTC|CET|CEST|ET|PT|local|today|tomorrow"
            + "|tonight|on|at|in|to|until|and|or|Eastern|Central|Pacific|Mountain|Atlantic|Mon|Tue|Tues|Wed|Thu|Thur"
            + "|Thurs|Fri|Sat|Sun");
    private static final Pattern CREDIT = Pattern.compile(
            "\\((?:AP|AFP|Reuters|EPA|PA|PA Media|Getty Images|Getty|Bloomberg|Xinhua|Shutterstock|Alamy|ANP|dpa"
                    + "|[A-Z][\\w .'’-]{0,40}/(?:AP|AFP|Reuters|EPA|PA|Getty Images|Bloomberg|dpa)[\\w .'’/-]{0,40}"
                    + "|(?:Photo|Picture|Image)(?: credit)?:[^()\\n]{1,60})\\)");
    private static final Pattern WEB_ADDRESS = Pattern.compile("[A-Za-z.]*[A-Za-z]{2,}\\.[a-z]{2,}");
    private static final String CLOSERS = "\"'”’)]»";
    private static final String OPENING = "\"'“‘([«";

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int boundary = -1;
            int sentenceEnd = -1;
            boolean caption = false;
            if (c == '\n' && endsParagraph(text, start, i)) {
                boundary = i;
                sentenceEnd = i;
            } else if (c == '(') {
                Matcher credit = CREDIT.matcher(text).region(i, n);
                if (credit.lookingAt() && startsSentenceOrParagraph(text, credit.end())) {
                    boundary = credit.end();
                    sentenceEnd = i;
                    caption = true;
                }
            } else if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?'
                        || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
                    j++;
                }
                if (startsSentenceOrParagraph(text, j) && (c != '.' || !isAbbreviation(text, i, j))) {
                    boundary = j;
                    sentenceEnd = j;
                }
            }
            if (boundary < 0) {
                i++;
                continue;
            }
            add(sentences, text, start, sentenceEnd, caption);
            start = boundary;
            i = Math.max(boundary, i + 1);
        }
        add(sentences, text, start, n, false);
        return sentences;
    }

    /** A line break ends a sentence after a blank line, terminal punctuation or a photo credit. */
    private static boolean endsParagraph(String text, int start, int newline) {
        int next = newline + 1;
        while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return true;
        }
        int last = newline - 1;
        while (last >= start && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return last >= start && ".!?:".indexOf(text.charAt(last)) >= 0
                || last >= start && CLOSERS.indexOf(text.charAt(last)) >= 0 && last > start
                && ".!?".indexOf(text.charAt(last - 1)) >= 0;
    }

    /** At {@code j}: the end of the text, or white space and then what may open a sentence. */
    private static boolean startsSentenceOrParagraph(String text, int j) {
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        int k = j;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            if (text.charAt(k) == '\n') {
                return true;
            }
            k++;
        }
        if (k >= text.length()) {
            return true;
        }
        char next = text.charAt(k);
        return Character.isUpperCase(next) || Character.isDigit(next) || OPENING.indexOf(next) >= 0;
    }

    /** Whether the full stop at {@code dot} closes an abbreviation rather than the sentence. */
    private static boolean isAbbreviation(String text, int dot, int after) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String token = text.substring(wordStart, dot);
        if (token.isEmpty() || wordStart > 0 && Character.isDigit(text.charAt(wordStart - 1))) {
            // "on the 21st." ends a sentence: after digits, "st" is an ordinal, not "St." (Saint)
            return false;
        }
        if (token.equalsIgnoreCase("a.m") || token.equalsIgnoreCase("p.m")) {
            // "at 7 p.m. Tuesday" and "3 p.m. ET" go on; "shortly after 3 a.m. Landslides blocked …" does not
            return TIME_FOLLOWERS.matcher(nextWord(text, after)).matches();
        }
        if (WEB_ADDRESS.matcher(token).matches()) {
            // "according to the tracking site PowerOutage.us. Central Maine Power said …" or "Layoffs.fyi. Since …":
            // an address, not an acronym
            return false;
        }
        if (token.contains(".")) {
            return !OPENERS.contains(nextWord(text, after));
        }
        String next = nextWord(text, after);
        if (token.length() == 1 && (PRONOUN_I.matcher(text.substring(0, wordStart)).find()
                && (token.equals("I") || OPENERS.contains(next)) || next.length() > 1 && OPENERS.contains(next))) {
            // "and so was I." ends its sentence: after a word in lower case, "I" is the pronoun, not an initial;
            // so do the grade in "awarded an A* or A. In 2023, …" and the group in "control of Group D. The …"
            return false;
        }
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            // "J. K." is an initial; "pressure off A&E." ends an acronym and the sentence, and so does the unit
            // of "highs of just -2 C.", and so does a unit after a slash ("42c/L.")
            return wordStart == 0 || text.charAt(wordStart - 1) != '&' && text.charAt(wordStart - 1) != '/'
                    && !(wordStart > 1 && text.charAt(wordStart - 1) == ' ' && Character.isDigit(text.charAt(wordStart - 2)));
        }
        String word = token.toLowerCase(java.util.Locale.ROOT);
        if (Character.isLowerCase(token.charAt(0)) && !LOWER_CASE_ABBREVIATIONS.contains(word)) {
            // titles, months and weekdays are written with a capital: "the core of the sun." ends its sentence
            return false;
        }
        if (word.equals("no") || word.equals("nos")) {
            // "No. 10", but "was a polite no." ends its sentence
            return Character.isDigit(firstNonSpace(text, after));
        }
        if (COMPANY_SUFFIXES.contains(word) || word.equals("st")) {
            // "Acme Inc. said", "Acme Inc. Chief Executive Jo Lee", but "… by Norbridge Logistics Ltd. Mr Pike …";
            // "St. Casimir Church", but "2100 Clinton St. A Mass …"
            return !OPENERS.contains(nextWord(text, after));
        }
        if (WEEKDAY_ABBREVIATIONS.contains(word)) {
            // "Sun. Oct. 5" goes on; "as they near the Sun. Comet ISON …" does not
            return Character.isDigit(firstNonSpace(text, after)) || MONTH_WORD.matcher(nextWord(text, after)).matches();
        }
        return ABBREVIATIONS.contains(word);
    }

    private static String nextWord(String text, int from) {
        int k = from;
        while (k < text.length() && !Character.isLetter(text.charAt(k))) {
            k++;
        }
        int end = k;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(k, end);
    }

    private static char firstNonSpace(String text, int from) {
        int k = from;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < text.length() ? text.charAt(k) : ' ';
    }

    private static void add(List<Sentence> sentences, String text, int start, int end, boolean caption) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            sentences.add(new Sentence(s, e, caption));
        }
    }
}
