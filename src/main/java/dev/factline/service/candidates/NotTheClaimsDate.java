package dev.factline.service.candidates;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date phrases that resolve to a date but do not date the sentence's claim, or whose direction
 * the sentence leaves in doubt. The candidate is then left undated, with the phrase and the
 * reason shown: a wrong date on a public fact-check costs more than a date the fact-checker
 * types in.
 */
final class NotTheClaimsDate {

    private static final String WEEKDAY = TemporalResolver.WEEKDAY_WORD;
    /** Unlike the resolver's month word, without its full stop, which each use below places itself. */
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";

    /** Past forms of common verbs that do not end in "-ed", for the relative clauses below. */
    private static final String IRREGULAR_PAST = "began|ran|won|lost|left|came|went|took|made|held|built|fell|rose|grew"
            + "|hit|struck|broke|wrote|sold|bought|paid|set|spent|gave|found|saw|met|signed|opened|closed|started|ended";
    /**
     * "each June", "every clear Friday", "typically", "Its fiscal year runs from July through June",
     * "the peak dengue season runs from June to October", "the first quarter is always the weakest",
     * "Hogmanay has always been the main event", "Oklahoma sees most of its tornadoes between April and June": a
     * habit dates no single claim.
     */
    private static final Pattern HABIT = Pattern.compile("(?i)\\b(?:(?:each|every)\\s+(?:(?:(?!(?:by|on|in|at|from|until|till|before|after|during|for|to|next|this|last)\\b)"
            + "[a-z]+\\s+){0,2}(?:" + MONTH
            + "|" + WEEKDAY + "|spring|summer|autumn|fall|winter|Christmas|(?-i:[A-Z][a-z]+(?:['’]s)?\\s+Day)|Easter|Halloween|Thanksgiving|New\\s+Year|Hogmanay)\\b|(?:" + MONTH + "|" + WEEKDAY
            + "|spring|summer|autumn|fall|winter|week(?:end)?|month|year|morning|evening|night|day|season|quarter))"
            + "|typically|usually|always\\s+[a-z]+s\\s+(?:on|in|at|during|from)|\\b(?:we|they|you)\\s+always\\s+(?![a-z]+ed\\b|(?:said|knew|thought|felt|told|had|did|got|made|took|went|saw)\\b)[a-z]+\\b"
            // "There is a particular kind of silence that falls over a campus at Easter", "There's a particular smell to a
            // Dublin estate on Halloween night": what any such day is like
            + "|^there(?:\\s+i|['’])s\\s+(?:a|an)\\s+(?:(?:particular\\s+|certain\\s+|special\\s+)?(?:kind|sort|type)\\s+of"
            + "|particular\\s+[a-z]+\\s+to)\\b|for\\s+most\\s+of\\s+(?:my|his|her|their|our)"
            + "\\s+li(?:fe|ves)|traditionally|historically(?=,)|^for\\s+(?:decades|generations)(?=,)|^most\\s+(?!of\\b)(?:\\S+\\s+){1,5}?(?:apply|file)\\s|(?<!\\b(?:running|operating|functioning|working)\\s)normally|routinely|tend(?:s|ed)?\\s+to|used\\s+to|often|rarely|seldom|frequently|most\\s+years|in\\s+other\\s+years|(?<!than\\s)in\\s+any\\s+year"
            + "|in\\s+(?:a\\s+)?(?:normal|typical|non-leap|common|ordinary)\\s+years?"
            + "|(?:fiscal|financial|academic|school|tax)\\s+year\\s+runs\\s+from"
            + "|(?:is|are)\\s+(?:always\\s+)?one\\s+of\\s+the\\s+[a-z]+est\\b"
            + "|(?:peak|dry|wet|rainy|monsoon|hurricane|typhoon|cyclone|fire|flu|dengue|breeding|nesting|hunting|fishing"
            + "|tourist)\\s+season\\s+runs\\s+from|(?:is|are)\\s+always\\s+(?:the|a|an|soft|quiet|busy|slow|weak|strong)\\b"
            + "|\\b(?:is|become|becomes)\\s+(?:a|an)\\s+(?:[a-z]+\\s+)?(?:ritual|tradition)\\b|ha(?:s|ve)\\s+always\\s+been"
            + "|(?:each|every)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
            // "clocks changed on the first Sunday in April and the last Sunday in October": a rule of every year
            + "|(?:first|second|third|last)\\s+" + WEEKDAY + "\\s+(?:in|of)\\s+" + MONTH + "\\s+and\\s+the\\s+(?:first|second|third|last)\\s+"
            + WEEKDAY
            + "|(?<!\\b(?:from|between|this|next|last)\\s)" + WEEKDAY + "\\s+(?:to|through)\\s+" + WEEKDAY
            // "When the king's birthday lands on a Sunday, the holiday moves to the day before": a rule for any year
            + "|^(?:when|if)\\s+[^,]*\\b(?:falls?|lands?)\\s+on\\s+a\\s+" + WEEKDAY
            // "The June-September season brings about 70 per cent of India's annual rainfall": every year's season
            + "|^the\\s+(?:" + MONTH + ")\\s*[-–]\\s*(?:" + MONTH + ")\\s+(?:(?:monsoon|rainy|wet|dry|hurricane|cyclone)\\s+)?"
            + "season\\s+(?:brings|accounts|delivers|provides|is)\\b"
            // "The museum is open from Tuesday to Sunday, 10am to 4pm": its opening hours
            + "|(?:is|are)\\s+open\\s+(?:from\\s+)?" + WEEKDAY + "\\s+(?:to|through|until)\\s+" + WEEKDAY
            + "|" + WEEKDAY + "\\s+(?:to|through)\\s+" + WEEKDAY + "\\s+(?:nights|mornings|afternoons|evenings)"
            + "|(?:(?:more|less|most|least)\\s+|(?<=\\b(?:is|are)\\s))common|not\\s+unusual|(?:spring|summer|autumn|winter)\\s+months"
            + "|(?:sees|gets|receives|records|has)\\s+most\\s+of\\s+(?:its|their)|(?:see|get|receive|record|have)\\s+most"
            + "\\s+of\\s+their)\\b");
    /** What may stand between a verb and its day: nothing, or one word ("told us on Tuesday"). */
    private static final Pattern BESIDE = Pattern.compile("\\s+(?:[a-z]+\\s+|\\d{1,2}-\\d{1,2}\\s+)?");
    /** "usually emptied", "normally held": a habit told of a noun by a participle. */
    private static final Pattern HABIT_PARTICIPLE = Pattern.compile("\\s+(?:[a-z]+ed|[a-z]+en|held|made|paid|sold|run|seen|shown|built|put|set|hit)\\b");
    private static final Pattern DAYS_OF_A_PERIOD = Pattern.compile("(?i)(?:every|each)\\s+(?:" + WEEKDAY
            + "|day|night|morning|evening|afternoon)");
    private static final Pattern HABIT_ADVERB = Pattern.compile("(?i)usually|normally|typically|traditionally|routinely");
    private static final Pattern VERB_OF_THE_SENTENCE = Pattern.compile("\\b(?:will|would|is|are|was|were|has|have|had"
            + "|can|must|should)\\b");
    /** What ends the clause a habit must share with the phrase: a comma, a semicolon, a dash, "when" or "which". */
    private static final Pattern HABIT_CLAUSE_BREAK = Pattern.compile(",\\s(?!with\\b)|;|\\s[–—-]\\s|\\s(?:when|which|who|as)\\s");
    /** An "if" or "unless" before the phrase in the same clause: "If the government cut them tomorrow". */
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:if|unless)\\b[^,;:]*$");
    /** "If you cannot wait until summer": a condition put to the reader, not an event. */
    private static final Pattern ADDRESSED = Pattern.compile("(?i)\\b(?:if|unless)\\s+you\\b[^,;:]*$");
    /** "If the government cut them tomorrow, some shops would survive": a condition imagined, not a plan. */
    private static final Pattern COUNTERFACTUAL = Pattern.compile("(?i)\\b(?:would|could|might)\\b");
    /**
     * "since the old one closed in 2019": the phrase dates the event a "since" clause counts
     * from, not the claim; the clause has a verb of its own between "since" and the phrase.
     */
    private static final Pattern SINCE_CLAUSE = Pattern.compile("(?i)\\b(since)\\b[^,;:]*$");
    /** "Since 2007, daylight saving time has started on the second Sunday in March": a rule that has held since. */
    private static final Pattern SINCE_OPENS = Pattern.compile("(?i)(?:ever\\s+)?since\\s+[^,;:]{1,40},");
    /** "since the Key Bridge collapse in March 2024": what "since" counts from is an event the phrase dates. */
    private static final Pattern SINCE_EVENT = Pattern.compile("\\s+(?:(?i:at\\s+least|as\\s+early\\s+as)\\s+)?"
            + "(?:(?:(?i:the|a|an|its|his|her|their)\\s+|(?=[A-Z])|(?=[a-z]{2,}(?:tion|ment|sion)\\b))(?!.*\\b(?i:with|over|after|before|during|at|by|for"
            + "|when|but|against|from)\\b)[\\p{L}'’-]+(?:\\s+[\\p{L}0-9.'’-]+){0,5}\\s+)?");
    /** "since beating Sakura Ito in Tokyo in 2019", "since she first used it in October": a clause of its own. */
    private static final Pattern SINCE_DOING = Pattern.compile("\\s+(?:(?:first\\s+)?[a-z]{2,}ing|he|she|they|we|I|it"
            + "|you)\\b");
    /** "since July 2015": what the sentence counts from, never the claim's own date. */
    private static final Pattern SINCE_TEXT = Pattern.compile("(?i)since\\b");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3})");
    /** "running well ahead of last year", "ahead of 2019": that period's figures, not the claim's date. */
    private static final Pattern AHEAD_OR_BEHIND = Pattern.compile("(?i)\\b(?:ahead\\s+of|behind)\\s+$");
    /** "ahead of 2019 levels", "back to pre-pandemic 2019 levels": a year that qualifies a level compared with. */
    private static final Pattern LEVELS_AFTER = Pattern.compile("(?i)^\\s+levels?\\b");
    private static final Pattern A_YEAR_ALONE = Pattern.compile("(?i)^(?:(?:in|of)\\s+)?(?:1[89]|20)\\d{2}$");
    private static final Pattern LAST_YEARS = Pattern.compile("(?i)(?:last|the\\s+previous)\\s+(?:year|season|winter|summer|spring|autumn|fall"
            + "|month|week|quarter)"
            + "|(?:a|one)\\s+year\\s+(?:ago|earlier)");
    /** "64 per cent a year earlier", "$186 million, or $1.03 a share, a year earlier": a figure's point of comparison. */
    private static final Pattern A_YEAR_BEFORE = Pattern.compile("(?i)(?:a|one)\\s+year\\s+(?:earlier|before|ago)");
    private static final Pattern FIGURE_BEFORE = Pattern.compile("(?i)(?:\\d|%|per\\s+cent|percent)[^\\s,;:]*"
            + "(?:\\s+(?:a\\s+share|per\\s+cent|percent|million|billion|bn|trillion|crores?|lakhs?|tons?|tonnes?|barrels|units|people|votes|cents|pence))?,?\\s+$");
    /** ", citing inflation of 9% in April": the date of what the sentence cites. */
    private static final Pattern CITING = Pattern.compile("(?i),\\s+(?:citing|noting|pointing\\s+to|including|based\\s+on"
            + "|most\\s+recently)\\b[^,;:]*$");
    /** "The government's budget for next year, …, is unlikely to pass": the year the subject is for. */
    private static final Pattern SUBJECT_FOR = Pattern.compile("^(?:The|A|An|Its|Their|His|Her|Our|[A-Z][A-Za-z]+['’]s)\\s+"
            + "(?:[A-Za-z-]+(?:['’]s)?\\s+){1,3}?(?:for|of)\\s+(?:(?:fiscal|financial|tax|academic)\\s+(?:year\\s+)?)?$");
    private static final Pattern YEAR_NAMED = Pattern.compile("(?i)(?:(?:last|this|next)\\s+year|\\d{4})");
    /** "She remembers the great storm of January 1953": the claim is a memory, held now. */
    private static final Pattern REMEMBERS = Pattern.compile("(?i)\\b(?:remembers?|recalls?)\\s+(?:the|a|an|his|her"
            + "|their|its)\\b[^,;:]*$");
    /** "she said, referring to the 2023 cholera outbreak north of Pretoria": what a remark alludes to. */
    private static final Pattern REFERRING_TO = Pattern.compile("(?i)\\b(?:referring|in\\s+reference|alluding)\\s+to\\b[^;:]*$");
    /** "according to provisional figures released this morning": the source's date. */
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording\\s+to\\b[^,;:]*$");
    private static final String ABOUT = "(?:(?:about|around|roughly|nearly|almost|some|just\\s+over|just\\s+under"
            + "|more\\s+than|less\\s+than)\\s+)?";
    /**
     * "up 14 percent from last year", "more than in all of 2024", "the same as last year", "down
     * from 55 bushels a year ago", "the previous record set in 2022", "up 9% on the same period of
     * 2024", "the levels last seen in 2019", "levels set in 1974", "a repeat of 2018", "Unlike last
     * year", "double the attendance of a decade ago", "as many did during the 2019 episode": a point of comparison.
     */
    /** "down slightly from last year's 63.2 cents": the figure of the period compared with. */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\b(?:up|down|rising|falling|rose|fell)\\s+(?:[a-z]+ly\\s+)?"
            + "from\\s+$");
    private static final Pattern FIGURE_OF_THE_PERIOD_AFTER = Pattern.compile("['’]s\\s+[£$€]?\\d");
    private static final Pattern COMPARED = Pattern.compile("(?i)(?:\\b(?:up|down)\\s+on"
            // "traffic rose 6% from 2024" (but "fell 1.2% over 2028" and "rose 4.2 per cent on the NSE on Wednesday")
            + "|\\b(?:rose|fell|grew|jumped|climbed|dropped|declined|increased|decreased|slipped|gained)\\s+(?:by\\s+)?"
            + ABOUT + "[\\d.,]+\\s*(?:%|percent|per\\s+cent)\\s+from|\\b(?:up|down)\\s+" + ABOUT + "[\\d.,]+\\s*(?:%|percent|per\\s+cent)"
            // "up 6.2% from the budget commissioners adopted last June"
            + "\\s+(?:(?:from|on)(?:\\s+(?:the|its|their|a|an)\\s+[^,;:]{1,50}?)?|over|compared\\s+with)|(?<!\\b(?:earlier|later|sooner|before|after)\\s)\\bthan(?:\\s+in)?"
            + "(?:\\s+all)?|\\b(?:than|(?:below|above|from)\\s+where|(?:of|to|double|twice|triple|half)\\s+what)\\s+(?:it|they|we|he|she|I|you|prices|[a-z]+s)"
            + "\\s+(?:was|were|stood|had(?:\\s+been)?|did)(?:\\s+before\\s+[^,;:]{1,40}?)?(?:\\s+in)?"
            + "|\\b(?:same\\s+as|similar\\s+to)(?:\\s+(?:those|that|the\\s+ones?)(?:\\s+(?:seen|recorded|reported|felt))?)?(?:\\s+in)?|\\bthe\\s+(?:size|scale)\\s+of|\\bresembl(?:e|es|ed|ing)\\s+(?:the|a|an)|\\bcompared\\s+(?:with|to)(?:\\s+[^,;:\\s]+){0,4}?(?:\\s+in)?|\\bcomparisons?\\s+with"
            // "down from 35.9% when these seats were last contested in 2021", "down from nine in March"
            + "|\\b(?:up|down)\\s+from\\s+(?=[^,;:]{0,40}?(?:\\d|\\b(?:peak|high|low|record|two|three|four|five|six|seven|eight|nine|ten|handful|dozen)\\b))[^,;:]{0,60}"
            + "|\\b(?:record|high|low|best|peak)(?:\\s+(?!(?:set|held|reached|of)\\b)[a-z]+)?(?:\\s+of\\s+(?:the\\s+)?"
            + "(?:[^,;\\s]{1,12}|[^,;]{1,30}?))?,?\\s+(?:set|held|reached|of)(?:\\s+(?:by|in|at)\\s+[^,;:]{1,40}?)?(?:\\s+in)?"
            + "|\\b(?:the|their|its)\\s+(?:figure|level|number|total|rate|tally)(?:\\s+(?:in|of|for)"
            + "|(?<!\\b(?:confirmed|announced|released|published|resumed|revealed|disclosed|gave|reported|updated|issued)"
            + "\\s(?:the|their|its)\\s[a-z]{4,6}))"
            + "|\\blast\\s+seen(?:\\s+in)?|\\b(?:little\\s+)?(?:un)?changed\\s+from(?:\\s+the)?|\\bin\\s+line\\s+with|\\boutnumber(?:ed|s)?\\s+(?:those|that)\\s+(?:for|of|in)(?:\\s+all)?|\\ba\\s+(?:repeat|rerun|replay)(?:\\s+of)?|\\bunlike(?:\\s+in)?"
            + "|(?<!\\bno\\s)\\b(?:earlier|later|sooner)\\s+than(?:\\s+in)?"
            + "|\\blevels?\\s+(?:set|reached|recorded|seen)(?:\\s+(?:in|on|during))?"
            + "|\\bfrom\\s+" + ABOUT + "[£$€]?[\\d.,]+\\s*(?:%|p|m|bn|million|billion|per\\s+cent|percent|cents?|pence)?"
            + "|\\b(?:at\\s+)?(?:this|the\\s+same)\\s+(?:point|time|stage)(?:\\s+of)?"
            + "|\\b(?:above|below)\\s+(?:their|its)"
            + "|\\b(?:than|compared\\s+(?:with|to)|above|below)\\s+(?:the|their|its)\\s+(?:same\\s+)?[^,;:\\s]+(?:\\s+[^,;:\\s]+){0,4}"
            + "|\\bthe\\s+(?:same|corresponding)\\s+(?:(?:two|three|four|six|nine|\\d{1,2})\\s+)?(?:periods?|quarters?|months?"
            + "|weeks?|half|halves|time|days?|seasons?)(?:\\s+(?:of|in|a))?"
            // "The total is up by almost 9,000 on the previous month", "up £2 on last year"
            + "|\\b(?:up|down)\\s+(?:by\\s+)?" + ABOUT + "(?:[£$€]?\\d[\\d.,\\u00a0]*\\s*(?:%|percent|per\\s+cent)?|a\\s+(?:third|quarter|half|fifth|tenth))\\s+on"
            // "almost double the attendance of a decade ago", "as many did during the 2019 episode", "as he did last year",
            // "as they were last year", "as they did on their previous tour here in May 2022", "as happened in November",
            // "roughly the same as at last year's event" ("the same as in" is the "same as" alternative above)
            + "|\\b(?:double|twice|triple|treble|half|(?:two|three|four|five|ten)\\s+times)\\s+(?:the|its|their)\\s+[a-z]+"
            + "(?:\\s+[a-z]+)?\\s+(?:of|in)|\\bas\\s+(?:(?:many|they|we|it|he|she|others|most|some|people)\\s+(?:did|was|were)|happened)"
            + "(?:\\s+[^,;:]{1,40}?)??(?:\\s+(?:in|during|on|at|after))?(?:\\s+the)?"
            // "nowhere near as severe as in 2021", "surpassing the £30m paid for the winger Owen Hale in 2022"
            + "|\\bas\\s+(?!(?:early|soon|late|recently|long|far)\\b)[a-z]+\\s+as(?:\\s+in)?|\\bthe\\s+same\\s+as\\s+at"
            // "compared the early start to the season with 2016", "weaker than it had forecast in March"
            + "|\\bcompared\\s+[^,;:]{1,60}?\\swith|\\bthan\\s+(?:it|they|we|he|she)\\s+(?:had\\s+)?(?:forecast|expected|predicted|projected)"
            + "(?:\\s+(?:in|on|at))?"
            + "|\\b(?:surpass|eclips|overtak|rival(?=s|l?ed|l?ing))[a-z]*\\s+(?:the|a|an|its|their|his|her)\\s+[^,;:]{1,60}?"
            // "eased to 1%, from a peak of 10% in 2022", "have fallen 15% from their peak in early 2022"
            + "|\\bfrom\\s+(?:a|an|the|its|their)\\s+(?:record|high|peak|low)\\s+of\\b[^,;:]{0,40}?"
            + "|%\\s+from\\s+(?:a|an|the|its|their)\\s+(?:record|high|peak|low))\\s+$");
    private static final Pattern RECENT_DAY_TEXT = Pattern.compile("(?i)\\b(?:" + WEEKDAY + "|today|yesterday|tonight"
            + "|this\\s+(?:morning|afternoon|evening))\\b");
    private static final Pattern FROM_FIGURE_END = Pattern.compile("(?i)\\bto\\s+[£$€]?[\\d.,]+\\S*\\s+from\\s+[£$€]?[\\d.,]+"
            + "\\s*(?:%|p|m|bn|million|billion|per\\s+cent|percent|cents?|pence)?\\s+$");
    /** "emptied faster than a seaside car park in November": the time of what the claim is compared with. */
    private static final Pattern THAN_A_THING = Pattern.compile("(?<!\\b(?:less|more|fewer|greater)\\s)\\bthan\\s+(?:a|an|the|any|its|their)(?:\\s+(?!(?:was"
            + "|were|is|are|had|has|have|did|will|would)\\b)(?![a-z]+ed\\b)[a-z-]+){1,4}\\s+$");
    /** "slower than the 5.4% increase the group recorded for the 2022 holiday season": the year compared with. */
    private static final Pattern THAN_IN_CLAUSE = Pattern.compile("(?i)(?<!\\b(?:less|more|fewer|greater|rather|other|later"
            + "|earlier|sooner)\\s)\\bthan\\b[^,;:]*$");
    /** "below the second quarter's", "than expected in December's update": what is compared with is a period's. */
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s\\b");
    private static final Pattern COMPARED_WITH_END = Pattern.compile("(?i)\\b(?:below|above|than(?:\\s+expected)?|behind)\\s+$");
    private static final Pattern A_YEAR_QUALIFYING = Pattern.compile("\\d{4}\\s+[a-z]");
    private static final Pattern PREPOSITION_FIRST = Pattern.compile("(?i)(?:in|on|during|at)\\s");
    /** "last year's winner": a title someone holds, not when the claim happened. */
    private static final Pattern TITLE_AFTER = Pattern.compile("(?i)['’]s\\s+(?:winners?|champions?|runners?-up|finalists?"
            + "|title-holders?|holders?|top\\s+scorer|mvp|organi[sz]ers?|captains?|chairs?|hosts?|president|total|tally"
            + "|figures?|record|best|high|level)\\b");
    /** "this week's sale bills appear on Page 6": with no tense in the sentence, the period is only the noun's. */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\s+[a-z]");
    /** A year alone or after "in": the history an aside gives ("founded in 1868", "who won in 2024 and 2025"). */
    private static final Pattern YEAR_TEXT = Pattern.compile("(?i)^(?:in\\s+)?\\d{4}$");
    private static final Pattern ENDS_WITH_A_YEAR = Pattern.compile("\\b\\d{4}$");
    private static final Pattern PERIOD_TEXT = Pattern.compile("(?i)\\b(?:year|month|week|season)$");
    /** ", founded in 1868," and ", who won the title in 2024 and 2025,": an aside set off by commas. */
    private static final Pattern APPOSITIVE = Pattern.compile(",\\s+(?:founded|built|established|formed|opened|born|created"
            + "|imposed|introduced|adopted|granted|awarded|set\\s+up|discovered|unearthed|donated|acquired|last\\s+[a-z]+ed)"
            // "a merchant's trading ledger, discovered beneath floorboards during building work in the spring of 2023"
            + "(?:\\s+(?!(?:and|but|when|after|before|until)\\b)[a-z]+){0,5}\\s+$");
    /** Where an aside at a sentence's end stops: its end, or a "when" clause of its own ("imposed in 2007 when …"). */
    private static final Pattern APPOSITIVE_AT_END = Pattern.compile("[.!?]?\\s*$|\\s+when\\b");
    private static final Pattern RELATIVE_ASIDE = Pattern.compile(",\\s+(?:who|which)\\s+[^,;:]*$");
    /**
     * ", which raised £3,400 in 2023", ", who won in 2024", "since 2012, when a story claimed …":
     * a relative clause tells of what the sentence names.
     */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?i)(?:,\\s+(?:(?:(?:most|many|some|all|none|one|both|several|half)\\s+of|to|of|in|for|by|with|from|at|on)\\s+)?(?:which|who|whom|whose|where)|(?<=\\d),\\s+when)"
            + "\\s+(?:[^,;:\"“”]|\"[^\"]*\"|“[^”]*”)*$");
    /** "the sixth storm of a season that began in September": what a noun is, not when the claim was. */
    private static final Pattern RESTRICTIVE_RELATIVE = Pattern.compile("(?i)\\b(?:a|an|the|its|their|this|that|several"
            + "|some|many|other)\\s+"
            + "(?:[a-z0-9.,-]+\\s+){0,4}[a-z]+\\s+(?:that|which|who)\\s+(?:(?:was|were|is|are|had\\s+been)\\s+(?:due|set"
            + "|scheduled|expected|planned|meant|supposed)|(?:had\\s+)?(?:[a-z]+ed|" + IRREGULAR_PAST + "))\\b[^,;:\"“”]*$");
    /**
     * "carries instruments under a $118 million contract the agency awarded in 2019": a noun, then
     * a relative clause without "that", whose own subject and verb follow it, after the sentence's verb.
     */
    private static final Pattern CONTACT_CLAUSE = Pattern.compile("\\b[a-z]+s\\b[^,;:]*\\b(?:a|an|the)\\s+"
            // "as the Regina Pats rallied", "silos in the Free State slowed": a name and its verb, not "a contract the agency awarded"
            + "(?![A-Z])[^,;:]{1,40}?"
            + "\\s+(?:(?:(?:the|a|an|its|their)\\s+[a-z]+|[A-Z][a-z]+)\\s+|(?<!\\bthat\\s)(?:he|she|they|we|it)\\s+had\\s+)"
            + "(?:[a-z]{3,}ed|paid|won|made|built|sold|bought"
            + "|held|signed|set|spent|lost)\\b[^,;:\"“”]*$"
            // "helped by price increases the company put through in January"
            + "|\\b[a-z]+s\\s+(?:the|its|their)\\s+[a-z]+\\s+(?:had\\s+)?(?:[a-z]{3,}ed|put|" + IRREGULAR_PAST + ")"
            + "(?:\\s+(?:through|in|up|out|on|off))?\\s+$");
    /**
     * ", a feature the city promised two years ago but never launched", ", a song the band first tried out at Glastonbury
     * in 2022": a noun set beside the claim, and what was done to it.
     */
    private static final Pattern APPOSITIVE_CONTACT = Pattern.compile(",\\s+(?:a|an)\\s+(?:[a-z-]+\\s+){1,2}(?:the|its|their)"
            + "\\s+[a-z]+\\s+(?:(?:first|once|originally|later|last)\\s+)?(?:had\\s+)?(?:[a-z]{3,}ed|" + IRREGULAR_PAST + ")\\b[^,;:\"“”]*$");
    /**
     * "said a bike she ordered for her son on the 8th of December had still not arrived": a relative
     * clause without "that" in the subject of a verb that follows it, even when it gives a day.
     */
    private static final Pattern PRONOUN_CONTACT = Pattern.compile("\\b(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur)\\s+"
            + "(?:[a-z-]+\\s+){1,2}(?:he|she|they|we|I|you)\\s+(?:had\\s+)?(?:[a-z]{3,}ed|" + IRREGULAR_PAST
            + ")\\b[^,;:\"“”]*$");
    /** "A federal heat rule proposed by OSHA in 2024 was never finalized": a participle in the subject, its verb next. */
    private static final Pattern SUBJECT_PARTICIPLE = Pattern.compile("^(?:(?:(?:Most|Many|Some|All|None)\\s+of\\s+the"
            + "(?:\\s+[A-Z][a-z]+)*\\s+[a-z]+\\s+in\\s+the|A|An|The|Its|Their|His|Her|Our|Two|Three|Four|Five"
            + "|Six)\\s+(?:(?!(?:is|was|were|are|be|been|has|have|had)\\b)[a-z-]+\\s+){1,4}"
            // "Figures from the British Retail Consortium published on Tuesday showed …"
            + "|(?:Figures|Data|Statistics|Numbers|Results)\\s+(?:from|by)\\s+(?:the\\s+)?(?:[A-Z][A-Za-z-]*\\s+){1,5})"
            + "(?:[a-z]{3,}ed|built|made|held|won|set|signed|sold|paid|given|taken|written|drawn|begun|born|known|seen"
            + "|shown|found|grown|chosen)(?:\\s+(?:only|first|originally|just))?"
            + "(?:\\s+(?:by|for|to|with|from|at|in|on|over)\\s+[^,;:\"“”]{1,60}?)?\\s+(?:(?:in|on|at|during)\\s+)?$");
    /** The subject's own verb, next after the phrase, in a tense that speaks of now: "has still not taken place". */
    private static final Pattern PRESENT_VERB_NEXT = Pattern.compile("^\\s+(?:(?:still|also|now|already|since)\\s+)?"
            + "(?:has|have|(?:is|are)(?!\\s+(?:not\\s+)?(?:expected|due|set|scheduled|slated|planned|likely|unlikely|to"
            + "|going)\\b)|remains?|(?:was|were)\\s+never|requires|says|shows|means|allows|bans|limits|caps|governs"
            + "|includes|covers|applies|lists|counts|employs|owns|runs|holds|keeps|gets?|can|must|might|could)\\b");
    private static final Pattern VERB_AFTER = Pattern.compile("(?:\\s+[a-z]+){0,3}?\\s+(?:had|has|have|was|were|is|are|do\\s+not"
            + "|will|would|remains?|remained|show(?:s|ed)?|found|finds|suggest(?:s|ed)?|reveal(?:s|ed)?)\\b");
    /** "from a reserve fund set up in 2021": a participle after its noun, at the end of the sentence. */
    private static final Pattern NOUN_PARTICIPLE = Pattern.compile("(?i)\\b(?:(?:a|an|the)\\s+(?:(?!(?:is|was|were|are|be|been"
            + "|being|has|have|had|first)\\b)[a-z-]+\\s+){1,3}|(?-i:(?!(?:was|has|is|does|this|its|his|hers|ours|theirs|yes|thus|as|us)\\b)[a-z]+s"
            // "aid for communities in Texas hit by flooding this summer"
            + "(?:\\s+(?:in|across|along)\\s+(?:the\\s+)?[A-Z][A-Za-z]+(?:\\s+[A-Z][A-Za-z]+)?)?)\\s+)"
            + "(?:set\\s+up|founded|established|built|created|launched|introduced|opened|destroyed|damaged|wrecked|hit|struck"
            + "|affected|battered|flooded|devastated|ravaged|made|tabled|offered|buried|laid|erected|planted|installed|imposed"
            // "a schedule of increases legislated more than a decade ago", "price increases taken early this year"
            + "|legislated|enacted|taken(?:\\s+out)?|passed|approved|negotiated|agreed)"
            + "(?:\\s+by\\s+[^,;:]{1,40}?)?\\s+(?:in\\s+)?$");
    /** What may stand between a participle's date and the sentence's verb after it: "buried in 1925 turned out". */
    private static final Pattern VERB_RIGHT_AFTER = Pattern.compile("\\s+(?:(?!(?:and|or|but|in|at|on|by)\\b)[a-z]+\\s+)?");
    /** "Adopt the ordinance as drafted in February": the version of a text, not the claim's date. */
    private static final Pattern AS_DRAFTED = Pattern.compile("(?i)\\bas\\s+(?:originally\\s+[a-z]{3,}ed|drafted|amended"
            + "|written|drawn\\s+up)\\s+(?:in\\s+)?$");
    /**
     * "The figures, released today, are based on …", "a two-hander that premiered Sunday, is less
     * successful": an aside about the subject, then the subject's verb in the present.
     */
    private static final Pattern ASIDE_IN_SUBJECT = Pattern.compile(",[\"”]?\\s+(?:(?:a|an|the)\\s+[^,;:]*?\\b(?:that|which|who)"
            + "\\s+[a-z]+"
            // ", a U.S.-based club founded in 1997, says": an appositive whose participle the date follows
            + "|(?:a|an|the)\\s+(?:[^,;:\\s]+\\s+){0,3}?(?:[a-z]{3,}ed|" + IRREGULAR_PAST + ")(?=\\s+$)"
            // "much of it from Pale Signal, the album due out on 6 February, is more expansive"
            + "|(?:a|an|the)\\s+(?:[^,;:\\s]+\\s+){0,3}?(?:due|set|scheduled|slated)\\b"
            + "|(?:[a-z]{3,}ed|" + IRREGULAR_PAST + ")\\b)[^,;:\"“”]*$");
    /** The span a subject covers, set off by commas before its verb: "The current schedule, from … to …,". */
    private static final Pattern SPAN_ASIDE = Pattern.compile("^(?:The|A|An|Its|Their|His|Her|Our|This)\\s[^,;:\"“”]*,\\s+"
            + "(?:from|between)\\s[^,;:\"“”]*$");
    /** A verb before a relative clause: the clause is then not in the sentence's subject. */
    private static final Pattern VERB_BEFORE = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|has|have|had)\\b"
            + "|\\b(?:[a-z]+(?:ed|s)|said|told)\\s+(?:a|an|the)\\b|\\b(?:includes|contains|features|displays)\\b");
    /** "a former board member who first ran for the Legislature in 2018, has said": a relative clause with no comma. */
    private static final Pattern BARE_RELATIVE = Pattern.compile("(?i),\\s+(?:a|an|the)\\s+[^,;:]*?\\b(?:who|whom|whose|that|which)\\s+"
            + "[^,;:\"“”]*$");
    /**
     * "The university, founded in 1891 as a teachers college, now enrolls" and "Kingsford,
     * champions as recently as 2019, have": an aside between the subject and its verb. One that
     * opens with a preposition, an adverb or an -ing word ("However, on Tuesday, the minister
     * said", "Mr Lee, speaking on Friday, said") may well date the claim, so it is not one.
     */
    private static final Pattern SUBJECT_ASIDE = Pattern.compile("^(?!(?i:however|meanwhile|still|yet|instead|also"
            + "|earlier|later|last|this|next|then|now|today|yesterday|in|on|at|by|for|from|after|before|during|since"
            + "|until|but|and|so|as|when|while|if|although|though|according|separately|overall)\\b)[A-Z][^,;:\"“”]*,\\s+"
            + "(?!(?i:in|on|at|by|for|from|after|before|during|since|until|till|last|this|next|then|now|today"
            + "|yesterday|tomorrow|earlier|later|also|however|meanwhile|who|which|whose|and|but|or|when|where|while"
            + "|if|as|the|a|an)\\b)(?![a-z]+ing\\b)[a-z][^,;:\"“”]*$");
    /**
     * "the council's decision, reported in these pages last week, to withdraw": an aside set off by commas; not
     * the verb after an adverb set off by commas ("Dublin Airport, meanwhile, handled 3.2 million passengers in May").
     */
    private static final Pattern PARTICIPLE_ASIDE = Pattern.compile("(?<!\\d)(?<!\\b(?i:meanwhile|however|though|instead"
            + "|separately|likewise|similarly|too|also|then|still|overall)),\\s+(?!(?!covering|spanning|having)[a-z]+ing\\b)(?:(?:last|originally|initially)\\s+)?(?:[a-z]{3,}ed|built|born|made"
            + "|held|known|written|shown|given|taken|signed|shut|set\\s+up|put\\s+in\\s+place"
            // "The next consumer price index, covering the December quarter, is due on 28 January"
            + "|covering|spanning|having|due)\\b[^,;:\"“”]*$");
    /** "Merrion College, a private liberal arts college in western Pennsylvania founded in 1889, announced …". */
    private static final Pattern NOUN_FOUNDED = Pattern.compile(",\\s+(?:a|an|the)\\s+[^,;:\"“”]{0,60}?\\s(?:founded|established"
            + "|built|formed|opened)\\s+(?:in\\s+)?$");
    /** "Built in 1902 with money from Andrew Carnegie, the library has": a fronted participle's own time. */
    private static final Pattern FRONTED_PARTICIPLE = Pattern.compile("^(?!(?:Asked|Questioned|Pressed|Interviewed"
            + "|Speaking)\\b)(?:[A-Z][a-z]+ed|Built|Born|Founded|Known|Held|Begun|Won|Made|Written|Chosen|Taken|Given"
            + "|Set up|Run)\\b[^,;:\"“”]*$");
    /**
     * A day ("released Tuesday", "held on the 3rd"): an aside that gives one often dates the
     * document or event whose content is the claim ("The report, released Tuesday, showed").
     */
    private static final Pattern DAY_TEXT = Pattern.compile("(?i)\\b(?:" + WEEKDAY + "|\\d{1,2}(?:st|nd|rd|th)?(?!\\d)"
            + "|today|yesterday|tomorrow|day|night|morning|afternoon|evening)\\b");
    /**
     * "the 12 months through November": the end of a span, which American statistics date by their last month as
     * often as by all of them ("the four weeks to 8 November" gives its months: {@code TemporalResolver}).
     */
    private static final Pattern PERIOD_TO = Pattern.compile("(?i)\\bthe\\s+(?:\\d{1,2}|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve)\\s+(?:weeks|months|quarters)\\s+through\\s+$"
            + "|(?i)\\bthe\\s+(?:financial\\s+)?(?:year|half[- ]year)\\s+through\\s+$");
    /** The preposition a phrase opens with ("through February"), or nothing. */
    private static final Pattern LEADING_WORD = Pattern.compile("(?i)(?:to|through|ending|ended)\\s+");
    /** "quoting incident 94 of 15th November": a police log's reference, not a date of the claim. */
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(?:incident|log|reference|crime\\s+number)"
            + "\\s+(?:number\\s+|no\\.?\\s*)?\\d+\\s+of\\s+$");
    /**
     * "the work had been brought forward from September", "moved the start of the legal year from
     * March 25": the old date of a plan that moved ("moved money … from January 2017" is no plan).
     */
    private static final String MOVED = "brought\\s+forward|moved|postponed|delayed|pushed\\s+back|put\\s+back|rescheduled"
            + "|pulled\\s+forward";
    private static final Pattern MOVED_FROM = Pattern.compile("(?i)\\b(?:" + MOVED + "|switched|shifted)"
            + "(?!\\s+(?:money|funds|cash)\\b)(?:\\s+[^,;:.\\s]+){0,8}?\\s+from\\s+$");
    /** "pushed back again, this time to the spring of 2027, bosses confirmed on Friday": where a plan moved to. */
    private static final Pattern MOVED_TO = Pattern.compile("(?i)\\b(?:" + MOVED + ")\\b[^.;:]{0,30}?\\b(?:to|until)\\s+$");
    /** "will now run through Jan. 2 instead of ending Jan. 5": what the claim replaced. */
    private static final Pattern INSTEAD_OF = Pattern.compile("(?i)\\b(?:instead\\s+of|rather\\s+than"
            // "The ceremony, originally planned for Saturday morning, was moved up a day"
            + "|,\\s*originally\\s+(?:planned|scheduled|set|slated|due|billed)\\s+(?:for|on))(?:\\s+[a-z]+){0,2}?\\s+$");
    /**
     * How the reasons begin that put a date in another part of the sentence than its claim: an aside, a clause of its
     * own, a plan replaced ({@link #belongsElsewhere}).
     */
    private static final String IN_AN_ASIDE = "it dates an aside";
    private static final String IN_A_RELATIVE_CLAUSE = "it dates a relative clause";
    private static final String IN_A_FRONTED_CLAUSE = "it dates a fronted clause";
    private static final String REPLACED = "it is the date the claim replaced";
    private static final String IN_A_NAME = "it is part of a name";
    /** "Garbage collection scheduled for Saturday will now take place on Monday": a plan since replaced. */
    private static final Pattern PLANNED_FOR = Pattern.compile("(?i)\\b(?:scheduled|planned|set|due|slated)\\s+(?:for|on)\\s+$");
    private static final Pattern NOW_INSTEAD = Pattern.compile("(?i)\\s+(?:will|has|have|is|are)\\b(?:\\s+(?:now|instead)\\b|[^,;:]*\\binstead\\b)");
    /** "please don't wait until next week": a time the speaker advises against. */
    private static final Pattern DONT_WAIT = Pattern.compile("(?i)\\b(?:don['’]t|do\\s+not|never)\\s+wait\\s+(?:until|till)\\s+$");
    /** "where records began in 1884": the start of a record, not the claim. */
    private static final Pattern RECORDS_BEGAN = Pattern.compile("(?i)\\brecords?\\s+(?:began|begin|started|start)\\s+$"
            // "That would tie the record for the date, set in 1974"
            + "|\\brecord\\b[^.;]*?,\\s+set\\s+(?:(?:in|on)\\s+)?$");
    /** "Madaraka Day marks the anniversary of the attainment of internal self-rule on 1 June 1963". */
    private static final Pattern ANNIVERSARY_OF = Pattern.compile("(?i)\\bmarks\\s+the\\s+(?:[a-z0-9]+\\s+)?anniversary\\s+of\\b[^.;:]*$");
    /** "with three members who supported last year's budget voting no": a clause about the subject. */
    private static final Pattern WHO_CLAUSE = Pattern.compile("\\bwho\\s+[a-z]+\\s+$");
    /** "felt like Christmas Eve", "as if it was still Christmas Day", "just like we did two years ago". */
    private static final Pattern LIKENESS = Pattern.compile("(?i)(?:\\bas\\s+(?:if|though)\\b[^,;:]*|\\blike\\s+[\"“]?"
            + "|\\blike\\s+(?:we|they|he|she|it|I|you)\\s+did\\s+)$");
    /** "We'd rather be playing in December": a wish, not a plan. */
    private static final Pattern WISH = Pattern.compile("(?i)\\b(?:would|['’]d)\\s+rather\\b[^,;:]*$");
    /** "The Royal Black Institution's Last Saturday parades": a capital mid-sentence makes the day a name. */
    private static final Pattern NAMED_LAST = Pattern.compile("^Last\\s+" + WEEKDAY);
    /** "its traditional Fantastic Friday slot on February 13": a capital word before the day and a noun after it. */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<=[a-z,]\\s)(?!(?:On|By|Last|Next|This|Every|Each|Until"
            + "|Since|Before|After|From|And|Or|But|The|A|An)\\b)[A-Z][a-z]+\\s+$");
    private static final Pattern MID_SENTENCE = Pattern.compile("[\\p{L}\\d,]\\s+$");
    /** "Because Easter falls early next year, the spring term will end on Thursday 25 March": the reason, not the claim. */
    private static final Pattern FRONTED_BECAUSE = Pattern.compile("(?:^|[—–]\\s)Because\\s[^,;]*$");
    /** "a 3% rise at the end of January, backdated to April 2018": when a change counts from, not when it comes. */
    private static final Pattern BACKDATED = Pattern.compile("(?i)\\bbackdated\\s+to\\s+$");
    /** "within six months of completion": counted from an event, not from publication. */
    private static final Pattern WITHIN = Pattern.compile("(?i)^within\\b");
    private static final Pattern OF_AFTER = Pattern.compile("^\\s+of\\b");
    /** "the last week of December": a week of a month, not the week before publication. */
    private static final Pattern WEEK = Pattern.compile("(?i)\\b(?:last|first|next|this)\\s+week$");
    /** "Friday night's grandstand show": a later date of the claim outranks it; without one, it dates the claim. */
    private static final String NIGHTS = "\\s+(?:morning|afternoon|evening|night)['’]s\\b";
    private static final Pattern NIGHTS_AFTER = Pattern.compile(NIGHTS);
    /**
     * "Sunday opening", "Tuesday's vote", "the worst Monday-morning feeling", "Sunday evening trains":
     * the weekday qualifies a noun; the claim is not of that day.
     */
    private static final Pattern WEEKDAY_TEXT = Pattern.compile("(?i)\\b" + WEEKDAY + "s?$");
    private static final Pattern QUALIFIED = Pattern.compile("^(?:['’]s\\b|-[a-z]|" + NIGHTS + "|\\s+(?:(?:morning|afternoon|evening|night)\\s+"
            + "(?:trains|services|buses|flights|shows|shifts|sessions|classes)|trains|buses|flights|opening|openings|trading|service"
            + "|services|hours|market|markets|edition|shift|shifts|paper|lunch|brunch|roast|school|league|sessions?"
            + "|deadline|work|shopping|vote|meeting|game|games|match|matches|Mass|worship|rounds|collections)\\b)");
    /** "after January's contraction": a phrase that counts from another event's time. */
    private static final Pattern COUNTED_FROM_TEXT = Pattern.compile("(?i)(?:before|after|since|until)\\s");
    private static final Pattern POSSESSIVE_DAY = Pattern.compile("['’]s\\s");
    /** "ahead of Tuesday's vote", "the issue that dominated Thursday's debate": the day is another event's. */
    private static final Pattern COUNTED_FROM_OR_RELATIVE = Pattern.compile("(?i)\\b(?:(?:ahead|in\\s+advance)\\s+of"
            + "|before|after|since|until|(?:that|which|who)\\s+[a-z]+)\\s+$");
    /** "the Sunday headliner", "its Saturday crowd": a weekday between "the" and a noun names the noun's kind. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|its|their|our|average)\\s+$");
    private static final Pattern LOWER_NOUN = Pattern.compile("\\s+(?!(?:morning|afternoon|evening|night|after|before"
            + "|when|at|in|of|that|itself|and|or|to)\\b)[a-z]+");
    /**
     * A weekday, a day or a month, a season or a quarter written without a year: whether it lies
     * before or after publication comes from the tense alone.
     */
    private static final Pattern DIRECTIONLESS = Pattern.compile("(?i)^(?:(?:on|by|for|from|until|in|during|starting"
            + "|beginning)\\s+)?(?:the\\s+)?(?:" + WEEKDAY + "|\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH
            + "\\.?|" + MONTH + "\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|(?:early|mid|late|end\\s+of)[- ]" + MONTH
            + "|spring|summer|autumn|fall|winter|(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+quarter"
            + "|q[1-4])$");
    /** "Residents who left on Sunday have been told …": a relative clause in the subject, before its verb. */
    private static final Pattern SUBJECT_RELATIVE = Pattern.compile("^(?:[A-Z][^,;:]{0,30},\\s)?[^,;:]*?\\b(?:who|that)\\s+(?!(?:is|are|has|have"
            + "|will|would)\\b)[a-z]+[^,;:]*$");
    private static final Pattern BEFORE_YEAR = Pattern.compile("(?i)before\\s+\\d{4}");
    private static final Pattern BEFORE_WORD = Pattern.compile("(?i)\\bbefore\\s+$");
    /** "Under the timetable released yesterday,", "With today a bank holiday,": a fronted phrase with its own time. */
    private static final Pattern FRONTED_PHRASE = Pattern.compile("^(?:Under|In|According\\s+to|Based\\s+on|With|From)\\s+"
            + "(?:(?:the|a|an|its|their)\\s+|(?<=^(?:With|Under)\\s))[^,;:]*?\\b(?:[a-z]{3,}ed|[a-z]{3,}en)\\s+(?:(?:on|in|at|last)\\s+)?$"
            // "With today a bank holiday, the Commons does not return until Monday the 13th of April"
            + "|^With\\s+$");
    private static final Pattern DATING_BACK = Pattern.compile("(?i)\\b(?:dating|dates|going|stretching|reaching)"
            + "\\s+(?:back\\s+)?to\\s+$");
    private static final Pattern REPORTED_CLAUSE = Pattern.compile("\\sthat\\s");
    private static final Pattern NEW_CLAUSE = Pattern.compile("(?i),\\s+(?:and|but)\\s+(?:if|when|while|though|although)\\b");
    private static final Pattern ATTRIBUTION_AFTER = Pattern.compile(",\\s+(?:[\\w.'’-]+\\s+){0,6}(?:said|told|added|wrote"
            + "|announced|confirmed)\\b");
    /**
     * "said she expected rates to recover", "have been told to leave", "would take effect", "was
     * to have taken effect": the phrase's verb looks ahead from a moment that may lie before
     * publication.
     */
    private static final Pattern LOOKS_AHEAD = Pattern.compile("(?i)\\b(?:(?:expect(?:s|ed)?|plan(?:s|ned)?|told"
            + "|asked|advised|ordered|directed|urged|aim(?:s|ed)?|intend(?:s|ed)?|hop(?:es|ed)|due|set|scheduled|agreed|promised"
            + "|pledged|vowed|committed|threaten(?:s|ed)?|warn(?:s|ed)?|propos(?:es|ed)|offer(?:s|ed)|decid(?:es|ed)"
            + "|vot(?:es|ed)|want(?:s|ed)?|prepar(?:es|ed)|seek(?:s)?|sought|tries|needs?|required)\\b"
            + "[^,;:]*?\\bto\\s+[a-z]+|\\bha(?:s|ve)\\s+to\\s+[a-z]+|must\\s+(?!have\\s+been\\b)[a-z]+"
            + "|\\b(?:un)?likely\\s+to\\s+[a-z]+|would\\s+(?!have\\b)[a-z]+"
            + "|(?:was|were)\\s+(?:not\\s+)?to\\s+(?!the\\b|a\\b|an\\b)[a-z]+|set\\b[^,;:]*?\\bfor|expect(?:s|ed)\\s+(?:(?:a|an|further|more|some)\\s|\\d)|\\bfixed\\s+(?:as|for)(?=\\s+$)|(?:called|cancell?ed)\\s+(?!for\\b)[^,;:]*?\\bfor(?=\\s+$)|(?:called|declared)\\s+a\\s+(?:holiday|meeting)\\b[^,;:]*$|called\\s+for\\b[^,;:]*?\\bto\\s+[a-z]+|planned|scheduled|slated|targeting|was\\s+a\\s+chance\\s+of|(?<!\\bfully\\s)booked(?!\\s+(?:their|its|a)\\s+(?:place|spot|berth))"
            + "|pencil{1,2}ed\\s+in|earmarked|lined\\s+up|listed\\s+for|\\bthe\\s+next\\s+[a-z]+(?=\\s+$)|\\b(?:postponed|adjourned|deferred)\\s+(?:to|until)(?=\\s+$)"
            // "have pushed their forecasts for the first cut back to June": where a plan moved to
            + "|\\b(?:pushed|put|moved|brought)\\b[^,;:]{0,50}?\\b(?:back|forward)(?:\\s+to)?\\s+$"
            // "has promised a final vote by the end of March", "with a hearing expected in the spring"
            + "|\\b(?:promised|pledged|vowed|guaranteed|wants|wanted)\\s+(?:a|an|the|its|their|his|her)\\s|(?<!\\b(?:than|as|been|was|were|is|are|be)\\s)\\bexpected\\s+$"
            + "|gave\\b[^,;:]*?\\buntil|warn(?:s|ed)?\\s+of\\s+(?:(?:further|more|wider|new|fresh|possible|heavy|severe)\\s+[a-z]+"
            // "warned of afternoon thundershowers on Monday": weather is warned of before it comes
            + "|(?:[a-z]+\\s+){0,4}?(?:rain|showers|thundershowers|thunderstorms|storms?|snow|flooding|floods|gales|winds|heat|frost|fog)\\b))"
            + "[^,;:]*$");
    private NotTheClaimsDate() {
    }

    /**
     * Whether the phrase stands in an aside about a noun: a relative or participle clause set off by
     * commas ("In Texas, which also votes March 7, early voting ends Friday", "A petition, started
     * before Christmas, had gathered 3,000 signatures by Tuesday"), a fronted phrase with its own
     * participle ("Under the timetable released yesterday,"), a participle in the subject ("A relief
     * centre opened on Wednesday had registered 600 people by last night"), or gives where a plan
     * moved to ("pushed back to the spring of 2027, bosses confirmed on Friday"), or the span a subject covers
     * ("The current schedule, from the second Sunday in March to …, took effect in 2007"), or an appositive's relative
     * clause ("The headliner, a country singer who last played the fair in 2016, takes the stage Friday"). A date of
     * the claim later in the sentence outranks it; this returns where that date must start, or -1.
     */
    static int asideEnd(String sentence, int start, int end) {
        String before = sentence.substring(0, start);
        int clauseEnd = clauseEnd(sentence, end);
        if (clauseEnd < sentence.length() && sentence.charAt(clauseEnd) == ','
                && (RELATIVE_ASIDE.matcher(before).find() || isParticipleAside(before)
                || FRONTED_PHRASE.matcher(before).find() || SPAN_ASIDE.matcher(before).find()
                || NOUN_FOUNDED.matcher(before).find() || BARE_RELATIVE.matcher(before).find())) {
            return clauseEnd;
        }
        // "was pushed back to October last week": the phrase may begin with the "to" of the move
        int to = sentence.startsWith("to ", start) ? 3 : sentence.startsWith("until ", start) ? 6 : 0;
        if (SUBJECT_PARTICIPLE.matcher(before).find() && VERB_AFTER.matcher(sentence.substring(end)).lookingAt()
                || MOVED_TO.matcher(sentence).region(0, start + to).find()) {
            return end;
        }
        return -1;
    }

    /**
     * Whether the text before a phrase ends in a participle's aside (", built in 1902"); not after a relative clause in
     * the subject ("The four-piece, who released their debut a decade ago, opened … on Thursday"), where the form in
     * "-ed" is the sentence's own verb.
     */
    private static boolean isParticipleAside(String before) {
        Matcher participle = PARTICIPLE_ASIDE.matcher(before);
        return participle.find() && !RELATIVE_ASIDE.matcher(before.substring(0, participle.start())).find();
    }

    /** Whether a plan, an expectation or a deadline told before the phrase looks ahead to it ("told to leave by"). */
    static boolean looksAhead(String before) {
        return LOOKS_AHEAD.matcher(THOUSANDS_COMMA.matcher(before).replaceAll("\u00a0")).find();
    }

    /** Whether the phrase at {@code start} lies in a relative clause (", who died in 2009") that tells of a noun. */
    static boolean inRelativeClause(String sentence, int start) {
        return RELATIVE_CLAUSE.matcher(sentence.substring(0, start)).find();
    }

    /** Whether {@code reason}, given by {@link #reason}, puts the date in another part of the sentence than its claim. */
    static boolean belongsElsewhere(String reason) {
        return reason.startsWith(IN_AN_ASIDE) || reason.startsWith(IN_A_RELATIVE_CLAUSE)
                || reason.startsWith(IN_A_FRONTED_CLAUSE) || reason.startsWith(REPLACED)
                || reason.startsWith(IN_A_NAME);
    }

    /** Whether the phrase is a weekday that qualifies a noun ("Wednesday's meeting"), which a later date outranks. */
    static boolean qualifiesANoun(String sentence, int start, int end) {
        return WEEKDAY_TEXT.matcher(sentence.substring(start, end)).find()
                && (QUALIFIED.matcher(sentence.substring(end)).find()
                || DETERMINER_BEFORE.matcher(sentence.substring(0, start)).find()
                && LOWER_NOUN.matcher(sentence.substring(end)).lookingAt());
    }

    private static final Pattern CONTRAST = Pattern.compile("\\s*(?:but|yet)\\s");
    private static final Pattern CONCESSION_OPENING = Pattern.compile("(?:Although|Though|Even\\s+though)\\s");

    /** A habit told outside a quotation, or inside the one the phrase stands in ("… has always been good," she said on Tuesday). */
    private static boolean tellsOfAHabit(String sentence, int start, int end, List<Tense.Cue> cues) {
        int[] quote = Tense.quoteAround(sentence, start, end);
        int clauseStart = Tense.lastBreakEnd(HABIT_CLAUSE_BREAK, sentence, start);
        int clauseEnd = Tense.firstBreakStart(HABIT_CLAUSE_BREAK, sentence, end);
        // "Every summer, Delgado closes for a week in July": a habit before the sentence's first break opens it, and
        // is all of it; "Hogmanay, by contrast, has always been the main event": so is one told of the subject
        Matcher firstBreak = HABIT_CLAUSE_BREAK.matcher(sentence);
        int openingEnd = firstBreak.find() ? firstBreak.end() : Integer.MAX_VALUE;
        boolean subject = sentence.substring(0, start).isBlank() && clauseEnd < sentence.length()
                && cues.stream().noneMatch(cue -> cue.end() <= clauseEnd);
        Matcher habit = HABIT.matcher(sentence);
        while (habit.find()) {
            int[] habitsQuote = Tense.quoteAround(sentence, habit.start(), habit.end());
            boolean sameQuote = habitsQuote == null || quote != null && habitsQuote[0] == quote[0];
            // "The fair, held every September since 1976, drew 12,000 visitors last year": a habit in another clause
            // tells of something else
            boolean fronted = openingEnd > habit.start();
            if (habit.end() <= clauseStart && CONTRAST.matcher(sentence.substring(clauseStart, start)).lookingAt()) {
                // "Every February we see a few early records, but this year is exceptional": the exception is one time
                continue;
            }
            if (DAYS_OF_A_PERIOD.matcher(habit.group()).matches() && habit.end() <= start
                    && sentence.substring(habit.end(), start).isBlank()) {
                // "every Friday in August", "every night this week": days of the period named next, which dates them
                continue;
            }
            Matcher participle = HABIT_PARTICIPLE.matcher(sentence).region(habit.end(), sentence.length());
            if (HABIT_ADVERB.matcher(habit.group()).matches() && participle.lookingAt()) {
                // "Bins usually emptied on Christmas Day will instead be collected on Saturday 27 December": the habit
                // is the subject's, and ends where the sentence's own verb begins
                Matcher verb = VERB_OF_THE_SENTENCE.matcher(sentence).region(participle.end(), sentence.length());
                if (verb.find() && start >= verb.start()) {
                    continue;
                }
            }
            // "Although she stopped touring in 2011, she continued to teach every Thursday": a concession gives the
            // habit's background
            boolean conceded = start < openingEnd && habit.start() >= openingEnd
                    && CONCESSION_OPENING.matcher(sentence).lookingAt();
            if (sameQuote && (habit.start() < clauseEnd && habit.end() > clauseStart || fronted || subject || conceded)) {
                return true;
            }
        }
        return false;
    }

    /** "in the years without a Feb. 29", "between 11pm and 7am, except on Bonfire Night": any such day. */
    private static final Pattern ANY_DAY_BEFORE = Pattern.compile("(?i)\\b(?:without\\s+an?|except"
            + "|even(?:\\s+(?:in|on|during))?"
            // "The normal date of onset over Kerala is June 1"
            + "|(?:normal|usual|average|typical)\\s+(?:date|day|start|onset)\\b[^,;:]{0,80}?\\s(?:is|was|falls\\s+on)"
            // "In the other years I have my cake on the 28th", "uniforms they wore even in August heat"
            + "|in\\s+(?:the\\s+)?other\\s+years\\b[^,;:]{0,40}?(?:\\s(?:on|in))?)\\s+$");
    private static final String HOLIDAYS = "(?:Easter|Christmas|Thanksgiving|Hanukkah|Diwali|Eid|New\\s+Year)";
    private static final Pattern HOLIDAY_WORD = Pattern.compile("^(?:(?i:at|on|over)\\s+)?" + HOLIDAYS + "$");
    /** "Easter is a busy time", "Christmas is always hard": what any year's holiday is. */
    private static final Pattern ANY_YEARS_HOLIDAY_AFTER = Pattern.compile("\\s+is\\s+(?:always|usually|typically|often|never"
            + "|a\\s+(?:busy|quiet|special|difficult|hard|lonely|stressful|magical|time)|the\\s+one\\s+day)\\b");
    /** "People remember us at Thanksgiving and Christmas": two holidays of any year. */
    private static final Pattern HOLIDAY_PAIR = Pattern.compile("\\b(?i:at)\\s+" + HOLIDAYS + "\\s+(?i:and|or)\\s+"
            + HOLIDAYS + "\\b");
    /** "with use-by dates between 18 May and 24 May": a date printed on a product. */
    private static final Pattern PRODUCT_DATE_BEFORE = Pattern.compile("(?i)\\b(?:use[- ]by|best[- ](?:before|by)|sell[- ]by"
            + "|best\\s+if\\s+used\\s+by|expiry|display[- ]until)[\"”]?\\s+dates?\\s+(?:of\\s+)?$");
    /** "People born on or after 6 April 1960 are affected": a date that says who is meant. */
    private static final Pattern WHO_WAS_BORN = Pattern.compile("(?i)\\b(?:people|someone|anyone|those|children|women|men"
            + "|workers|pensioners)\\s+born\\s+(?:on\\s+or\\s+)?(?:on|in|before|after|between)?\\s*$");

    /**
     * Why the phrase at {@code [start, end)} of {@code sentence} does not date its claim, or empty
     * when it may. A point of comparison ("since 1998") is {@link TemporalResolver#isComparisonPoint}'s.
     */
    static Optional<String> reason(String original, int start, int end, List<Tense.Cue> cues) {
        // "9,000 members": a comma inside a number breaks no clause (same length, so offsets hold)
        String sentence = THOUSANDS_COMMA.matcher(original).replaceAll("\u00a0");
        String text = sentence.substring(start, end);
        String before = sentence.substring(0, start);
        String after = sentence.substring(end);
        if (tellsOfAHabit(sentence, start, end, cues)) {
            return Optional.of("the sentence tells of a habit, not of one day");
        }
        if (ANY_DAY_BEFORE.matcher(before).find() || HOLIDAY_WORD.matcher(text).find()
                && (ANY_YEARS_HOLIDAY_AFTER.matcher(after).lookingAt() || HOLIDAY_PAIR.matcher(sentence).find())) {
            return Optional.of("it names any day of its kind (\"in the years without a Feb. 29\", \"even in August\"),"
                    + " not one day");
        }
        if (PRODUCT_DATE_BEFORE.matcher(before).find()) {
            return Optional.of("it is a date printed on a product (\"use-by dates between …\"), not the claim's");
        }
        if (WHO_WAS_BORN.matcher(before).find()) {
            return Optional.of(IN_A_RELATIVE_CLAUSE + " (\"people born on …\"), which says who is meant, not the claim");
        }
        // "will refund the difference if a price drops within 14 days": counted from a moment the condition leaves open
        if (CONDITION.matcher(before).find() && (COUNTERFACTUAL.matcher(sentence).find()
                || ADDRESSED.matcher(before).find() || WITHIN.matcher(text).find())) {
            return Optional.of("it is part of a condition (\"if …\")");
        }
        Matcher sinceOpens = SINCE_OPENS.matcher(sentence);
        if (sinceOpens.lookingAt() && start >= sinceOpens.end()
                && cues.stream().anyMatch(cue -> cue.kind() == Tense.Kind.PERFECT && cue.start() >= sinceOpens.end())) {
            return Optional.of("the sentence tells what has held since a time (\"" + sinceOpens.group().strip()
                    + "\"), not of one day");
        }
        Matcher since = SINCE_CLAUSE.matcher(before);
        if (since.find() && (cues.stream().anyMatch(cue -> cue.start() >= since.end(1) && cue.end() <= start)
                || SINCE_EVENT.matcher(before.substring(since.end(1))).matches()
                || SINCE_DOING.matcher(before.substring(since.end(1))).lookingAt())
                || SINCE_TEXT.matcher(text).lookingAt()) {
            return Optional.of("it dates what a \"since\" clause counts from, not the claim");
        }
        // "not expected to be completed before 2028" looks ahead to 2028, and dates its claim by it
        if ((BEFORE_YEAR.matcher(text).matches() || BEFORE_WORD.matcher(before).find() && YEAR_TEXT.matcher(text).matches())
                && !Tense.hasFuture(cues)) {
            return Optional.of("it bounds the time of the claim (\"most installed before 1950\"), not its date");
        }
        if (DATING_BACK.matcher(before).find()) {
            return Optional.of("it is where a run starts (\"dating back to …\"), not the claim's date");
        }
        if (SUBJECT_FOR.matcher(before).find() && YEAR_NAMED.matcher(text).matches()) {
            return Optional.of("it names the period of the sentence's subject (\"the budget for next year\"), not the"
                    + " claim's date");
        }
        if (REMEMBERS.matcher(before).find()) {
            return Optional.of("it dates what someone remembers, not the claim");
        }
        if (REFERRING_TO.matcher(before).find()) {
            return Optional.of("it dates what the sentence refers to (\"referring to …\"), not the claim");
        }
        if (ACCORDING_TO.matcher(before).find() || CITING.matcher(before).find()) {
            return Optional.of("it dates the source the sentence cites (\"according to …\", \"citing …\"), not the"
                    + " claim");
        }
        // "from July last year", "from September": the phrase's own "from" belongs to what stands before it
        String withFrom = before + (text.regionMatches(true, 0, "from ", 0, 5) ? "from " : "");
        // "raised their price target to $185 from $160 on Thursday": the day of the change, not of the old figure
        boolean dayOfTheChange = RECENT_DAY_TEXT.matcher(text).find() && FROM_FIGURE_END.matcher(before).find();
        if (!dayOfTheChange && COMPARED.matcher(withFrom).find()
                || THAN_A_THING.matcher(before).find() && PREPOSITION_FIRST.matcher(text).lookingAt()
                || THAN_IN_CLAUSE.matcher(before).find() && A_YEAR_QUALIFYING.matcher(text + after).lookingAt()
                // "third-quarter shipments would come in below the second quarter's"
                || COMPARED_WITH_END.matcher(before).find() && POSSESSIVE_END.matcher(after).lookingAt()
                || AHEAD_OR_BEHIND.matcher(before + (text.regionMatches(true, 0, "of ", 0, 3) ? "of " : "")).find()
                && (LAST_YEARS.matcher(text).matches() || A_YEAR_ALONE.matcher(text).matches())
                || LEVELS_AFTER.matcher(after).lookingAt() && A_YEAR_ALONE.matcher(text).matches()
                || FROM_BEFORE.matcher(before).find() && FIGURE_OF_THE_PERIOD_AFTER.matcher(after).lookingAt()
                || A_YEAR_BEFORE.matcher(text).matches() && FIGURE_BEFORE.matcher(before).find()) {
            return Optional.of("it is a point of comparison (\"up 14 percent from last year\", \"than in 2024\")");
        }
        if (PERIOD_TEXT.matcher(text).find() && (TITLE_AFTER.matcher(after).lookingAt()
                || POSSESSIVE.matcher(after).lookingAt() && (cues.isEmpty() || WHO_CLAUSE.matcher(before).find()))
                || text.endsWith("weekend") && TITLE_AFTER.matcher(after).lookingAt()) {
            return Optional.of("\"" + text.strip() + "'s\" qualifies what follows it, not the claim");
        }
        if (YEAR_TEXT.matcher(text).find() && after.contains(",") && RELATIVE_ASIDE.matcher(before).find()
                || ENDS_WITH_A_YEAR.matcher(text).find() && appositiveEnds(before, after) && APPOSITIVE.matcher(before).find()) {
            return Optional.of(IN_AN_ASIDE + " about what the sentence names, not the claim");
        }
        Optional<String> background = background(sentence, start, end, cues);
        if (background.isPresent()) {
            return background;
        }
        Matcher leading = LEADING_WORD.matcher(text);
        if (PERIOD_TO.matcher(before + (leading.lookingAt() ? leading.group() : "")).find()) {
            return Optional.of("it ends a period (\"the 12 months through …\"), dated by its months or its last month");
        }
        if (REFERENCE.matcher(before).find()) {
            return Optional.of("it is part of a reference number (\"incident 94 of 15th November\")");
        }
        if (MOVED_FROM.matcher(withFrom).find()) {
            return Optional.of("it is the date a plan was moved from, not the claim's");
        }
        if (DONT_WAIT.matcher(before).find()) {
            return Optional.of("it is a time the speaker advises against (\"don't wait until …\"), not the claim's");
        }
        if (INSTEAD_OF.matcher(before).find()
                || PLANNED_FOR.matcher(before).find() && NOW_INSTEAD.matcher(after).lookingAt()) {
            return Optional.of(REPLACED + " (\"instead of …\"), not the claim's");
        }
        if (FRONTED_BECAUSE.matcher(before).find()) {
            return Optional.of(IN_A_FRONTED_CLAUSE + " (\"Because …,\"), not the claim");
        }
        if (BACKDATED.matcher(before).find()) {
            return Optional.of("it is the date a change is backdated to, not the claim's");
        }
        if (ANNIVERSARY_OF.matcher(before).find()) {
            return Optional.of("it dates what an anniversary counts from, not the claim");
        }
        if (RECORDS_BEGAN.matcher(before).find()) {
            return Optional.of("it dates when a record began or was set, not the claim");
        }
        if (LIKENESS.matcher(before).find()) {
            return Optional.of("it is what the claim is likened to, not its date");
        }
        if (WISH.matcher(before).find()) {
            return Optional.of("it is what someone would rather, not a plan or an event");
        }
        if (NAMED_LAST.matcher(text).lookingAt() && MID_SENTENCE.matcher(before).find()
                || WEEKDAY_TEXT.matcher(text).matches() && NAME_BEFORE.matcher(before).find()
                && LOWER_NOUN.matcher(after).lookingAt()) {
            return Optional.of(IN_A_NAME + " (\"" + text + "\" with a capital mid-sentence), not the week's day");
        }
        if (WITHIN.matcher(text).find() && OF_AFTER.matcher(after).find()) {
            return Optional.of("it counts from an event the text does not date (\"" + text + " of …\")");
        }
        if (WEEK.matcher(text).find()) {
            boolean weekOf = OF_AFTER.matcher(after).find();
            if (weekOf || after.startsWith(" before ") && before.toLowerCase(Locale.ROOT).endsWith("the ")) {
                return Optional.of("\"" + text + (weekOf ? " of …\" is a week of a month"
                        : " before …\" is the week before a day") + ", not the week before publication");
            }
        }
        if (COUNTED_FROM_TEXT.matcher(text).lookingAt() && POSSESSIVE_DAY.matcher(after).lookingAt()) {
            return Optional.of("it names an event (\"after January's contraction\") that the claim is counted from");
        }
        if (qualifiesANoun(sentence, start, end) && !NIGHTS_AFTER.matcher(after).lookingAt() && (!POSSESSIVE_DAY.matcher(after).lookingAt()
                || COUNTED_FROM_OR_RELATIVE.matcher(before).find())) {
            // "Tuesday's hearing", "Saturday's crowd": with no other date of the claim, the day of the thing named is
            return Optional.of("the weekday qualifies what follows it, not the claim");
        }
        if (DIRECTIONLESS.matcher(text.strip()).matches()) {
            Tense.Kind governing = Tense.governing(sentence, cues, start, end);
            boolean readAsPast = governing == Tense.Kind.PAST || governing == Tense.Kind.PERFECT;
            Matcher ahead = LOOKS_AHEAD.matcher(before);
            if (readAsPast && ahead.find() && TemporalResolver.PAST_PERFECT.matcher(sentence).find()) {
                // "had originally been due to rule by Jan. 15": a plan of a past that may since have moved (without
                // the past perfect, TemporalResolver dates a plan told in the past by the nearer side)
                return Optional.of("it looks ahead from a moment the text does not date (\""
                        + firstWords(before.substring(ahead.start()).strip()) + "\")");
            }
            // "said on Wednesday that they expected growth to pick up": a reported clause has a tense of its own
            // "opened on Thursday night, and if the roar is any guide, it will be a sell-out": and a clause of its own
            int clauseEnd = Math.min(Math.min(Tense.firstBreakStart(REPORTED_CLAUSE, sentence, end),
                    Tense.secondVerbAfter(sentence, end)), Tense.firstBreakStart(NEW_CLAUSE, sentence, end));
            // "Economists expect it to show that employers added 180,000 jobs in October": and the reported clause's
            // "will pay no tax after the minister announced a rebate on Saturday": and the "after" clause's
            // "Stage 3 will remain in place, the utility said in a statement on Saturday": and the attribution's
            int clauseStart = Math.max(Math.max(Tense.lastBreakEnd(REPORTED_CLAUSE, sentence, start),
                    Tense.lastBreakEnd(Tense.PAST_CLAUSE_OPENER, sentence, start)),
                    Tense.lastBreakEnd(ATTRIBUTION_AFTER, sentence, start));
            // "Lumen Devices on Tuesday unveiled …", "told us on Tuesday:": a past verb right beside the day is its own
            boolean pastBeside = cues.stream().anyMatch(c -> c.kind() == Tense.Kind.PAST
                    && (c.start() >= end && sentence.substring(end, c.start()).isBlank()
                    || c.end() <= start && BESIDE.matcher(sentence.substring(c.end(), start)).matches()));
            if (governing == Tense.Kind.PAST && !pastBeside && Tense.hasFuture(cues.stream()
                    .filter(c -> c.start() >= clauseStart && c.start() < clauseEnd).toList())) {
                return Optional.of("the sentence's tenses disagree on whether that day is past or ahead");
            }
        }
        return Optional.empty();
    }

    /** "…, which begins Thursday": the day an event the claim names opens, which is what dates it. */
    private static final Pattern EVENT_OPENS = Pattern.compile("(?<!\\b(?:fiscal\\syear|financial\\syear|weekend|quarter|half))"
            + ",\\s+which\\s+(?:begins|opens|starts|kicks\\s+off)\\s+(?:on\\s+)?$");

    /**
     * Why the phrase is background to the claim: it stands in a relative clause, in an aside
     * between the subject and its verb, or in a participle clause that opens the sentence, while
     * the sentence's own verb stands outside it.
     */
    private static Optional<String> background(String sentence, int start, int end, List<Tense.Cue> cues) {
        String before = sentence.substring(0, start);
        // a day in a clause of this kind often dates the document or event the claim is about
        boolean givesADay = DAY_TEXT.matcher(sentence.substring(start, end)).find();
        int clauseEnd = clauseEnd(sentence, end);
        boolean commaAfter = clauseEnd < sentence.length() && sentence.charAt(clauseEnd) == ',';
        boolean clauseFollows = commaAfter && sentence.substring(clauseEnd + 1).strip().contains(" ");
        if ((CONTACT_CLAUSE.matcher(before).find() || NOUN_PARTICIPLE.matcher(before).find()
                // the sentence's verb before the noun, or after it ("the time capsule buried in 1925 turned out")
                && cues.stream().anyMatch(cue -> cue.end() <= start - 12
                || cue.start() >= end && VERB_RIGHT_AFTER.matcher(sentence.substring(end, cue.start())).matches()))
                && !givesADay) {
            return Optional.of(IN_A_RELATIVE_CLAUSE + " (\"a contract the agency awarded …\"), not the claim");
        }
        if (AS_DRAFTED.matcher(before).find()) {
            return Optional.of("it dates a version of the text (\"as drafted …\"), not the claim");
        }
        if (SUBJECT_PARTICIPLE.matcher(before).find() && !givesADay
                && PRESENT_VERB_NEXT.matcher(sentence.substring(end)).lookingAt()) {
            return Optional.of("it dates a participle in the subject (\"a rule proposed in 2024\"), not the claim");
        }
        if (PRONOUN_CONTACT.matcher(before).find() && VERB_AFTER.matcher(sentence.substring(end)).lookingAt()) {
            return Optional.of(IN_A_RELATIVE_CLAUSE + " in the subject (\"a bike she ordered …\"), not the claim");
        }
        Matcher restrictive = RESTRICTIVE_RELATIVE.matcher(before);
        if (restrictive.find() && !givesADay && VERB_BEFORE.matcher(before.substring(0, restrictive.start())).find()) {
            return Optional.of(IN_A_RELATIVE_CLAUSE + " (\"a season that began …\"), not the claim");
        }
        Matcher appositive = APPOSITIVE_CONTACT.matcher(before);
        if (appositive.find() && !givesADay && hasCueOutside(cues, appositive.start(), sentence.length())) {
            return Optional.of(IN_AN_ASIDE + " about a noun (\"a feature the city promised …\"), not the claim");
        }
        Matcher bare = BARE_RELATIVE.matcher(before);
        if (bare.find() && !givesADay && commaAfter && hasCueOutside(cues, bare.start(), clauseEnd)) {
            return Optional.of(IN_A_RELATIVE_CLAUSE + " (\"who first ran … in 2018\"), not the claim");
        }
        Matcher relative = RELATIVE_CLAUSE.matcher(before);
        boolean eventOpens = EVENT_OPENS.matcher(before).find() && !clauseFollows;
        if (relative.find() && !eventOpens && (hasCueOutside(cues, relative.start(), clauseEnd)
                || clauseFollows && !givesADay || before.substring(0, relative.start()).strip().split("\\s+").length >= 3)) {
            return Optional.of(IN_A_RELATIVE_CLAUSE + " (\"" + firstWords(before.substring(relative.start() + 1).strip())
                    + "\"), not the claim");
        }
        if (commaAfter && (ASIDE_IN_SUBJECT.matcher(before).find() || RELATIVE_ASIDE.matcher(before).find())
                && PRESENT_VERB_NEXT.matcher(sentence.substring(clauseEnd + 1)).lookingAt()
                || SUBJECT_RELATIVE.matcher(before).find() && PRESENT_VERB_NEXT.matcher(sentence.substring(end)).lookingAt()) {
            return Optional.of(IN_AN_ASIDE + " about the sentence's subject, whose verb speaks of now");
        }
        if (commaAfter && SPAN_ASIDE.matcher(before).find()
                && cues.stream().anyMatch(cue -> cue.start() > clauseEnd)) {
            // "The current schedule, from the second Sunday in March to the first Sunday in November, took effect"
            return Optional.of(IN_AN_ASIDE + " about the sentence's subject (\", from … to … ,\"), not the claim");
        }
        boolean closed = commaAfter && !givesADay;
        if (closed && SUBJECT_ASIDE.matcher(before).find()) {
            int subjectEnd = before.indexOf(',');
            boolean subjectHasVerb = cues.stream().anyMatch(cue -> cue.end() <= subjectEnd);
            if (!subjectHasVerb && clauseFollows) {
                return Optional.of(IN_AN_ASIDE + " about the sentence's subject, not the claim");
            }
        }
        if (closed && PARTICIPLE_ASIDE.matcher(before).find()) {
            return Optional.of(IN_AN_ASIDE + " (\", reported … ,\"), not the claim");
        }
        if (closed && FRONTED_PARTICIPLE.matcher(before).find() && cues.stream().noneMatch(cue -> cue.end() <= clauseEnd)
                && clauseFollows) {
            return Optional.of("it dates the participle clause that opens the sentence, not the claim");
        }
        return Optional.empty();
    }

    /** Where the clause holding {@code end} ends: its next comma, semicolon or colon, or the sentence's end. */
    private static int clauseEnd(String sentence, int end) {
        for (int i = end; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                return i;
            }
        }
        return sentence.length();
    }

    /**
     * Whether an aside such as ", founded in 1868" closes: with a comma, or at the sentence's end when a verb
     * stands before it ("The airport is operating under a cap …, imposed in 2007"), not when the participle is
     * the verb itself ("The bridge, its deck raised, opened in 2019").
     */
    private static boolean appositiveEnds(String before, String after) {
        if (after.startsWith(",")) {
            return true;
        }
        int comma = before.lastIndexOf(',');
        return comma > 0 && APPOSITIVE_AT_END.matcher(after).lookingAt()
                && VERB_BEFORE.matcher(before.substring(0, comma)).find();
    }

    private static boolean hasCueOutside(List<Tense.Cue> cues, int from, int to) {
        return cues.stream().anyMatch(cue -> cue.end() <= from || cue.start() >= to);
    }

    /** The phrase itself when short, else its first four words. */
    private static String firstWords(String phrase) {
        String[] words = phrase.split("\\s+");
        return words.length <= 4 ? phrase : String.join(" ", List.of(words).subList(0, 4)).toLowerCase(Locale.ROOT)
                + " …";
    }
}
