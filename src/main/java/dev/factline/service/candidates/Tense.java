package dev.factline.service.candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rough tense cues in an English news sentence: enough to tell "met on Friday" from
 * "will meet on Friday", and a simple-past sentence from a present-perfect or future one.
 */
final class Tense {

    enum Kind { PAST, PERFECT, FUTURE }

    record Cue(int start, int end, Kind kind) {
    }

    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:will|won['’]t|shall|going to|plans? to|planning to|intends? to|aims? to|upcoming"
                    + "|(?:expected|set|due|scheduled|slated|poised) to)\\b|['’]ll\\b");
    private static final Pattern PERFECT = Pattern.compile(
            "(?i)\\b(?:has|have|hasn['’]t|haven['’]t)\\s+(?:(?:also|already|now|not|long|since|recently|just|repeatedly)\\s+)?"
                    + "(?:been|[a-z]+ed|[a-z]+en|met|had|made|said|told|sent|held|won|lost|led|done|seen|taken|given|left|paid)\\b");
    private static final Pattern PAST = Pattern.compile(
            "\\b(?!(?:United|hundred|indeed|exceed|proceed|succeed|speed|breed|embed)\\b)(?:[A-Za-z]{2,}[a-z]ed|said|told|met|was|were|had|did|went|came|took|gave|made|spoke|saw|won|lost|held"
                    + "|left|began|sent|led|ran|fell|rose|paid|sold|bought|struck|hit|spent|found|kept|brought|thought"
                    + "|knew|got|grew|drew|flew|wrote|chose|broke|shook|stood|sat|set out|fought|sought|taught|caught"
                    + "|felt|meant|became|forgot|hid|shot|swore|threw|understood|withdrew|overtook|undertook)\\b");

    private Tense() {
    }

    static List<Cue> cues(String sentence) {
        List<Cue> cues = new ArrayList<>();
        collect(FUTURE, sentence, Kind.FUTURE, cues);
        collect(PERFECT, sentence, Kind.PERFECT, cues);
        collect(PAST, sentence, Kind.PAST, cues);
        return cues;
    }

    /** The kind of the cue nearest to {@code [start, end)}, or null when the sentence has none. */
    static Kind nearest(List<Cue> cues, int start, int end) {
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cue cue : cues) {
            if (cue.start() < end && cue.end() > start) {
                continue;
            }
            int distance = cue.end() <= start ? start - cue.end() : cue.start() - end;
            if (distance < bestDistance) {
                best = cue;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.kind();
    }

    /** Simple past only: a past cue and neither a future nor a present-perfect one. */
    static boolean isSimplePast(List<Cue> cues) {
        boolean past = false;
        for (Cue cue : cues) {
            if (cue.kind() != Kind.PAST) {
                return false;
            }
            past = true;
        }
        return past;
    }

    static boolean hasFuture(List<Cue> cues) {
        return cues.stream().anyMatch(c -> c.kind() == Kind.FUTURE);
    }

    private static void collect(Pattern pattern, String sentence, Kind kind, List<Cue> cues) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            boolean inside = cues.stream().anyMatch(c -> m.start() < c.end() && m.end() > c.start());
            if (!inside) {
                cues.add(new Cue(m.start(), m.end(), kind));
            }
        }
    }
}
