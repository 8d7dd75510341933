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

    /** CONDITIONAL is "would": a future seen from a past that may lie before or after publication. */
    enum Kind { PAST, PERFECT, FUTURE, CONDITIONAL }

    record Cue(int start, int end, Kind kind) {
    }

    /**
     * The verb after "could" when it says what is possible next ("A cold front could bring storms Wednesday night"),
     * a future cue; "could see", "could only", "could not" say nothing of when, and stay conditional, as does a verb
     * that ends a quote ("sold every watch we could make").
     */
    private static final String COULD_LOOKS_AHEAD = "\\s+(?!(?:only|not|never|have|see|hear|smell|feel|barely|hardly"
            + "|still|also|just|easily|well)\\b)[a-z]+\\b(?![\"”])";
    /** "had originally been due to finish by the end of April": a plan seen from the past. */
    private static final String AT_FIRST = "(?:originally|initially|first|previously)";
    /** The day a warning is for: "for Saturday", "on Tuesday night", "from 6am on Friday". */
    private static final String WARNING_DAY = "[^,;.]{0,90}?\\s(?:on|for|from)\\s+(?:\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?\\s+"
            + "(?:on\\s+)?)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b";
    private static final Pattern FUTURE = Pattern.compile(
            // every cue starts at a word boundary: checked first, it fails fast where no word starts
            "(?i)\\b(?:(?<!\\b(?:to|not|did|didn['’]t) )\\b(?:expects?|predicts?|anticipates?)\\b"
                    + "|\\b(?:will|won['’]t|shall|going to|(?<!^)(?<!\\b(?:against|the|its|his|her|their|our|of|with|new|for|about) )plans? to(?=\\s+[a-z])|planning to|intends? to|aims? to|hopes? to|promises to|(?:has|have) (?:promised|pledged|vowed) to|wants?(?: it| them)? to|upcoming"
                    // "raised its 2025 forecast to 4 per cent": a noun, not a verb
                    + "|(?<!\\b(?:its|their|the|a|\\d{4})\\s)(?<!\\b(?:was|were|had\\s(?:" + AT_FIRST + "\\s)?been)\\s(?:" + AT_FIRST + "\\s)?)(?:expected|set|due"
                    + "|scheduled|slated|poised|bailed|summoned|forecast|projected|tipped) to|(?<=(?:['’]re|are)\\s)supposed to"
                    + "|(?:is|are)\\s+(?:(?:also|now|still|already)\\s+)?(?:expected|forecast|due|scheduled|set|slated|planned)"
                    + "(?=\\s+(?:back\\s+)?(?:by|for|on|in|at|until|over|from)\\b))\\b"
                    // "A public meeting has been arranged for Saturday", "a snap election was most likely in mid-December"
                    + "|\\b(?:has|have)\\s+been\\s+(?:arranged|scheduled|set|planned|called|booked|fixed)(?=\\s+for\\b)"
                    // "staff are to stage a 24-hour strike on Thursday", "rain forecast for the fells on Saturday"
                    + "|\\b(?:is|are)\\s+to\\s+(?=(?:stage|hold|meet|vote|face|publish|announce|open|close|begin|start"
                    + "|strike|walk|appear|return|visit|host|take|be)\\b)|(?<=\\s)forecast\\s+(?:calls\\s+)?for(?=\\s)"
                    + "|\\b(?:is|are|was|were)\\s+(?:(?:most|more|very|highly)\\s+)?(?:un)?likely(?=\\s+(?:in|on|by|before|after|at)\\b)"
                    // "Judge Ortiz set sentencing for June 18", "The board has fixed 4 February as the record date"
                    + "|\\bset\\s+(?:sentencing|a\\s+(?:new\\s+)?(?:trial|hearing|sentencing)\\s+date)\\s+for\\b"
                    + "|\\b(?:has|have)\\s+fixed\\b(?=[^,;.]{0,30}\\bas\\s+the\\s+(?:record|payment|closing|final)\\s+date)"
                    // "has set Dec. 20 as polling day", "Tuesday has been set aside as Jane McGrath Day"
                    + "|\\b(?:has|have)\\s+(?:been\\s+)?set\\s+(?:aside\\s+)?(?=[^,;]{0,30}?\\bas\\s)"
                    // "temperatures unlikely to fall below 25C on Monday night", "is likely to move in on Sunday"
                    + "|(?<!\\b(?:was|were)\\s)\\b(?:un)?likely\\s+to(?=\\s+[a-z])"
                    // "with frost likely over the weekend", "has been invited to train with a VFL club in November"
                    // "a cello concerto, to be premiered on 14 January"
                    + "|(?<=,\\s)to\\s+be\\s+[a-z]{3,}ed\\b|\\bwith\\s+(?:[a-z]+\\s+){1,2}likely(?=\\s+(?:over|on|in|by|at|from|during)\\b)"
                    + "|\\b(?:has|have)\\s+been\\s+(?:invited|asked|selected|picked|named|chosen|called\\s+up)\\s+to(?=\\s+[a-z])"
                    // "a tasting tour of Taiwan and Japan planned for the autumn", "has called a one-day strike on Thursday"
                    + "|(?<!\\b(?:was|were|been|had)\\s(?:[a-z]{2,12}ly\\s)?)\\b(?:planned|scheduled|slated)(?=\\s+for\\b)"
                    + "|\\b(?:has|have)\\s+(?:also\\s+)?(?:called|announced)\\s+(?:a|an)\\s+(?:[^,;.]{0,30}?\\s)?(?:strike|walkout"
                    + "|protest|march|rally|shutdown|bandh|stoppage)\\b(?=[^,;.]{0,40}?\\s(?:on|for|from)\\s+(?:Mon|Tues|Wednes"
                    + "|Thurs|Fri|Satur|Sun)day\\b)"
                    // "was remanded in custody to reappear on 14 March"
                    + "|\\b(?:remanded|bailed)\\b[^,;.]{0,30}?\\bto\\s+(?:re)?appear\\b"
                    // "there is an election on 7 December": an arrangement, told in the present
                    + "|['’]ll\\b|\\bno\\s+earlier\\s+than(?=\\s)|\\bthere\\s+(?:is|are)\\b(?=[^,;.]{0,60}?\\son\\s+(?:the\\s+)?[\\dA-Z])"
                    // "The city election is Nov. 4.", "The next meeting is on Tuesday 13 September" (not a list of dates,
                    // nor "The normal date of the monsoon's withdrawal is October 15")
                    + "|\\b(?:is|are)(?<!(?:normal|average|usual)\\s[^,;.]{0,80}(?:is|are))(?=\\s+(?:on\\s+)?(?-i:(?:[A-Z][a-z]+day,?\\s+)?(?:[A-Z][a-z]{2,8}\\.?\\s+\\d+(?!,\\s+[A-Z])"
                    + "|\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z])))"
                    + "|\\bcould(?=" + COULD_LOOKS_AHEAD + ")"
                    // "Workers are also striking on Tuesday": the present progressive of an arrangement, with its day
                    + "|\\b(?:is|are|am)\\s+(?:also\\s+|now\\s+|still\\s+)?(?!(?:being|going|expecting|forecasting|predicting)\\b)"
                    + "[a-z]{3,}ing(?=(?:\\s+(?!(?:after|following|since|during|from|and|but)\\b)[^\\s,;.]+){0,6}?\\s+(?:on\\s+|from\\s+)?"
                    + "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)"
                    // "Met Éireann is forecasting mostly dry conditions for the weekend", "has forecast heavy rain over Christmas",
                    // "the port said it was expecting up to 10,000 cars on Saturday"
                    + "|\\b(?:is|are|was|were)\\s+(?:now\\s+|also\\s+)?(?:forecasting|predicting|expecting)\\b"
                    + "|\\b(?:has|have)\\s+(?:now\\s+|also\\s+)?forecast\\b"
                    // "he expected sales to peak between September and November", "is next indexed on 1 August"
                    + "|(?<!\\b(?:than|as|had|was|were|is|are|be|been)\\s)\\bexpected\\s+(?:[a-z]+\\s+){1,2}(?=to\\s+[a-z])"
                    + "|\\b(?:is|are)\\s+next\\s+(?=[a-z]+ed\\b)"
                    // "wind chills as low as 25 below zero expected Tuesday morning": a forecast's day
                    + "|\\bexpected(?=\\s+(?:on\\s+|by\\s+|late\\s+|early\\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)"
                    // "A total fire ban has been declared for Wednesday", "a warning is in place for Sunday": a day ahead
                    + "|\\b(?:declared|issued|forecast|in\\s+place)(?=\\s+(?:[^,;.]{0,60}\\s)?for\\s+(?:Mon|Tues|Wednes|Thurs|Fri"
                    + "|Satur|Sun)day\\b)"
                    // "The Met Office has issued a yellow warning for heavy rain on Tuesday night": the warning's day
                    + "|\\b(?:has|have)\\s+(?:also\\s+|now\\s+)?(?:issued|declared|put\\s+out)\\s+(?:[^,;.]{0,40}?\\s)?(?:warnings?"
                    + "|alerts?|watch(?:es)?|advisor(?:y|ies)|bans?)\\b(?=" + WARNING_DAY + ")"
                    // "a yellow warning for heavy rain has already been issued for Powys from 6am on Friday"
                    + "|\\b(?:warnings?|alerts?|watch(?:es)?|advisor(?:y|ies)|bans?)\\b[^,;.]{0,60}?\\s(?:has|have)\\s+(?:also\\s+"
                    + "|now\\s+|already\\s+)?been\\s+(?:issued|declared|put\\s+out)\\b(?=" + WARNING_DAY + ")"
                    // "A provisional trial date of 19 June has been set": the date set lies ahead
                    + "|\\b(?:trial|hearing|sentencing|provisional|new|completion|court)\\s+date\\s+(?:of|for)\\b"
                    // "The summit, scheduled for June 24-25, is expected …": an aside that gives a timetable
                    + "|(?<=,\\s)(?:scheduled|slated|planned|set|due)(?=\\s+(?:(?:out|back)\\s+)?(?:for|on)\\b)"
                    // "Further action in December has not been ruled out": a possibility still ahead
                    + "|\\b(?:(?:had|has|have)\\s+)?not\\s+(?:been\\s+)?ruled\\s+out\\b|\\b(?:refused|refuses|declined|declines)\\s+to\\s+rule\\s+out\\b"
                    + "|\\b(?:would|did|does)\\s+not\\s+rule\\s+out\\b|\\b(?:wouldn|didn|doesn)['’]t\\s+rule\\s+out\\b)");
    /**
     * "would", "was due to" (a plan seen from the past, which may since have passed), and "could", "might", "may"
     * that look ahead ("could call a strike as early as mid-January").
     */
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(?:was|were|had\\s+(?:" + AT_FIRST + "\\s+)?been)\\s+"
            + "(?:" + AT_FIRST + "\\s+)?(?:due|scheduled|set|slated"
            + "|(?:(?:most|more|very|highly)\\s+)?likely)\\s+to\\b"
            + "|\\b(?:would|wouldn['’]t|(?:could(?!" + COULD_LOOKS_AHEAD + ")|might|should|(?-i:may))"
            // "might not have been", not "might not have electricity back until Thursday"
            + "(?!\\s+(?:not\\s+)?have\\s+(?:been|had|[a-z]+(?:ed|en|wn))\\b))\\b|(?<=[a-z])['’]d\\b");
    /** "they should have been finished by the end of November": what ought to have happened, in the past. */
    private static final Pattern MODAL_PERFECT = Pattern.compile("(?i)\\b(?:should|could|might|must|may)(?:n['’]t)?"
            + "\\s+(?:not\\s+)?have\\s+(?:been\\s+)?[a-z]+(?:ed|en|wn)\\b");
    /** After a modal, "have" + participle ("would otherwise have expired") is no present perfect. */
    private static final Pattern PERFECT = Pattern.compile(
            "(?i)\\b(?<!\\b(?:would|could|should|might|must|may|will)\\s(?:[a-z]{1,12}\\s)?)\\b(?:has|have|hasn['’]t|haven['’]t)\\s+(?:(?:also|already|now|not|never|ever|long|since|recently|just|repeatedly)\\s+)?"
                    + "(?:been(?!\\s+ruled\\s+out)|[a-z]+ed|[a-z]+en|[a-z]+wn|met|had|made|said|told|sent|held|won|lost|led|done|seen|taken|given"
                    + "|left|paid)\\b");
    /**
     * A past form is no past tense after an auxiliary that makes it a passive, an infinitive or
     * a modal's verb ("is planned", "will set out", "to be held"), nor after a determiner or a
     * degree word that makes it an adjective ("a revised plan", "more unsettled weather").
     */
    private static final Pattern PAST = Pattern.compile(
            // the leading word boundary only fails fast where no word starts, before the look-behinds run
            "\\b(?<!-)(?<!\\b(?:A|An|The|Its|His|Her|Their|Our) )(?<!\\b(?i:it|that|there|here|he|she|what|who|where|everything|nothing|something)['’]s )(?<!\\b(?:be|being|been|is|are|am|will|would|shall|should|could|can|may|might|must|to|not|a|an|the|its"
                    + "|his|her|their|our|your|these|those|newly|have|more|most|less|least|very|too|stay|stays|remain"
                    + "|remains|get|gets|become|becomes|seem|seems|look|looks) )(?<!['’]ll )"
            + "(?<!\\b(?:be|being|been|is|are|am|will|to|not) (?:[a-z]{1,15}ly|next|still|also|already|often|always|never|yet) )"
            // "cost more than they did a year ago": the comparison's verb, not the clause's
            + "(?<!\\b(?:for|with|of|from|in|on|at|as|into|without) )(?<!\\bthan (?:they|it|we|he|she|I|you) )(?<!\\b(?:have|has|get|got|having)\\s[a-z£$0-9,'’]{1,15}\\s)"
            + "(?<!\\b(?:have|has|get|got|having)\\s[a-z£$0-9,'’]{1,15}\\s[a-z£$0-9,'’]{1,15}\\s)(?<!^)(?!un(?!veil|leash|lock|pack|load|cover|furl|wrap|seat|earth|tie)[a-z]+ed\\b)\\b(?!(?:United|hundred|indeed|exceed|proceed|succeed|speed|breed|embed|compared(?=\\s+(?:with|to)\\s))\\b)(?:[A-Za-z]{2,}[a-z]ed|died|used|owed|axed|(?:did|was|were|could|had)n['’]t|shut|said|told|met|was|were|had|did|went|came|took|gave|made|spoke|saw|won|lost|held"
                    + "|(?<!(?:days?|weeks?|months?|years?|time|minutes|hours) )left|began|sent|led|ran|fell|rose|paid|laid|sold|bought|struck|hit|spent|found|kept|brought|thought"
                    + "|knew|got|grew|drew|flew|wrote|chose|broke|shook|stood|sat|set out|set off|(?<!\\bhas\\s)set(?=\\s+(?:a|an)\\s)|burst(?=\\s+(?:its|their|the|into|through|open|beneath|under|onto|on)\\b)|heard|cut(?=\\s+(?:about|around|some|more|nearly|almost|its|their|his|her|the|a|an|rates?|interest|taxes|prices|jobs|output"
                    + "|production|supplies|supply|costs?|spending|staff|hours|\\d))|shed|quit|fought|sought|taught|caught"
                    + "|felt|meant|became|forgot|hid|(?<!\\b(?:flu|booster) )shot|swore|tore|wore|bore|threw|understood|withdrew|overtook|undertook|shrank|sank|rang|sang|swam|drove|rode|froze|stole|woke|beat|bit|blew|dealt|dug|fed|fled|forbade|forgave|hung|lay|lit|slid|split|spread|stuck|stung|swept|swung|wept|slept|upheld|learnt)\\b(?!-[a-z])");

    /**
     * What may stand before the date in a fronted adverbial ("On Friday,", "Late on Friday,", "In a
     * statement on Friday,", "Speaking on Monday,"): nothing, or words opening with a preposition,
     * an adverb of time or a participle; a
     * clause of its own ("Schools return on Monday,") opens with its subject instead.
     */
    private static final Pattern ADVERBIAL_OPENING = Pattern.compile("(?is)\\s*(?:(?:in|on|at|by|for|outside|inside|near|under|elsewhere"
            + "|across|around|throughout|late|early|earlier"
            + "|later|after|before|during|since|until|till|from|last|this|next|then|also|meanwhile|shortly|just"
            + "|as|yet|but|and|so|asked|questioned|pressed|interviewed|contacted|reached|[a-z]+ing)\\b.*)?");
    /**
     * A clause of a few words without an -ing word or a verb a clause could have: a phrase, not a clause. After "on",
     * "in" or "at" it may run to nine words ("at a ceremony in Dublin's Mansion House on Wednesday night"), after the
     * others to seven ("with a weekend of events between Christmas and New Year" is a clause of its own).
     */
    private static final Pattern VERBLESS = Pattern.compile("(?i)\\s*(?:(?:on|in|at)(?=(?:\\s+[^\\s,;:]+){1,9}[.!?]?\\s*$)"
            + "|(?:late|early|around|about|with|shortly|just|overnight|after|following)(?=(?:\\s+[^\\s,;:]+){1,7}[.!?]?\\s*$))"
            + "(?:\\s+(?!\\S*ing\\b)[^\\s,;:]+)+[.!?]?\\s*");
    /** ", who last played", ", whose album was nominated", ", capped by": a clause about a noun, not the sentence's verb. */
    private static final Pattern TRAILING_RELATIVE = Pattern.compile(",\\s+(?:who|whom|whose|which|where)\\b|,\\s+[a-z]+ed\\s+by\\b");
    /** "landowners who have not cleared": the verb of a subject's "who" clause. */
    private static final Pattern WHO_BEFORE = Pattern.compile("\\bwho\\s+$");
    /**
     * "…, holding off a late charge", "…, with some combines rolling in Essex": a participle clause of the same time, not
     * one of a result ("clearing the way for") or of what lies ahead ("getting ready to").
     */
    private static final Pattern PARTICIPLE_CLAUSE = Pattern.compile("\\s*(?:with\\s+(?:[A-Za-z]+\\s+){1,3}?)?(?!(?:clearing|paving|setting|opening|leaving"
            + "|making|forcing|prompting|raising|sparking|triggering|bringing|putting|getting|going|preparing|heading)\\b)[a-z]{3,}ing\\s");
    /**
     * A conjunction that opens a clause of its own, whose past verb dates it even after "will" or "want to"
     * ("motorists who were travelling … on Saturday").
     */
    static final Pattern PAST_CLAUSE_OPENER = Pattern.compile("\\s(?:after|because|since|who(?=\\s(?:was|were|had)\\s))\\s");
    /** After a future and its date, what opens a clause with a past of its own ("after the regulator confirmed"). */
    private static final Pattern AFTER_THE_DAY = Pattern.compile("\\s(?:after|because|since|when|as|once)\\s");
    /** A past participle's agent or place ("a timetable agreed by the council"): the participle qualifies a noun. */
    private static final Pattern AGENT_AFTER = Pattern.compile("\\s+(?:by|in)\\b");
    /** "a podcast hosted by …" (not "in": in "he died in hospital" the past is the sentence's own). */
    private static final Pattern AGENT_BY = Pattern.compile("\\s+by\\b");
    /** "a visit that was dropped": the past of a relative clause. */
    private static final Pattern RELATIVE_PRONOUN_BEFORE = Pattern.compile("\\b(?:that|which|who)\\s+(?:(?:was|were|had)\\s+)?$");
    private static final String QUOTES = "\"“”";
    private static final String SECOND_VERB = "\\sand\\s(?=(?:will|won['’]t|would|has|have|had|is|are|was|were|(?:expected|planned|hoped)\\s+to)\\s)";
    private static final Pattern SECOND_VERB_AHEAD = Pattern.compile(SECOND_VERB);
    /**
     * Commas, semicolons, colons, dashes, "because", "once" before its subject ("on Thursday once the building has
     * been made safe"), "but" before a verb ("will be dark on Easter Sunday but has added a matinee"), "that" or
     * "saying" opening a reported clause ("warned that …", "on Monday saying my rent will go up"), and "and" before
     * the auxiliary of a second verb ("curtailed output in July and will keep …", "and expected to wrap up").
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s(?!\\d{1,2}-\\d{1,2}\\b)|;|:\\s|\\s[–—-]\\s|\\sbecause\\s|\\sonce\\s(?=(?:the|it|they|we|all)\\s)|\\sbut\\s(?=(?:has|have|had|was|were|is|are|did|does|do|will|would|could|can|may|might|must|should|[a-z]+ed)\\b)"
            + "|\\ssaying\\s|\\sthat\\s(?!(?:day|morning|afternoon|evening|night|week|month|year|time|number|figure|total|level|mark|target)\\b)|" + SECOND_VERB);

    private Tense() {
    }

    /** Whether the sentence has a verb of its own in the past tense, not a participle or a relative clause's. */
    static boolean toldInThePast(String sentence, List<Cue> cues) {
        return cues.stream().anyMatch(cue -> cue.kind() == Kind.PAST
                && !AGENT_BY.matcher(sentence).region(cue.end(), sentence.length()).lookingAt()
                && !RELATIVE_PRONOUN_BEFORE.matcher(sentence).region(0, cue.start()).find());
    }

    static List<Cue> cues(String sentence) {
        List<Cue> cues = new ArrayList<>();
        collect(MODAL_PERFECT, sentence, Kind.PAST, cues);
        collect(FUTURE, sentence, Kind.FUTURE, cues);
        collect(CONDITIONAL, sentence, Kind.CONDITIONAL, cues);
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

    /**
     * The kind of the cue that governs {@code [start, end)}: the nearest in its clause (commas,
     * semicolons, colons and dashes delimit clauses), or, for a fronted adverbial such as
     * "On Friday, Mr Biden … condemned", the nearest in the sentence ({@link #ADVERBIAL_OPENING}); for a
     * short aside or a participle clause without a verb of its own, the verb before it (or after it, when
     * none comes before). A past form between "will" and the phrase is no verb of the clause.
     * Null when none governs it:
     * in "lost the vote, clearing the way for an election on Feb. 23" the past of "lost" says
     * nothing about the election.
     */
    static Kind governing(String sentence, List<Cue> cues, int start, int end) {
        int[] quote = quoteAround(sentence, start, end);
        if (quote != null) {
            // "\"On Monday we start making our case,\" she said": the quote's own tense, not the attribution's
            List<Cue> inQuote = cues.stream().filter(c -> c.start() >= quote[0] && c.end() <= quote[1]).toList();
            return governingWithin(sentence, inQuote, start, end);
        }
        return governingWithin(sentence, cues, start, end);
    }

    /** The span of the quotation {@code [start, end)} stands in, or null when it stands in none. */
    static int[] quoteAround(String sentence, int start, int end) {
        int open = -1;
        int count = 0;
        for (int i = 0; i < start; i++) {
            if (QUOTES.indexOf(sentence.charAt(i)) >= 0) {
                count++;
                open = i;
            }
        }
        if (count % 2 == 0) {
            return null;
        }
        int close = sentence.length();
        for (int i = end; i < sentence.length(); i++) {
            if (QUOTES.indexOf(sentence.charAt(i)) >= 0) {
                close = i;
                break;
            }
        }
        return new int[] {open, close};
    }

    private static Kind governingWithin(String sentence, List<Cue> cues, int start, int end) {
        int clauseStart = clauseStart(sentence, start);
        int clauseEnd = firstBreakStart(CLAUSE_BREAK, sentence, end);
        List<Cue> inClause = cues.stream().filter(c -> c.start() >= clauseStart && c.end() <= clauseEnd).toList();
        boolean quoted = quoteAround(sentence, start, end) != null;
        int future = inClause.stream().filter(c -> c.kind() == Kind.FUTURE && c.end() <= start
                        && (quoted || quoteAround(sentence, c.start(), c.end()) == null)).mapToInt(Cue::end)
                .min().orElse(-1);
        if (future >= 0) {
            // "will visit affected areas on Wednesday", "will review how airlines treated stranded passengers
            // starting Thursday": a past form after "will" and before the date is an adjective or another clause's
            // "will pay no tax after the minister announced a rebate on Saturday" keeps the past of its "after" clause
            inClause = inClause.stream().filter(c -> !(c.kind() == Kind.PAST && c.start() >= future && c.end() <= start
                    && !PAST_CLAUSE_OPENER.matcher(sentence).region(future, c.start()).useTransparentBounds(true).find())).toList();
            // "will open from 6th April under a new timetable agreed by the council", "will rise from 1 April after
            // the regulator confirmed …": a past after the date qualifies a noun or opens a clause of its own
            inClause = inClause.stream().filter(c -> !(c.kind() == Kind.PAST && c.start() >= end
                    && (AFTER_THE_DAY.matcher(sentence.substring(end, c.start())).find()
                    || AGENT_AFTER.matcher(sentence).region(c.end(), sentence.length()).lookingAt()))).toList();
        }
        if (!inClause.isEmpty()) {
            return nearest(inClause, start, end);
        }
        boolean fronted = sentence.substring(0, clauseStart).isBlank() && clauseEnd < sentence.length()
                && ADVERBIAL_OPENING.matcher(sentence.substring(clauseStart, start)).matches();
        if (fronted) {
            // "On Sunday, the festival closes with a set by Vreeland, who last played here in 2021": the past of a
            // relative clause after the main one is not the tense the fronted date is read by; nor is "From Monday,
            // landowners who have not cleared … face fines" that of the subject's "who" clause
            return nearest(outsideTrailingRelatives(sentence, cues, clauseEnd).stream()
                    .filter(c -> !WHO_BEFORE.matcher(sentence).region(0, c.start()).find()).toList(), start, end);
        }
        // "sparked a fire north of Prescott, Arizona, on Sunday afternoon": a short clause with no verb of its
        // own (the commas are a place name's) goes with the verb before it
        String clause = sentence.substring(clauseStart, clauseEnd);
        List<Cue> before = cues.stream().filter(c -> c.end() <= clauseStart).toList();
        // "has opened its season with a win, holding off a late charge on Saturday night": a participle clause
        // after the verb tells of the same time
        if (!VERBLESS.matcher(clause).matches() && !PARTICIPLE_CLAUSE.matcher(clause).lookingAt()) {
            return null;
        }
        // "The first attempt, on Tuesday, was called off": with no verb before, the verb after the aside
        List<Cue> outside = before.isEmpty() ? cues.stream().filter(c -> c.start() >= clauseEnd).toList() : before;
        return outside.isEmpty() ? null : nearest(outside, start, end);
    }

    /** The cues outside the relative and passive-participle clauses that open after {@code from}, each to its break. */
    private static List<Cue> outsideTrailingRelatives(String sentence, List<Cue> cues, int from) {
        List<Cue> outside = cues;
        Matcher relative = TRAILING_RELATIVE.matcher(sentence).region(from, sentence.length());
        while (relative.find()) {
            int opens = relative.start();
            int closes = firstBreakStart(CLAUSE_BREAK, sentence, relative.end());
            outside = outside.stream().filter(c -> c.end() <= opens || c.start() >= closes).toList();
        }
        return outside;
    }

    private static int clauseStart(String sentence, int position) {
        return lastBreakEnd(CLAUSE_BREAK, sentence, position);
    }

    /** Where the last match of {@code breaks} that ends by {@code position} ends, or 0 when none does. */
    static int lastBreakEnd(Pattern breaks, String sentence, int position) {
        int lastEnd = 0;
        Matcher before = breaks.matcher(sentence).region(0, position);
        while (before.find()) {
            lastEnd = before.end();
        }
        return lastEnd;
    }

    /** Where the first match of {@code breaks} from {@code position} on starts, or the sentence's end when none does. */
    static int firstBreakStart(Pattern breaks, String sentence, int position) {
        Matcher after = breaks.matcher(sentence).region(position, sentence.length());
        return after.find() ? after.start() : sentence.length();
    }

    /** Where "and" opens a second verb after {@code from} ("… in July and will keep …"), or the sentence's end. */
    static int secondVerbAfter(String sentence, int from) {
        return firstBreakStart(SECOND_VERB_AHEAD, sentence, from);
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
