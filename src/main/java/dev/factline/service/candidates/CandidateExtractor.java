package dev.factline.service.candidates;

import dev.factline.model.Claim;
import dev.factline.model.DatePrecision;
import dev.factline.model.EventDate;
import dev.factline.service.candidates.SentenceSplitter.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes the sentences of a text that carry checkable claims, dated against the
 * publication date. Rule-based and deterministic: the same text and date always give the
 * same candidates, and every date and score can be explained from the sentence.
 *
 * <p>A sentence is a candidate when it has a date expression (resolved or not) or at least one
 * signal other than a named actor. Its score, in hundredths and capped at 0..1, is the sum of
 * {@link #DATE_POINTS} for a date counted from the text or the publication date, or
 * {@link #CONTEXT_DATE_POINTS} for one linked to an earlier sentence, plus
 * {@link Signal#points()} for each signal, minus {@link Label#penalty()} for each label.
 *
 * <p>A sentence's date is its first expression that dates its claim ("the strongest storm since
 * 1998" is a storm of now). A sentence without one is not given a neighbour's date: only an
 * explicit link ("the same day", "that afternoon", "the following day", "three days later")
 * counts from the last day given earlier in the same paragraph (paragraphs end at a blank
 * line), and its basis says so. Where the text does not settle the date of the first
 * expression, the candidate is left undated with the expression and the reason shown.
 */
public final class CandidateExtractor {

    public static final int DATE_POINTS = 35;
    public static final int CONTEXT_DATE_POINTS = 15;

    /** "That compares with 31 arrests last year": a figure set beside the story's, not a time it moves to. */
    private static final Pattern COMPARES_WITH = Pattern.compile("(?:That|This|It)\\s+compares\\s+with\\b");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s|;");
    /** A day named or counted, which "that day" or "a week later" after it may count from. */
    private static final Pattern DAY_LIKE = Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday|today|tonight|tomorrow|yesterday|(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?(?!\\d))\\b");
    /** What may stand between a counted date and the same date written in full: ", in", "became". */
    private static final Pattern RESTATED = Pattern.compile("(?i),\\s*(?:in|on)?\\s*|\\s+(?:became|was|is)\\s+");
    /** "in a fortnight", "a decade ago": an amount counted from publication, which a written date may restate. */
    private static final Pattern COUNTED_TEXT = Pattern.compile("(?i)\\b(?:fortnight|weeks?|days|years?|decades?)\\b");
    /** "28 February", "Sept. 19", "March 2015": a day or month written out. */
    private static final Pattern WRITTEN_DAY = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?[A-Z][a-z]{2}"
            + "|[A-Z][a-z]{2,}\\.?\\s+\\d{1,2}\\b|[A-Z][a-z]{2,}\\s+\\d{4}");
    /** "a week before polling day, on Sunday 7 May": the event's name may stand between the two. */
    private static final Pattern RESTATED_AFTER_EVENT = Pattern.compile("(?:\\s+[a-z]+){0,2},\\s*(?:in|on)?\\s*");
    /**
     * "… in mid-April after Iran launched an attack on April 13", "over the weekend despite rain on
     * Saturday", "This winter has been mild, with a cold snap in early January", "from mid-July to late
     * August, peaking on 12 and 13 August": a finer date of another event. A "when" clause tells the same
     * time ("The following year she stood a few yards away when the president set fire to the ivory on 18 July 1989");
     * a clause after ", and" tells of its own ("Those loans come due this year, and the best rates on offer today …").
     */
    private static final Pattern SUBORDINATE = Pattern.compile("(?i)\\b(?:after|before|since|because|while|despite"
            // "This year's holiday period stretches from April 29 to May 7, although … on Monday and Tuesday"
            + "|although)\\b"
            // "this weekend, with daylight saving starting at 2am on Sunday": a start within the period is finer
            + "|,\\s+(?:and|with(?![^,;]*\\b(?:starting|beginning)\\b)|[a-z]{3,}ing"
            + "|(?:helped|driven|boosted|hit|hurt|led|fuelled|fueled|dragged)\\s+by)\\b"
            // "surged in March and April as … the tariff that took effect on April 3": a clause about a noun
            + "|\\b(?:that|which)\\s+(?:[a-z]+ed|took|came|began|went|fell|rose)\\b");
    /** "will squeeze onto highways this week for Thanksgiving": what the claim's time is for, not a finer time. */
    private static final Pattern PURPOSE = Pattern.compile("(?i)(?<!\\b(?:scheduled|set|planned|due|slated|booked|fixed"
            + "|earmarked|in)\\s)\\bfor\\s+$");
    /** A year a later month or day may be of: one written, "last year", "this year", "next year" or "two years ago". */
    private static final Pattern LINKABLE_YEAR = Pattern.compile("(?i)(?:in\\s+)?(?:\\d{4}|(?:last|this|next)\\s+year"
            + "|(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+years\\s+ago)");
    /** "the 2025 race": a year that names which race, not when the claim was. */
    private static final Pattern YEAR_AS_MODIFIER = Pattern.compile("\\d{4}\\s+[a-z]");
    /** "next month" counts from publication, whatever year the sentence named before it. */
    private static final Pattern RELATIVE_WORD = Pattern.compile("(?i)\\b(?:last|this|next|coming|past|previous)\\b");
    /** "a tuition plan for next year": the year qualifies a noun, and says nothing of the dates after it. */
    private static final Pattern QUALIFYING_PREPOSITION = Pattern.compile("(?i)\\b(?:for|of)\\s+$");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s\\b");
    private static final Pattern COUNTED_DAY = Pattern.compile("(?i)\\b(?:my|our|his|her|their)\\s+(?:first|second"
            + "|third|fourth|last|final)\\s+(?:morning|day|night|evening|afternoon)\\b");
    private static final Pattern FLASHBACK_LINK = Pattern.compile("(?i)the\\s+(?:previous|preceding)\\s+(?:day|night|evening"
            + "|morning|afternoon)|the\\s+(?:day|night|evening)\\s+before");
    /** "If the moon is not sighted on 30 March, the holiday will shift … to 1 and 2 April": the condition's date. */
    private static final Pattern FRONTED_IF = Pattern.compile("If\\s[^,;]*");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[^\\S\n]*\n");

    private CandidateExtractor() {
    }

    public static List<Candidate> extract(String text, LocalDate published) {
        TemporalResolver resolver = new TemporalResolver(published, text);
        List<Candidate> candidates = new ArrayList<>();
        ResolvedDate anchor = null;
        ResolvedDate earlier = null;
        // a day or month written in full, well before publication: the time a retrospective tells of
        ResolvedDate story = null;
        int previousEnd = 0;
        for (Sentence sentence : SentenceSplitter.split(text)) {
            if (PARAGRAPH_BREAK.matcher(text).region(previousEnd, sentence.start()).find()) {
                anchor = null;
                earlier = null;
            }
            previousEnd = sentence.end();
            // only the part a claim can quote is read, which also bounds the work per sentence
            int end = quoteEnd(text, sentence.start(), sentence.end());
            String content = text.substring(sentence.start(), end);
            List<Tense.Cue> cues = Tense.cues(content);
            TemporalResolver.Scan scan = resolver.scan(content, sentence.start(), cues, anchor, earlier, story);
            List<ResolvedDate> dates = scan.dates();
            List<int[]> spans = dates.stream()
                    .map(d -> new int[] {d.start() - sentence.start(), d.end() - sentence.start()}).toList();
            Set<Signal> signals = SignalDetector.signals(content, spans);
            Set<Label> labels = SignalDetector.labels(content, cues, sentence.caption());
            boolean hasDay = dates.stream().anyMatch(d -> d.precision() == DatePrecision.DAY);
            for (ResolvedDate d : dates) {
                int from = d.start() - sentence.start();
                int to = d.end() - sentence.start();
                boolean comparison = TemporalResolver.isComparisonPoint(content, from, to);
                if (!countedFromAnEarlierDate(d, published) && d.precision().compareTo(DatePrecision.MONTH) >= 0
                        && d.endDate() == null && Math.abs(d.date().year() - published.getYear()) > 1) {
                    // "in January 1985", "Forty years ago this month": the time a retrospective tells of
                    story = d;
                }
                if (d.precision() == DatePrecision.DAY) {
                    // "voted Feb. 20 to end Sunday hours", "the fiscal year that begins July 1": a day that names a
                    // kind or opens a period is no day told ("Saturday's semifinal" is); "It had rained heavily the
                    // previous night" is a glance back, which "the same morning" after it does not count from
                    boolean told = !NotTheClaimsDate.qualifiesANoun(content, from, to)
                            && !TemporalResolver.opensAPeriod(content, from)
                            || POSSESSIVE_AFTER.matcher(text).region(d.end(), text.length()).lookingAt();
                    boolean glanceBack = anchor != null && FLASHBACK_LINK.matcher(d.text()).matches()
                            && TemporalResolver.PAST_PERFECT.matcher(content).find();
                    if (told && !glanceBack) {
                        anchor = d;
                    }
                } else if (!hasDay && !comparison && !COMPARES_WITH.matcher(content).lookingAt()) {
                    // "approved the change in March. I was in the room that night": the night may be March's; "That
                    // compares with 31 arrests last year" is no new time the paragraph moves to
                    anchor = null;
                }
                boolean ofThisSentence = earlier != null && earlier.start() >= sentence.start();
                if (!comparison && !(ofThisSentence && NotTheClaimsDate.inRelativeClause(content, from))) {
                    // "In 1975 she married Tom Hartnell, who died in 2009. The following year …" counts from 1975
                    earlier = d;
                }
            }

            if (!hasDay && COUNTED_DAY.matcher(content).find()) {
                // "On my first morning, the wind … reached 70mph. The next morning …": a day the text does not date
                anchor = null;
            }
            for (TemporalResolver.Unsettled u : scan.unsettled()) {
                // "on Sunday" or "a week later", left undated, may be what a later "that day" or "the following
                // spring" counts from: there is then nothing certain to count from (a day this sentence gave before it
                // stays: "Six days later, on the night of September 7," restates it)
                if (DAY_LIKE.matcher(u.text()).find()
                        && (anchor == null || u.start() > anchor.start() && anchor.start() < sentence.start())) {
                    anchor = null;
                }
                if (earlier == null || u.start() > earlier.start()) {
                    earlier = null;
                }
            }

            ResolvedDate first = null;
            TemporalResolver.Unsettled unsettled = scan.unsettled().isEmpty() ? null : scan.unsettled().get(0);
            for (ResolvedDate d : dates) {
                int from = d.start() - sentence.start();
                int to = d.end() - sentence.start();
                if (TemporalResolver.isComparisonPoint(content, from, to)
                        || (TemporalResolver.qualifiesANoun(content, from, to)
                        || NotTheClaimsDate.qualifiesANoun(content, from, to)
                        || FRONTED_IF.matcher(content).region(0, from).matches())
                        && hasClaimDateAfter(content, dates, d, cues, sentence.start())
                        || TemporalResolver.periodOfFigures(content, from, to)
                        && scan.unsettled().stream().anyMatch(u -> u.start() >= d.end())) {
                    continue;
                }
                int asideEnd = NotTheClaimsDate.asideEnd(content, from, to);
                if (asideEnd >= 0 && hasClaimDateAfter(content, dates, sentence.start() + asideEnd, cues, sentence.start())) {
                    continue;
                }
                int[] quote = Tense.quoteAround(content, from, to);
                if (quote != null && quote[0] == 0 && saidOnADay(content, dates, quote[1], sentence.start())) {
                    // "\"We're home for Canada Day,\" a resident told CBC on Friday": a report with its own day is
                    // dated by the day it was made
                    continue;
                }
                var notTheClaims = NotTheClaimsDate.reason(content, from, to, cues);
                if (notTheClaims.isEmpty()) {
                    first = d;
                    break;
                }
                // a date in an aside or a clause of its own, or one a plan replaced, leaves the claim the date after it
                if ((unsettled == null || d.start() < unsettled.start())
                        && !(NotTheClaimsDate.belongsElsewhere(notTheClaims.get())
                        && hasClaimDateAfter(content, dates, d, cues, sentence.start()))) {
                    unsettled = new TemporalResolver.Unsettled(d.start(), d.end(), d.text(), notTheClaims.get());
                }
            }
            if (first != null) {
                first = restatedInFull(content, dates, finestWithin(content, dates, first, cues, sentence.start()),
                        sentence.start(), published);
                first = writtenDayOverSeason(content, dates, first, cues, sentence.start());
                if (anchor != null && anchor != first && sameDayOfAnotherYear(first, anchor)) {
                    // "Six days later, on the night of September 7": the day written without a year restates the
                    // counted one, whose year is the one "that night" after it is of
                    anchor = first;
                }
            }
            ResolvedDate reportDay = first == null ? null : reportedOn(content, dates, first, sentence.start());
            if (reportDay != null && (unsettled == null || unsettled.start() > first.start())) {
                // "U.S. employers added 187,000 jobs in August, the Labor Department said Friday": careful readers
                // date it by either, so neither is proposed
                unsettled = new TemporalResolver.Unsettled(first.start(), first.end(), first.text(), "it is what was"
                        + " reported, and the report has a day of its own (\"" + reportDay.text() + "\")");
                first = null;
            }
            int points = 0;
            EventDate eventDate = null;
            EventDate endDate = null;
            EventDate dateAnchor = null;
            String dateText = null;
            String dateBasis = null;
            boolean approximate = false;
            if (unsettled != null && (first == null || unsettled.start() < first.start())) {
                dateText = unsettled.text();
                dateBasis = "left undated: " + unsettled.reason();
            } else if (first != null) {
                eventDate = first.date();
                endDate = first.endDate();
                dateAnchor = first.anchor();
                dateText = first.text();
                dateBasis = first.basis();
                approximate = first.approximate();
                points = countedFromAnEarlierDate(first, published) ? CONTEXT_DATE_POINTS : DATE_POINTS;
            }
            if (dateText == null && !hasClaimSignal(signals)) {
                continue;
            }
            candidates.add(new Candidate(text.substring(sentence.start(), end), sentence.start(), end, eventDate,
                    endDate, dateText, dateBasis, approximate, dates, signals, labels, score(points, signals, labels),
                    dateAnchor));
        }
        return candidates;
    }

    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)[^\"“”]*\\b(?:said|says|told|wrote|added|posted"
            + "|tweeted|announced|stated|explained)\\b[^\"“”]*");

    /** Whether the words after a quotation that opens the sentence attribute it, with the day it was said. */
    private static boolean saidOnADay(String content, List<ResolvedDate> dates, int quoteEnd, int sentenceStart) {
        for (ResolvedDate d : dates) {
            int from = d.start() - sentenceStart;
            if (from > quoteEnd && d.precision() == DatePrecision.DAY && d.endDate() == null
                    && ATTRIBUTION.matcher(content).region(quoteEnd + 1, from).matches()) {
                return true;
            }
        }
        return false;
    }

    /** ", the Labor Department said" before a day: a report after the claim, made that day. */
    private static final Pattern REPORTED_AFTER = Pattern.compile("(?i),\\s(?:according\\s+to\\s[^,;\"“”]{0,60}|(?!and"
            + "\\s|but\\s)[^,;\"“”]{0,70}?\\b(?:said|says|announced|confirmed|reported|warned|told\\s[^,;]{1,40}?|showed"
            + "|revealed|(?<!(?:is|are|be|was|were)\\s)(?:published|released))(?:\\s+(?:in\\s+an?|by)\\s+[^,;]{1,40}?)?)"
            + "\\s+(?:on\\s+|late\\s+|early\\s+)?$");
    /** "The latest figures, published on 13 June, showed …": a report before the claim, made that day. */
    private static final Pattern ISSUED_BEFORE = Pattern.compile("(?i)\\b(?:published|released|issued|tabled)\\s+(?:(?:by"
            + "|in)\\s+[^,;]{1,40}?\\s+)?(?:on\\s+|last\\s+)?$");
    private static final Pattern FINDS = Pattern.compile("(?i),?\\s+(?:shows?|showed|found|finds|suggests|points?\\s+to"
            + "|pointed\\s+to|predicts|forecast|expects)\\b");

    /**
     * The day a report of the claim was made, when it is not the claim's date: a report after the claim
     * (", the Labor Department said Friday") or one that shows it ("The survey, released on Monday, showed").
     */
    private static ResolvedDate reportedOn(String content, List<ResolvedDate> dates, ResolvedDate first,
            int sentenceStart) {
        for (ResolvedDate d : dates) {
            int from = d.start() - sentenceStart;
            int to = d.end() - sentenceStart;
            if (d.precision() != DatePrecision.DAY || d.endDate() != null || d.date().equals(first.date())
                    || Tense.quoteAround(content, from, to) != null) {
                continue;
            }
            boolean reported = d.start() >= first.end()
                    ? REPORTED_AFTER.matcher(content).region(first.end() - sentenceStart, from).find()
                    : d.end() <= first.start() && ISSUED_BEFORE.matcher(content).region(0, from).find()
                            && FINDS.matcher(content).region(to, first.start() - sentenceStart).lookingAt();
            if (reported) {
                return d;
            }
        }
        return null;
    }

    /** Whether {@code day}, later in the sentence, is {@code first}'s day and month in another year. */
    private static boolean sameDayOfAnotherYear(ResolvedDate first, ResolvedDate day) {
        return first.precision() == DatePrecision.DAY && first.endDate() == null && day.endDate() == null
                && first.start() < day.start() && first.date().value().substring(4).equals(day.date().value().substring(4))
                && !first.date().equals(day.date());
    }

    /** "Friday, March 15", "Tuesday, October 6": a day written out with its weekday. */
    private static final Pattern WEEKDAY_AND_DAY = Pattern.compile("(?i)day,?\\s+(?:\\d{1,2}|[a-z]{3,}\\.?\\s+\\d)");
    private static final Pattern SEASON_TEXT = Pattern.compile("(?i)\\b(?:spring|summer|autumn|fall|winter)\\b");

    /**
     * "Families hoping to win a seat this fall now have until Friday, March 15, to apply": where a season and a day
     * written out with its weekday date the sentence, the written day wins.
     */
    private static ResolvedDate writtenDayOverSeason(String content, List<ResolvedDate> dates, ResolvedDate first,
                                                     List<Tense.Cue> cues, int sentenceStart) {
        if (!SEASON_TEXT.matcher(first.text()).find()) {
            return first;
        }
        for (ResolvedDate later : dates) {
            int from = later.start() - sentenceStart;
            int to = later.end() - sentenceStart;
            if (later.start() >= first.end() && later.precision() == DatePrecision.DAY && later.endDate() == null
                    && WEEKDAY_AND_DAY.matcher(later.text()).find() && NotTheClaimsDate.reason(content, from, to, cues).isEmpty()) {
                return later;
            }
        }
        return first;
    }

    /** Whether the date was counted from another date of the text, not from publication or given in full. */
    private static boolean countedFromAnEarlierDate(ResolvedDate date, LocalDate published) {
        return date.anchor() != null && !date.anchor().equals(TemporalResolver.dayDate(published));
    }

    /**
     * "A year earlier, in January 2026, the figure was 48,900", "that day became Feb. 22, 1732": a date
     * counted from an earlier one, then written in full, is the date written; so is one counted from publication
     * ("in a fortnight, on Saturday 28 February").
     */
    private static ResolvedDate restatedInFull(String content, List<ResolvedDate> dates, ResolvedDate first,
                                               int sentenceStart, LocalDate published) {
        boolean counted = countedFromAnEarlierDate(first, published);
        if (!counted && !COUNTED_TEXT.matcher(first.text()).find()) {
            return first;
        }
        for (ResolvedDate later : dates) {
            if (later.start() < first.end()) {
                continue;
            }
            String between = content.substring(first.end() - sentenceStart, later.start() - sentenceStart);
            if (counted ? later.anchor() == null && RESTATED.matcher(between).matches()
                    : WRITTEN_DAY.matcher(later.text()).find() && RESTATED_AFTER_EVENT.matcher(between).matches()) {
                return later;
            }
        }
        return first;
    }

    /**
     * "This year it ran from 27 to 30 August": a later date of the sentence that lies within the
     * first and is finer says more, and is the one proposed.
     */
    private static ResolvedDate finestWithin(String content, List<ResolvedDate> dates, ResolvedDate first,
                                             List<Tense.Cue> cues, int sentenceStart) {
        ResolvedDate finest = first;
        for (ResolvedDate resolved : dates) {
            ResolvedDate later = inYearOf(content, first, resolved, sentenceStart);
            int from = later.start() - sentenceStart;
            int to = later.end() - sentenceStart;
            boolean finer = later.precision().compareTo(finest.precision()) > 0
                    || later.precision() == finest.precision() && finest.endDate() != null && later.endDate() == null;
            if (later.start() >= first.end() && finer && !PURPOSE.matcher(content.substring(0, from)).find()
                    && contains(finest, later) && !TemporalResolver.isComparisonPoint(content, from, to)
                    && !TemporalResolver.qualifiesANoun(content, from, to)
                    && !SUBORDINATE.matcher(content.substring(first.end() - sentenceStart, from)).find()
                    && NotTheClaimsDate.reason(content, from, to, cues).isEmpty()) {
                finest = later;
            }
        }
        return finest;
    }

    /** "In 2020, when the grand final was played in Brisbane, Victorians got the day off on 23 October". */
    private static final Pattern WHEN_CLAUSE = Pattern.compile("^,\\s+when\\s[^,;]*(?=,\\s)");

    /** The words after a fronted year without the "when" clause that may follow it, so they start with ", ". */
    private static String withoutWhenClause(String afterTheYear) {
        return WHEN_CLAUSE.matcher(afterTheYear).replaceFirst("");
    }

    private static final Pattern QUOTE_MARKS_ONLY = Pattern.compile("[\"“‘']?");

    /**
     * "Last year the council collected … in December": a month or day written without a year,
     * in the same clause as a year given before it (or after a year that opens the sentence,
     * "Last year, the force recorded … during December"), is of that year.
     */
    private static ResolvedDate inYearOf(String content, ResolvedDate year, ResolvedDate later, int sentenceStart) {
        if (later.start() < year.end()) {
            return later;
        }
        String between = content.substring(year.end() - sentenceStart, later.start() - sentenceStart);
        // "\"In 2008, we saw the first nymphs in the third week of May,\" Raman said": a quotation may open the sentence
        boolean fronted = QUOTE_MARKS_ONLY.matcher(content.substring(0, year.start() - sentenceStart)).matches()
                && between.startsWith(", ");
        if (year.precision() != DatePrecision.YEAR || year.endDate() != null || later.endDate() != null
                || later.precision() == DatePrecision.YEAR || later.start() < year.end()
                || WRITTEN_YEAR.matcher(later.text()).find() || RELATIVE_WORD.matcher(later.text()).find()
                || !LINKABLE_YEAR.matcher(year.text()).matches() || later.basis().contains("settles the year")
                || YEAR_AS_MODIFIER.matcher(content.substring(year.start() - sentenceStart)).lookingAt()
                || QUALIFYING_PREPOSITION.matcher(content.substring(0, year.start() - sentenceStart)).find()
                || CLAUSE_BREAK.matcher(fronted ? withoutWhenClause(between).substring(2) : between).find()) {
            return later;
        }
        String value = year.date().value() + later.date().value().substring(4);
        if (later.basis().contains("future") && later.anchor() != null
                && value.compareTo(later.anchor().value()) < 0 && later.date().value().compareTo(later.anchor().value()) > 0) {
            // "People who turned 73 this year … can wait until April 1": a day ahead is not taken back before publication
            return later;
        }
        try {
            return new ResolvedDate(later.start(), later.end(), later.text(), EventDate.parse(value), null,
                    later.approximate(), "of the year \"" + year.text() + "\" gives before it (" + year.date().value()
                    + ")", year.date());
        } catch (EventDate.InvalidEventDateException notACalendarDate) {
            return later;
        }
    }

    private static boolean contains(ResolvedDate outer, ResolvedDate inner) {
        String outerFirst = outer.date().value();
        String outerLast = (outer.endDate() == null ? outer.date() : outer.endDate()).value();
        String innerFirst = inner.date().value();
        String innerLast = (inner.endDate() == null ? inner.date() : inner.endDate()).value();
        // ISO prefixes compare as periods: "2026-08-27" lies within "2026", "2026-08" within "2026-06".."2026-08"
        return innerFirst.compareTo(outerFirst) >= 0 && innerLast.substring(0, outerLast.length()).compareTo(outerLast) <= 0;
    }

    /** Whether a date after {@code date} in its sentence may date the claim (is no point of comparison). */
    private static boolean hasClaimDateAfter(String content, List<ResolvedDate> dates, ResolvedDate date,
                                             List<Tense.Cue> cues, int sentenceStart) {
        return hasClaimDateAfter(content, dates, date.end(), cues, sentenceStart);
    }

    /** Whether a date that may date the claim starts at or after {@code offset} (into the text). */
    private static boolean hasClaimDateAfter(String content, List<ResolvedDate> dates, int offset,
                                             List<Tense.Cue> cues, int sentenceStart) {
        int at = offset - sentenceStart;
        boolean quotedHere = at > 0 && Tense.quoteAround(content, at - 1, at) != null;
        return dates.stream().anyMatch(later -> {
            int from = later.start() - sentenceStart;
            int to = later.end() - sentenceStart;
            // "said in a Memorial Day speech that the state \"lost 40,000 jobs last year\"": the quote's own time
            boolean quotedThere = Tense.quoteAround(content, from, to) != null;
            return later.start() >= offset && (quotedHere || !quotedThere)
                    && !TemporalResolver.isComparisonPoint(content, from, to)
                    && NotTheClaimsDate.reason(content, from, to, cues).isEmpty();
        });
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

    /**
     * Where a quote ends: a sentence longer than a claim takes is cut at a word boundary, and
     * only what is left is read for dates and signals.
     */
    private static int quoteEnd(String text, int start, int end) {
        if (end - start <= Claim.MAX_QUOTE) {
            return end;
        }
        int cut = start + Claim.MAX_QUOTE;
        while (cut > start && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        while (cut > start && Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        return cut > start ? cut : start + Claim.MAX_QUOTE;
    }
}
