package dev.factline.service.candidates;

import dev.factline.model.DatePrecision;
import dev.factline.model.EventDate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the temporal expressions of a sentence and resolves them against the publication
 * date, each to the precision it really has: "On Friday" is a day, "this month" a month,
 * "next year" a year, "just over two months before …" an approximate month, "this summer" the
 * months June to August, approximate.
 *
 * <p>Where an expression leaves the direction open (a weekday, a month, a season, a quarter or
 * a day and month without a year), the tense of the clause it belongs to decides: future
 * ("will", "is expected to", "plans to") looks forward, past looks back. A weekday in the past
 * or without a tense cue is the most recent one on or before the publication date, so "on
 * Friday" in an article published on a Friday is that same day (wire copy writes "said Friday"
 * for today); "last Friday" is the one strictly before and "next Friday" the one strictly
 * after. A weekday written with its date ("on Sunday, October 15") is that date: the weekday
 * settles the year when it fits only one of the nearest two, and where it fits neither the
 * written date wins. A month, a season or a day and month without a year and without a tense
 * cue is the occurrence nearest the publication date. Weeks run Monday to Sunday.
 *
 * <p>"The same day", "that afternoon", "the following day", "three days later" are counted
 * from the last date given to the day earlier in the same sentence or paragraph (the anchor the
 * caller passes). Where the text does not settle a date ("would" before a weekday, "that
 * evening" with no earlier day, "the end of the year" in the past tense) the expression is
 * reported as {@link Unsettled}, with the reason, rather than guessed.
 */
public final class TemporalResolver {

    /** A month's name or its abbreviation, as dates are written. */
    static final String MONTH_WORD = "(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])\\.?";
    /** A month's full name, without the abbreviations {@link #MONTH_WORD} also takes. */
    private static final String FULL_MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String MONTH_NAME = "(?<month>(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December)(?![A-Za-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])\\.?)";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String ON = "(?:(?i:on)\\s+)?";
    private static final String YEAR = "(?<year>\\d{4})(?!\\d)";
    /** A weekday's name; shared with {@link NotTheClaimsDate}. */
    static final String WEEKDAY_WORD = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String WEEKDAY_NAME = "(?<weekday>" + WEEKDAY_WORD + ")";
    /**
     * "May 15 last year", "in March next year": a relative year that completes the date before it;
     * "June 12 of that year", "in March the following year" count from a year the text gave earlier,
     * so they are left undated.
     */
    private static final String RELATIVE_YEAR = "(?:,?\\s+(?:(?i:of)\\s+)?(?<rely>(?i:last|this|next|that|the\\s+following|the\\s+previous|the\\s+same))\\s+(?i:year)\\b)?";
    private static final String PART_OF_MONTH = "(?:(?i:early|mid|late|the end of|the start of|the beginning of"
            + "|the middle of|the (?:first|second|last) (?:half|week|fortnight) of)[- ]\\s*)?";
    private static final String RANGE_WORD = "\\s+(?i:to|and|until|till|through)\\s+";
    private static final String DAY_PAIR_DASH = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s*[-–]\\s*(?<dayend>[0-3]?\\d)(?:st|nd|rd|th)?";
    /** "the 3rd to the 9th", "Monday 16 to Friday 20" (February). */
    private static final String DAY_PAIR_WORD = "(?:(?i:the)\\s+|" + WEEKDAY_WORD + "\\s+(?=[0-3]?\\d(?:st|nd|rd|th)?\\s+"
            + "(?i:to|until|till|through)\\s))?(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?"
            // "April 6, 15, 22 and 29"
            + "(?:(?:,\\s*[0-3]?\\d(?:st|nd|rd|th)?){1,6},?)?" + RANGE_WORD + "(?:(?i:the)\\s+|"
            + "(?<=(?i:to|until|till|through)\\s)" + WEEKDAY_WORD + "\\s+)?(?<dayend2>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String COUNT = "(?<n>\\d{1,3}|(?:a|one)\\s+hundred"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
            + "|an?|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

    /** "LONDON, June 30 (Reuters) -": the day the story was filed, not a date of its claims. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'’ /-]*[A-Z.],(?:\\s+[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+)?,)?\\s+(?:" + MONTH_WORD + "\\s+\\d{1,2}"
                    + "|\\d{1,2}\\s+" + MONTH_WORD + ")(?:,?\\s+\\d{4})?\\s*"
                    // "NEW DELHI, Dec 31 (PTI) The Supreme Court will …": after an agency's name the dash may be left out
                    + "(?:\\([A-Za-z .'/-]{2,40}\\)\\s*(?:[-–—]|(?=[A-Z]))|[-–—]|:(?=\\s+[A-Z]))"
                    // "New Delhi, Mar 16 (PTI)": an agency's dateline with the city in title case
                    + "|^[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?(?:\\s+\\([A-Z][A-Za-z ]+\\))?,\\s+(?:" + MONTH_WORD + "\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH_WORD + ")"
                    + "(?:,?\\s+\\d{4})?\\s*(?:\\((?:PTI|IANS|ANI|UNI|AFP|AP|Reuters|Xinhua|dpa|Bernama|AAP|Kyodo|Yonhap|PANA|APA|MAP|APS|KUNA|WAM|SPA|EFE|ANSA|NAN)\\)"
                    // "Bengaluru, 22 August: The Karnataka High Court on Monday stayed …" (and "COLOMBO, 14 April: Prices …")
                    + "|:(?=\\s+[A-Z]))");
    /** "an order dated 12.07.2023": day, month and year, as Indian and European courts and papers write them. */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(?<day>\\d{1,2})\\.(?<mm>\\d{1,2})\\.(?<year>(?:19|20)\\d{2})(?![\\d.])");
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(?<year>\\d{4})-(?<mm>\\d{2})-(?<day>\\d{2})(?![\\d-])");
    /**
     * "in October and November", "in late February and early March", "in July and August 2018", "in late
     * December or early January": two months in a row, a span of both.
     */
    private static final Pattern MONTH_PAIR = Pattern.compile("\\b(?:(?i:in|during|over|through|throughout|for|of)|(?<pairrel>(?i:last|next)))\\s+" + PART_OF_MONTH + MONTH_NAME
            + "\\s+(?i:and|or)\\s+" + PART_OF_MONTH + MONTH_NAME.replace("<month>", "<endmonth>")
            + "(?:,?\\s+(?<endyear>\\d{4})(?!\\d)|(?![\\s,]*\\d))");
    /**
     * "in April-June", "the October-December quarter of 2021", "the March quarter": the months a
     * results statement names its quarter by (the quarter ending in the month named alone).
     */
    private static final Pattern MONTHS_OF_A_QUARTER = Pattern.compile("\\b(?:(?i:in|during|over|for)\\s+)?(?:(?i:the)\\s+)?"
            + "(?:" + MONTH_NAME + "\\s*[-–]\\s*" + MONTH_NAME.replace("<month>", "<endmonth>") + "(?:\\s+(?i:quarter|period))?"
            + "|" + MONTH_NAME.replace("<month>", "<qend>") + "\\s+(?i:quarter)\\b)"
            + "(?:,?\\s+(?:(?i:of)\\s+)?" + YEAR + ")?");
    /** "on the last Sunday of March", "the second Sunday in March 2027", "on the last Tuesday of the month". */
    private static final Pattern NTH_WEEKDAY_OF_MONTH = Pattern.compile("\\b(?:(?i:on)\\s+)?(?i:the)\\s+"
            + "(?<nth>(?i:first|second|third|fourth|last|final|1st|2nd|3rd|4th))\\s+" + WEEKDAY_NAME + "\\s+(?i:in|of)\\s+"
            + "(?:(?:(?<rel>(?i:next|this|last))\\s+)?" + MONTH_NAME + "(?:,?\\s+" + YEAR + "|\\s+(?<relyear>(?i:next|this|last))\\s+year)?"
            + "|(?<thismonth>(?i:the|this)\\s+month))");
    /** "on the last weekend of October": not last weekend, but a weekend of that month, which gives the month. */
    private static final Pattern NTH_WEEKEND_OF_MONTH = Pattern.compile(NTH_WEEKDAY_OF_MONTH.pattern()
            .replace(WEEKDAY_NAME, "(?<weekday>(?i:weekend))"));
    /**
     * "between March 2019 and August 2022", "from March to August 2022", "from late August to
     * mid-October": a span of months.
     */
    private static final Pattern MONTH_YEAR_RANGE = Pattern.compile(
            "\\b(?i:between|from)\\s+" + PART_OF_MONTH + MONTH_NAME + "(?:,?\\s+" + YEAR + ")?" + RANGE_WORD
                    + PART_OF_MONTH + MONTH_NAME.replace("<month>", "<endmonth>")
                    + "(?:,?\\s+(?<endyear>\\d{4})(?!\\d)|\\s+(?:(?i:of)\\s+)?(?<endrel>(?i:this|last|next))\\s+(?i:year)\\b"
                    + "|(?!\\s*\\d))");
    /**
     * "between 2019 and 2022", "2021 through 2023 models", "the 2020 and 2021 events": a span of years, which no
     * single date of a claim can stand for.
     */
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "\\b(?:(?i:between|from)\\s+|(?=\\d{4}\\s(?:through|and)\\s))(?<year>1[89]\\d{2}|20\\d{2})\\s*"
                    + "(?:(?i:and|to|until|through|till)\\s+|[-–]\\s*)(?<endyear>1[89]\\d{2}|20\\d{2})(?!\\d)");
    /**
     * "Jan. 11-12", "from March 3 to 5", "between 3 and 5 March": a span of days gives its month.
     * Joined by a word, the span needs "from" or "between" before it ("on March 3 and 4 people …").
     */
    private static final Pattern MONTH_DAY_RANGE = Pattern.compile(
            "\\b(?:(?<prep>(?i:from|between))\\s+|" + ON + ")" + MONTH_NAME + "\\s+(?:" + DAY_PAIR_DASH + "|"
                    + DAY_PAIR_WORD + ")(?![\\d]|:\\d)(?!\\s*(?:[ap]\\.?m\\b|%|per\\s*cent|o['’]clock))"
                    + "(?:,?\\s+" + YEAR + ")?" + RELATIVE_YEAR);
    /** What may follow a span of days joined by "and" without "from" or "between": the end of its clause or a place. */
    private static final Pattern CLAUSE_ENDS = Pattern.compile("\\s*(?:[.,;:!?)]|$)|\\s+(?:in|at)\\s+(?:the\\s+)?[A-Z]"
            // "is scheduled to meet Feb. 25 and 26 to vote on recommendations"
            + "|\\s+to\\s+[a-z]{2,}\\b"
            // "were scrubbed on June 16 and 17 as thunderstorms swept the East Coast"
            + "|\\s+(?:as|when|while|after|amid|because)\\s+(?![\\d.,%])");
    private static final Pattern DAY_MONTH_RANGE = Pattern.compile(
            "\\b(?:(?<prep>(?i:from|between|of))\\s+|" + ON + ")(?:" + DAY_PAIR_DASH + "|" + DAY_PAIR_WORD
                    + ")\\s+(?:of\\s+)?" + MONTH_NAME
                    + "(?:,?\\s+" + YEAR + ")?" + RELATIVE_YEAR);
    /**
     * "from March 3 to April 5", "between 28 February and 2 March", "between Nov. 1, 2027, and
     * Feb. 29, 2028": a span of days across months.
     */
    /**
     * A weekday written before either end of a span ("from Tuesday 27 June to Sunday 2 July"), and a time before that
     * ("from 08:00 on Monday 20 March 2023 until 17:00 on Friday 31 March 2023", "from 7pm on 25 September").
     */
    private static final String SPAN_WEEKDAY = "(?:(?:\\d{1,2}[:.]\\d{2}|\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?|midnight|noon|midday)"
            + "\\s+(?:(?i:on)\\s+)?)?(?:" + WEEKDAY_WORD + ",?\\s+)?";
    private static final Pattern MONTH_DAY_SPAN = Pattern.compile(
            "\\b(?i:from|between)\\s+" + SPAN_WEEKDAY + MONTH_NAME + "\\s+" + DAY + "(?:,?\\s+(?<startyear>\\d{4}))?,?"
                    + RANGE_WORD + SPAN_WEEKDAY + MONTH_NAME.replace("<month>", "<endmonth>")
                    + "\\s+(?<dayend>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d]|:\\d)"
                    + "(?:,?\\s+" + YEAR + ")?" + RELATIVE_YEAR);
    /** "from the 12th of September to the 24th of November". */
    private static final String THE = "(?:(?i:the)\\s+)?";
    private static final Pattern DAY_MONTH_SPAN = Pattern.compile(
            "\\b(?i:from|between)\\s+" + SPAN_WEEKDAY + THE + DAY + "\\s+(?:of\\s+)?" + MONTH_NAME
                    + "(?:,?\\s+(?<startyear>\\d{4}))?,?" + RANGE_WORD + SPAN_WEEKDAY + THE
                    + "(?<dayend>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAME.replace("<month>", "<endmonth>")
                    + "(?:,?\\s+" + YEAR + ")?" + RELATIVE_YEAR);
    /** "on Monday night, Oct. 14": the written date, whatever the part of the day. */
    private static final String PART_OF_DAY = "(?:\\s+(?i:morning|afternoon|evening|night))?";
    private static final Pattern WEEKDAY_MONTH_DAY = Pattern.compile(
            "\\b" + ON + WEEKDAY_NAME + PART_OF_DAY + ",?\\s+(?:(?i:the)\\s+)?" + MONTH_NAME + "\\s+" + DAY + "(?![\\d]|:\\d)"
                    + "(?:,?\\s+" + YEAR + ")?");
    /** "on Tuesday 21st, Thursday 23rd and Saturday 25th June": several days of one month. */
    private static final Pattern WEEKDAY_DAY_LIST = Pattern.compile("\\b" + ON + WEEKDAY_NAME + "\\s+" + DAY
            + "(?:,\\s+" + WEEKDAY_WORD + "\\s+[0-3]?\\d(?:st|nd|rd|th)?)*,?\\s+(?i:and)\\s+" + WEEKDAY_WORD
            + "\\s+[0-3]?\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAME + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern WEEKDAY_DAY_MONTH = Pattern.compile(
            "\\b" + ON + WEEKDAY_NAME + PART_OF_DAY + ",?\\s+(?:(?i:the)\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH_NAME
                    + "(?:,?\\s+" + YEAR + ")?");
    /** "on 3 March 2024", "the 3rd of March 2024", in a notice "this 1st day of March 2023". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + ON + DAY + "\\s+(?:(?:day\\s+)?of\\s+)?" + MONTH_NAME + ",?\\s+" + YEAR);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + ON + MONTH_NAME + "\\s+" + DAY + ",?\\s+" + YEAR);
    private static final Pattern SEASON = Pattern.compile(
            "\\b(?<!\\b(?i:every|each|all|any) )(?<!\\b(?i:one) (?=(?i:in|during|the|early|late|mid)\\b))(?:(?<prep>(?i:in|during|by|until|till|before|after|over|through"
                    + "|throughout|since|for|from|most\\s+of|much\\s+of"
                    + "|(?<!\\b(?:go|goes|went|going|gone|head|heads|headed|heading)\\s)into))\\s+"
                    + "|(?<spent>(?<=\\b(?i:spend|spends|spent|spending)\\s)))?(?:(?<det>(?i:the|this|last|next|early|late|mid"
                    + "|the early|the late|the following|the next|that|the coming|the upcoming|the previous))[\\s-]+|(?<!\\b(?i:every|each|all|any|one|that) ))(?<season>(?i:spring|summer|autumn|fall"
                    + "|winter))\\b(?!\\s+(?:break|recess)\\b|(?<=Spring)\\s+Festival)"
                    // "this spring and summer"
                    + "(?:\\s+and\\s+(?<season2>(?i:spring|summer|autumn|fall|winter))\\b)?"
                    // "the fall was welcome", "the fall to £1,690": a fall of a price, not the season
                    + "(?!(?<=\\b(?i:the)\\s(?i:fall))\\s+(?:was|is|to|from|would|will|came|comes|in(?=\\s+(?!the\\b)[a-z]))\\b)(?<!\\b(?i:breaks?|rises?|adjourns?|close[sd]?)\\s(?i:for)\\s(?i:the)\\s[a-z]{4,6})"
                    + "(?:\\s+(?:(?i:of)\\s+)?(?:" + YEAR + "(?:[-–/](?<yearend>\\d{2}(?:\\d{2})?)(?!\\d))?"
                    + "|(?<rely>(?i:last|this|next))\\s+(?i:year)\\b))?");
    private static final Pattern QUARTER = Pattern.compile(
            "\\b(?:(?i:in|during|for|by|until|through|over)\\s+)?(?<the>(?i:the)\\s+)?(?<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))[\\s-]+"
                    + "(?i:quarter)\\b(?:\\s+(?i:of)\\s+(?:(?<rely>(?i:last|this|next))\\s+(?i:year)\\b|(?:(?i:calendar)\\s+)?" + YEAR + "))?"
                    + "|\\bQ(?<q>[1-4])(?:\\s+(?<qyear>\\d{4}))?\\b");
    private static final Pattern FULL_DATE_AFTER = Pattern.compile(",?\\s+(?:(?i:on)\\s+)?(?:[A-Z][a-z]+day,?\\s+)?"
            + "(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]+\\.?|[A-Z][a-z]+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s+\\d{4}(?!\\d)"
            // "a week later, on the 27th of May", "a day later, on Wednesday, 28 January"
            + "|(?<=on\\s|y,?\\s)(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?[A-Z][a-z]+)");
    /** "threw two touchdown passes in the second quarter", "with 1:12 left": words of a game and nothing else. */
    private static final Pattern GAME_PLAY = Pattern.compile("(?i)\\b(?:touchdowns?|field\\s+goals?|half-?time|free\\s+throws?"
            + "|\\d+-yard|three-pointers?|power\\s+play|\\d{1,2}:\\d\\d\\s+(?:left|remaining|to\\s+play)"
            + "|(?-i:[Cc]oach\\s+[A-Z][a-z]+)|three-quarter\\s+time|quarter-time"
            // "trailed by 12 early in the fourth quarter before a 15-2 run", "Cardinals receiver Marcus Tate left in …"
            + "|\\d{1,2}-\\d{1,2}\\s+run|trail(?:ed|ing)\\s+by\\s+\\d+|rebounds|kicked\\s+\\w+\\s+goals?"
            + "|(?-i:(?:receiver|quarterback|linebacker|cornerback|running\\s+back|tight\\s+end)\\s+[A-Z][a-z]+)"
            // "pulled up in the third quarter Saturday": the quarter of Saturday's game
            + "|quarter\\s+(?:on\\s+)?" + WEEKDAY_WORD + ")\\b");
    private static final Pattern FISCAL_BEFORE = Pattern.compile("(?i)\\b(?:fiscal|financial)(?:[- ]year)?\\s+$");
    private static final Pattern GAME_REPORT = Pattern.compile("(?i)\\b(?:touchdowns?|field\\s+goals?|half-?time|free\\s+throws?"
            + "|\\d+-yard|three-pointers?|power\\s+play|quarterbacks?|rebounds|all-purpose\\s+yards)\\b");
    private static final Pattern YEAR_WRITTEN_AFTER = Pattern.compile("\\s+(?:in|of)\\s+\\d{4}(?!\\d)");
    private static final Pattern COMPOUND_QUARTER = Pattern.compile("(?i)-quarter$");
    /** "The previous late-February low was recorded on Feb. 29, 2024": the part of a month qualifies "low". */
    private static final Pattern PART_OF_MONTH_COMPOUND = Pattern.compile("(?i)(?:early|mid|late)-[a-z]+\\.?");
    /**
     * "a tuition plan for next year", "Classes for next year begin …": a year after a noun and "for" or "of" is what
     * the noun is of.
     */
    private static final Pattern RELATIVE_YEAR_TEXT = Pattern.compile("(?i)(?:last|this|next)\\s+year");
    /** "next summer's festival", "classes for the fall … sold out in July": the season is the noun's. */
    private static final Pattern SEASON_OF_A_NOUN = Pattern.compile("(?i)\\b(?:this|last|next)\\s+(?:spring|summer|autumn"
            + "|fall|winter|weekend)$");
    private static final Pattern SEASON_FOR = Pattern.compile("(?i)for\\s+(?:the\\s+)?(?:next\\s+)?(?:spring|summer|autumn"
            + "|fall|winter)\\b");
    private static final Pattern MONTHS_FOR = Pattern.compile("for\\s+(?:the\\s+)?" + FULL_MONTH + "(?:\\s+and\\s|[-–]|\\s+quarter)");
    /** Words before "for" that make it a time ("planned for", "ready for"), not what a noun is for. */
    private static final String TIME_FOR = "planned|scheduled|set|due|slated|booked|pencill?ed|earmarked|expected|ready"
            + "|prepared|waiting|time";
    private static final Pattern NOUN_BEFORE_MONTHS_FOR = Pattern.compile("(?i)\\b(?!(?:" + TIME_FOR
            + "|up|down|rose|fell|was|were|is|are)\\b)[a-z]{3,}\\s+$");
    private static final Pattern NOUN_BEFORE_FOR = Pattern.compile("(?i)\\b(?!(?:" + TIME_FOR + ")\\b)[a-z]+s\\s+$");
    /** "Registration for the 2025 race opens Tuesday, Sept. 3": the year names which race. */
    private static final Pattern BARE_YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_DAY_TEXT = Pattern.compile(MONTH_WORD + "\\s+\\d{1,2}");
    /** "its first Easter craft session on Tuesday 15th April": the holiday names the session's kind. */
    private static final Pattern HOLIDAY_TEXT = Pattern.compile("(?:Easter|Christmas|Halloween|Thanksgiving|Hogmanay"
            + "|[A-Z][a-z]+(?:['’]s)? (?:Day|Eve))$");
    /** "A new addition this year, a children's parade, steps off on Monday": the year is the noun's. */
    private static final Pattern SUBJECT_NOUN_BEFORE = Pattern.compile("(?:A|An|The)\\s+(?:[a-z-]+\\s+){0,2}[a-z]+\\s+");
    /** "in exchange for a second-round pick in 2025": the draft the pick is in, not the claim's year. */
    private static final Pattern DRAFT_PICK_BEFORE = Pattern.compile("(?i)\\b(?:pick|picks|draft\\s+choice|selection)\\s+(?:in\\s+)?$");
    /**
     * "November 2023 feed wheat futures closed at £192/t on Thursday", "came within 1% of its November 2021 record": the
     * month of a contract or a record, not the claim's.
     */
    private static final Pattern MONTH_YEAR_TEXT = Pattern.compile("^" + MONTH_NAME + "\\s+\\d{4}$");
    private static final Pattern CONTRACT_AFTER = Pattern.compile("\\s+(?:[a-z]+\\s+){0,2}(?:futures|contracts?|options|delivery)\\b");
    private static final Pattern RECORD_AFTER = Pattern.compile("\\s+(?:record|high|low|peak)\\b");
    /** "London feed wheat futures for November 2024 closed at £176/t". */
    private static final Pattern CONTRACT_BEFORE = Pattern.compile("\\b(?:futures|contracts?|options)\\s+for\\s+$");
    /** "its New Year's Eve fireworks show on Jan. 10": the eve names the show's kind, as "Easter" does. */
    private static final Pattern EVE_TEXT = Pattern.compile("Eve$");
    private static final Pattern NOUN_AFTER_EVE = Pattern.compile("\\s+(?!(?:and|or|but|to|in|at|on|of|for|with|when|as"
            + "|was|were|is|are|had|has|have|will|would|that|which|after|before|until|from|by|the|a|an)\\b)[a-z]");
    private static final Pattern SEASON_AS_A_KIND = Pattern.compile("\\s+(?:storms?|fuel|olympics|games|camp|statement"
            + "|budget|recess|weather|crisis|pressures?|flu|vaccines?|coats?|wheat|barley|crops?|tyres?|tires?|campaign)\\b");
    private static final Pattern FALLS_IN_YEAR = Pattern.compile("\\s+(?:falls|fell|will\\s+fall|comes|came|will\\s+come)"
            + "\\s+in\\s+(?<year>(?:1[89]|20)\\d{2})\\b");
    private static final Pattern WEEK_BEGINNING = Pattern.compile("(?i)\\bweek\\s+(?:beginning|commencing|starting)\\s+(?:on\\s+)?(?:the\\s+)?$");
    private static final Pattern WEEK_ENDING = Pattern.compile("(?i)\\bweek\\s+(?:that\\s+)?(?:ending|ended|to)\\s+(?:on\\s+)?$");
    private static final Pattern SCHOOL_HOLIDAYS_AFTER = Pattern.compile("\\s+(?:school\\s+)?holidays\\b");
    private static final Pattern TERM_AFTER = Pattern.compile("\\s+term\\b");
    private static final Pattern FOR_BEFORE = Pattern.compile("(?i)\\bfor\\s+$");
    private static final Pattern SEASON_WORD = Pattern.compile("(?i)\\b(?:spring|summer|autumn|fall|winter)$");
    private static final Pattern THE_BEFORE_SEASON = Pattern.compile("(?i)\\bthe\\s+(?:spring|summer|autumn|fall|winter)$");
    /** "those lost in the 1979 Fastnet race": a year that names an event, which a later date outranks. */
    private static final Pattern NAMED_EVENT_AFTER = Pattern.compile("\\s+(?:[A-Z][A-Za-z]+\\s+){1,3}(?:race|election|final"
            + "|games|championships?|cup|tournament|strike|riots?|disaster|floods?|fire|earthquake|storm|hurricane|crash"
            + "|exams?|examinations?|census)\\b");
    /** "December quarter GDP figures": an acronym before the noun a period qualifies. */
    private static final Pattern ACRONYM = Pattern.compile("^\\s+[A-Z]{2,5}(?=\\s+[a-z])");
    /** "December quarter national accounts", "First-quarter GDP figures": the quarter a noun is of. */
    private static final Pattern MONTH_QUARTER_TEXT = Pattern.compile("(?:(?i:the)\\s+)?" + MONTH_WORD + "\\s+(?i:quarter)"
            + "|(?i:first|second|third|fourth)-quarter");
    /** A noun after a date ("the 2019 election"); not a verb, a preposition or a pronoun ("Last Christmas we hosted"). */
    private static final Pattern LOWER_NOUN_AFTER = Pattern.compile("\\s+(?!(?:weekend|holidays?|break|term|day|eve"
            + "|falls|fell|is|was|will|comes|came|lands|landed|arrives|arrived|and|or|but|to|when|as|with|at|in|on"
            + "|from|after|before|until|by|for|of|off|this|last|next|that|which|while|we|he|she|they|it|you)\\b)[a-z]");
    /** "Ticket sales figures for tonight's event will be published in mid-January": the day of a noun. */
    private static final Pattern DAY_WORD = Pattern.compile("(?i)tonight|today|tomorrow|yesterday");
    /** "for tonight's event", "Behind today's storms": a preposition before the day of a noun. */
    private static final Pattern DAYS_NOUN_BEFORE = Pattern.compile("\\b(?:for|of|from|(?i:behind|after|despite|amid))"
            + "\\s+$");
    /** "This year's Christmas show … runs from 30 November to 12 January": the year is the show's. */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s\\s+[A-Za-z]");
    private static final Pattern NOUN_FOR_BEFORE = Pattern.compile("(?i)(?:^|\\b(?:a|an|any|the|its|their|his|her|our)\\s+)"
            + "(?:[a-z-]+(?:['’]s)?\\s+){0,2}(?!(?:due|set|scheduled|planned|expected|slated)\\b)[a-z]+\\s+(?:for|of)\\s+$");
    /** "signed a contract extension through 2031 last spring": the year the contract runs to. */
    private static final Pattern TERM_UNTIL = Pattern.compile("(?i)\\b(?:contract|extension|deal|lease|agreement|term"
            + "|loan|mandate|franchise|licen[cs]e)s?\\s+(?:through|until|till|to|running\\s+(?:to|until))\\s+\\d{4}$");
    /** "the budget for the fiscal year starting April 1 on Sunday": the day the period opens on. */
    private static final Pattern PERIOD_STARTING = Pattern.compile("(?i)\\b(?:year|period|season|term|quarter|month)\\s+"
            + "(?:(?:that|which)\\s+(?:begins|starts|ends)\\s+|starting|beginning|ending|from)\\s*(?:on\\s+)?$");
    private static final Pattern TERM_YEAR = Pattern.compile("(?i)(?:(?:through|until|till|to)\\s+)?\\d{4}");
    private static final Pattern TOPIC_YEAR = Pattern.compile("(?i)(?:of|for)\\s+\\d{4}");
    /** "trains ordered in 2024 will …": a participle after its noun, before the phrase. */
    private static final Pattern PARTICIPLE_BEFORE = Pattern.compile("\\b(?:[a-z]{2,}(?:ed|en)|built|made|held|sold"
            + "|bought|won|lost|begun|due|paid)\\s+$");
    /** "Official figures due on Friday are expected to show …": a report with its own day, which dates it. */
    private static final Pattern FIGURES_DUE_BEFORE = Pattern.compile(
            "(?i)\\b(?:figures|data|statistics|numbers|report|survey)\\s+due\\s+(?:on\\s+)?$");
    /** ", built in 1968,": a participle clause set off by commas, which describes a noun. */
    private static final Pattern APPOSITIVE_BEFORE = Pattern.compile(",\\s+(?:[a-z]{2,}(?:ed|en)|built|made|held|sold"
            + "|bought|won|lost|begun)\\s+$");
    /** "A coronial inquest into a collision on New Year's Eve 2024 is due to begin in mid-June": inside the subject. */
    private static final Pattern SUBJECT_BEFORE = Pattern.compile("(?:A|An|The)\\s+[^,;:]*?\\b(?:into|of|over|after|about"
            + "|on|for)\\s+[^,;:]*");
    private static final Pattern VERB_AFTER_SUBJECT = Pattern.compile("\\s+(?:will|would|is|are|was|were|has|have"
            + "|had|could|can|must|should|may|might)\\b");
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(?!of\\b)[a-z]");
    /**
     * What a quarter of a year qualifies ("third-quarter results", "fourth-quarter net income"); a
     * compound quarter before anything else ("two fourth-quarter scores") is taken as a game's.
     */
    private static final Pattern BUSINESS_NOUN_AFTER = Pattern.compile("(?i)\\s+(?:(?:net|operating|pre-tax|pretax"
            + "|adjusted|underlying|core|gross|total|comparable|same-store|like-for-like|financial|economic|quarterly"
            + "|preliminary|final|full)\\s+)*(?:results?|earnings|profits?|revenues?|sales|deliveries|figures|numbers"
            + "|growth|gdp|output|loss(?:es)?|income|reports?|updates?|dividends?|production|shipments|margins?"
            + "|bookings|performance|trading|spending|forecasts?|guidance|orders|returns|statements?|payments?"
            + "|deadline|filings?|data|estimates?|targets?|volumes?|demand|prices?|rents?|bills?|cash|borrowing"
            + "|inflation|unemployment|jobs?|hiring|investment|exports?|imports?|contraction|expansion|decline"
            + "|slowdown|rebound|recovery)\\b");
    /**
     * "in the first six months of this year", "the second half of 2024": six calendar months; "the
     * final three months of 2025": three; "the first 11 weeks of 2023": the months they fall in.
     */
    private static final Pattern HALF_YEAR = Pattern.compile("(?i)\\b(?:(?:in|during|over)\\s+)?the\\s+(?:(?<half>first|second"
            + "|last|final)\\s+(?:half|six\\s+months)|(?<third>first|last|final)\\s+three\\s+months"
            + "|(?<lead>first|last|final)\\s+" + COUNT + "\\s+(?<span>weeks|months))\\s+of\\s+"
            + "(?:(?<rely>this|last|next|the)\\s+year\\b|(?:calendar\\s+)?" + YEAR + ")");
    /** "in November 2023", "mid-November 2024", "on a December night in 1978". */
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(?:(?i:in\\s+)?(?i:early|mid|late|the end of|the start of|the beginning of)[- ]\\s*|(?i:in)\\s+)?"
                    + MONTH_NAME + ",?\\s+(?:(?:morning|afternoon|evening|night)\\s+in\\s+)?" + YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b" + ON + DAY + "\\s+(?:of\\s+)?" + MONTH_NAME + RELATIVE_YEAR);
    /** "the Fourth of July", "the twenty-first of March": a day of the month written as an ordinal word. */
    private static final Pattern ORDINAL_WORD_DAY_MONTH = Pattern.compile(
            "\\b(?:(?i:the|a)\\s+|(?=Fourth\\s+of\\s+July\\b))(?<dayword>(?i:" + String.join("|", ordinalWords())
                    + "))\\s+(?i:(?:day\\s+)?of)\\s+"
                    + MONTH_NAME + RELATIVE_YEAR);
    /** Holidays on a fixed day of the year: "on New Year's Eve", "Boxing Day", "Halloween 2024". */
    private static final Map<String, MonthDay> HOLIDAYS = Map.ofEntries(
            Map.entry("new year's day", MonthDay.of(1, 1)), Map.entry("new year's eve", MonthDay.of(12, 31)),
            Map.entry("hogmanay", MonthDay.of(12, 31)), Map.entry("burns night", MonthDay.of(1, 25)),
            Map.entry("christmas day", MonthDay.of(12, 25)),
            Map.entry("christmas eve", MonthDay.of(12, 24)), Map.entry("boxing day", MonthDay.of(12, 26)),
            Map.entry("st stephen's day", MonthDay.of(12, 26)), Map.entry("st patrick's day", MonthDay.of(3, 17)),
            Map.entry("st andrew's day", MonthDay.of(11, 30)), Map.entry("st david's day", MonthDay.of(3, 1)),
            Map.entry("st george's day", MonthDay.of(4, 23)),
            Map.entry("halloween", MonthDay.of(10, 31)), Map.entry("valentine's day", MonthDay.of(2, 14)),
            Map.entry("bonfire night", MonthDay.of(11, 5)), Map.entry("guy fawkes night", MonthDay.of(11, 5)),
            Map.entry("armistice day", MonthDay.of(11, 11)), Map.entry("veterans day", MonthDay.of(11, 11)),
            Map.entry("juneteenth", MonthDay.of(6, 19)), Map.entry("canada day", MonthDay.of(7, 1)),
            Map.entry("australia day", MonthDay.of(1, 26)), Map.entry("anzac day", MonthDay.of(4, 25)),
            Map.entry("bastille day", MonthDay.of(7, 14)), Map.entry("remembrance day", MonthDay.of(11, 11)),
            Map.entry("waitangi day", MonthDay.of(2, 6)), Map.entry("ve day", MonthDay.of(5, 8)),
            Map.entry("vj day", MonthDay.of(8, 15)));
    /** Holidays on a weekday of their month: "on Memorial Day" is the last Monday of May. */
    private static final Map<String, IntFunction<LocalDate>> MOVABLE_HOLIDAYS = Map.of(
            "memorial day", year -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
            "labor day", year -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
            "victoria day", year -> LocalDate.of(year, 5, 24).with(TemporalAdjusters.previous(DayOfWeek.MONDAY)),
            // the United States' (the fourth Thursday of November); Canada's is told apart in holiday()
            "thanksgiving", TemporalResolver::usThanksgiving, "thanksgiving day", TemporalResolver::usThanksgiving,
            // the shopping days after the United States' Thanksgiving
            "black friday", year -> usThanksgiving(year).plusDays(1), "cyber monday", year -> usThanksgiving(year).plusDays(4),
            "giving tuesday", year -> usThanksgiving(year).plusDays(5));
    private static LocalDate usThanksgiving(int year) {
        return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }

    /** Canada's Thanksgiving is the second Monday of October. */
    private static final IntFunction<LocalDate> CANADIAN_THANKSGIVING = year -> LocalDate.of(year, 10, 1)
            .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
    /** What tells a Canadian Thanksgiving in the sentence: the country, a province, or a Canadian spelling. */
    private static final String CANADIAN_PLACES = "Canad(?:a|ian)|Ontario|Quebec|Alberta|Manitoba|Saskatchewan"
            + "|Nova Scotia|Toronto|Ottawa|Montreal|Vancouver|Calgary|Edmonton|Winnipeg";
    private static final Pattern CANADIAN = Pattern.compile("\\b(?:" + CANADIAN_PLACES + "|(?i:[a-z]*centres?"
            + "|neighbour[a-z]*|colour[a-z]*|favourite[a-z]*|honour[a-z]*|labour[a-z]*))\\b");
    /**
     * A story that names Canada or its places twice, and nothing American, means Canada's Thanksgiving; one
     * mention ("a film festival in Toronto", "her family came from Quebec") does not make a story Canadian.
     */
    private static final Pattern CANADIAN_STORY = Pattern.compile("\\b(?:" + CANADIAN_PLACES
            + "|New Brunswick|British Columbia|Regina|Saskatoon|Halifax)\\b");
    private static final Pattern UNITED_STATES_STORY = Pattern.compile("\\bU\\.S\\.(?!\\w)|\\b(?:United States"
            + "|(?<!North )Americans?|Washington)\\b");

    private enum StoryCountry { CANADA, BOTH, OTHER }

    /** Which country's Thanksgiving the whole text points to, worked out the first time a sentence names one. */
    private StoryCountry storyCountry() {
        if (storyCountry == null) {
            storyCountry = CANADIAN_STORY.matcher(article).results().limit(2).count() < 2 ? StoryCountry.OTHER
                    : UNITED_STATES_STORY.matcher(article).find() ? StoryCountry.BOTH : StoryCountry.CANADA;
        }
        return storyCountry;
    }

    /** Whether the text reports a game (touchdowns, rebounds, half-time), worked out the first time a quarter is met. */
    private boolean gameReport() {
        if (gameReport == null) {
            gameReport = GAME_REPORT.matcher(article).find();
        }
        return gameReport;
    }

    private static final Pattern AMERICAN_BEFORE = Pattern.compile("\\b(?:American|U\\.S\\.|US)\\s+$");

    /**
     * "by Easter 2027", "on Easter Sunday", "Easter Monday": Easter moves, so it is worked out per
     * year. "the Good Friday Agreement" and "the Easter Rising" are names.
     */
    private static final Pattern EASTER = Pattern.compile("\\b" + ON + "(?<!Orthodox )(?<which>Shrove Tuesday|Carnival (?:Monday|Tuesday)|Good Friday|(?:Holy|Maundy) Thursday|Easter(?: Sunday| Monday| Tuesday| Saturday)?)(?![A-Za-z])"
            + "(?!\\s+(?:bank\\s+holiday\\s+)?(?:holidays?|break|term|recess)\\b|\\s+(?:Agreement|Accords?|Rising|Uprising|Island|Fair|Festival|Parade|Show|Carnival|Market|Classic|Cup|Regatta|Vigil)\\b)(?<weekend>\\s+(?:bank\\s+holiday\\s+|long\\s+)?weekend\\b)?"
            + "(?:,?\\s+(?:(?i:in)\\s+)?" + YEAR + ")?" + RELATIVE_YEAR);
    private static final Pattern BANK_HOLIDAY = Pattern.compile("\\b" + ON + "(?:(?i:the)\\s+)?(?<which>(?i:early May|late May"
            + "|May Day|spring|June|August|October|summer)\\s+bank\\s+holiday)(?:\\s+Monday)?(?<weekend>\\s+weekend\\b)?(?:,?\\s+(?:(?i:in)\\s+)?" + YEAR
            + ")?" + RELATIVE_YEAR);
    private static final Pattern HOLIDAY = Pattern.compile(
            "\\b" + ON + "(?<holiday>(?<!Christmas and )New Year['’]s Day|New Year['’]s Eve|Hogmanay|Christmas Day|Christmas Eve"
                    + "|Boxing Day|St\\.? (?:Stephen|Patrick|Andrew|David|George)['’]s(?: Day|\\s+weekend\\b)|Halloween|Valentine['’]s Day|Bonfire Night|Burns Night|Guy Fawkes Night"
                    + "|Armistice Day|Veterans Day|Juneteenth|Canada Day|Australia Day|Anzac Day|ANZAC Day|Bastille Day"
                    + "|Remembrance Day|Waitangi Day|(?<!Constitution )(?:Memorial|Labor|Victoria) Day|V[EJ] Day"
                    // "on Cyber Monday", not "Black Friday discounts", "Cyber Monday deals" or "Black Friday is a season"
                    + "|(?<=\\b(?i:on|over|through|until|till|before|after|since|by|and|from)\\s)(?:Black Friday|Cyber Monday)"
                    + "(?!\\s+(?:sales?|deals?|discounts?|spending|shopping|shoppers|weekend|week|event"
                    + "|promotions?|offers?|traffic|orders?|bargains?|frenzy|rush|crowds?|footfall|takings|trading)\\b)"
                    + "|Giving Tuesday|Thanksgiving(?:\\s+Day)?(?!\\s+(?:week|recess|break|holiday)\\b))\\b(?!-[a-z])"
                    // "the Upstate Veterans Day Parade, which steps off … on Nov. 9": a name, not the holiday
                    + "(?!\\s+(?:Parade|Fair|Festival|Market|Concert|Service|Ball|Cup|Classic|Regatta|Race|Run|Dinner|Lunch"
                    + "|Breakfast|Sale|Appeal|Match|Game|Special|Bowl|Tournament)\\b)"
                    // "the Boxing Day floods of 2015"
                    + "(?:(?:,?\\s+|\\s+in\\s+|\\s+[a-z]{3,}\\s+of\\s+)" + YEAR + ")?"
                    + RELATIVE_YEAR);
    /**
     * "last Christmas": Christmas Day; "shortly before Christmas", "over Christmas 2025", "the
     * week before Christmas", "over the Christmas weekend": its December; "over Christmas and New Year": December and
     * January; "the Christmas period" runs into January for some writers and not for others, and gives no date.
     * "The last Christmas he hosted" is an ordinal, not last year's.
     */
    private static final Pattern CHRISTMAS = Pattern.compile("\\b(?:(?<!(?i:the)\\s)(?<prep>(?i:last|next|over(?:\\s+the)?|between|by"
            + "|(?:(?:shortly|just"
            + "|the\\s+(?:days?|weeks?)|in\\s+the\\s+(?:days|weeks))\\s+)?(?:before|after)))\\s+)?Christmas"
            + "(?<newyear>\\s+and\\s+(?:the\\s+)?(?i:new\\s+year)(?:['’]s\\s+Day)?(?![A-Za-z'’]))?(?!\\s+(?:Day|Eve|period)\\b)"
            + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + ON + MONTH_NAME + "\\s+" + DAY + "(?![\\d]|:\\d)" + RELATIVE_YEAR);
    private static final Pattern MONTH_ALONE = Pattern.compile(
            // "on a Tuesday in July" is any July's
            "\\b(?<!\\b(?i:a|any)\\s(?:typical\\s)?" + WEEKDAY_WORD + "\\s)(?<mod>(?i:(?:(?:in|by|at|until|till|before|from|since|towards?)\\s+)?the\\s+(?:end|start|beginning"
                    + "|middle)\\s+of|in early|in late|in mid|in|on|since|until|till|by|from|during|of|before|after"
                    // "will linger well into March", "will begin next month and last into November"
                    + "|(?<=(?:last|lasts|lasted|linger|lingers|lingered|continue|continues|continued|stretch|stretches"
                    + "|stretched|drag|drags|dragged|well)\\s)into"
                    // "planned for November", "the figure for October last year", but not "futures for June delivery"
                    + "|(?<=(?:planned|scheduled|set|due|slated|booked|earmarked)\\s)for"
                    // "the three months to May": the month a period ends with
                    + "|(?<=(?:weeks|months|quarters|year)\\s)to"
                    // "has been pushed back to July", "was brought forward to March"
                    + "|(?<=(?:back|forward|moved|delayed|postponed|rescheduled)\\s)to"
                    + "|for(?=\\s+[A-Z][a-z]+\\.?\\s+(?:of\\s+)?(?:last|this|next)\\s+year)"
                    + "|through|throughout|early|late|mid|last|next|this))[- ]\\s*" + MONTH_NAME + "(?!\\s*\\d)" + RELATIVE_YEAR);
    /** What a month may name: "November's increase", "its January review", "their February pay". */
    private static final String MONTH_NOUN = "(?:increase|decline|fall|rise|figures?|total|reading|rate|drop|jump|gain|loss"
            + "|sales|data|numbers?|count|walk|meeting|event|vote|election|storm|flood(?:ing|s)?|heatwave|snow|rain(?:fall)?"
            + "|review|decision|statement|survey|report|session|sitting|update|auction|sale|pay|payment|bill|issue|edition"
            + "|policy|walkouts?|strikes?|primary|primaries|deadline|shows?|concerts?|festival|fixture|launch|release|opening"
            + "|closure|visit|summit|talks|poll|polls|fire|raid|attack|floods|half-term|half\\s+term|budget)";
    private static final Pattern MONTH_WORD_ALONE = Pattern.compile("(?:(?<in>in\\s+)|of\\s+)?" + FULL_MONTH);
    /** A month that qualifies a noun ("its August figures", "January's sales figures"), which a later date outranks. */
    private static final Pattern MONTH_QUALIFIES = Pattern.compile("^(?:['’]s)?\\s+(?:[a-z]+[\\s-]+)?" + MONTH_NOUN + "\\b");
    /** Verbs that report what follows them, as in "confirmed that July was the wettest". */
    private static final String REPORTED = "(?:said|says|confirmed|confirms|announced|showed|shows|revealed|reported"
            + "|noted|found|added|stressed|explained)";
    /**
     * "June was especially warm", "Met Éireann confirmed that July was the wettest": a month named as what the
     * sentence is about, by the tense of its verb.
     */
    private static final Pattern MONTH_AS_SUBJECT = Pattern.compile("(?=[ADFJMNOS])(?:(?:^|(?<=\\b(?:said|says|say|" + REPORTED
            + "\\sthat)\\s))(?<mod>)"
            + "(?<month>January|February|March|April|June|July|August|September|October|November|December)"
            + "(?=\\s+(?:was|were|had\\s+been|has\\s+been|saw|brought|averaged|ended|began|proved|as\\s+a\\s+whole)\\b"
            + "|['’]s\\s+(?:[a-z]+\\s+)?" + MONTH_NOUN + "\\b))(?:(?<rely>(?!)))?");
    /** "Then came July, and a run to the Wimbledon semi-finals". */
    private static final Pattern THEN_CAME_MONTH = Pattern.compile("(?<=^Then\\scame\\s)(?<mod>)(?<month>" + FULL_MONTH
            + ")(?=[,.])(?:(?<rely>(?!)))?");
    /** "left its settings unchanged at its January review": a month that names an event of the subject's. */
    private static final Pattern MONTH_OF_AN_EVENT = Pattern.compile("\\b(?=[A-Z])(?<=\\b(?i:its|their|his|her|the)\\s)(?<mod>)"
            + "(?<month>" + FULL_MONTH + ")(?=\\s+" + MONTH_NOUN + "\\b)(?:(?<rely>(?!)))?");

    private static final Pattern ANNIVERSARY = Pattern.compile("(?i)\\b(?:anniversar(?:y|ies)|commemorat\\w*|celebrat\\w*"
            + "|mark(?:s|ed|ing)?|\\d+(?:st|nd|rd|th)|this\\s+year|next\\s+year|last\\s+year|every|each)\\b");
    /** A holiday that opens the sentence as its subject, with a year written later in the sentence. */
    private static final Pattern HOLIDAY_AS_SUBJECT = Pattern.compile("\\s+(?!(?:falls?|fell|is|will)\\b)[a-z][^.;:]*?\\b\\d{4}\\b");
    /** "the weekend of 8 February": a weekend gives its month. */
    private static final Pattern WEEKEND_OF_DAY = Pattern.compile("\\b(?i:the\\s+weekend\\s+of)\\s+" + DAY + "\\s+(?:of\\s+)?"
            + MONTH_NAME + "(?:\\s+(?:to|-|–)\\s*\\d{1,2}\\s+" + MONTH_WORD + ")?");
    private static final Pattern WEEKEND_OF_MONTH_DAY = Pattern.compile("\\b(?i:the\\s+weekend\\s+of)\\s+" + MONTH_NAME
            + "\\s+" + DAY + "(?![\\d]|:\\d)(?!\\s*[-–]\\s*\\d)");
    private static final Pattern WEEKEND = Pattern.compile(
            "(?i)\\b(?:(?<prep>over|during|at|on|for|throughout|from|until|till|through|by"
                    + "|(?<!\\b(?:go|goes|went|going|gone|head|heads|headed|heading)\\s)into)\\s+"
                    + "|(?<spent>(?<=\\b(?:spent|spend|spends|spending)\\s)))?(?<det>this past|the past|this|last|next|the)\\s+"
                    + "(?<holiday>(?:bank\\s+)?holiday\\s+|long\\s+)?weekend\\b");
    private static final Pattern ORDINAL_DAY = Pattern.compile(
            "(?i)\\b(?<prep>on|by|until|till|from|since|before|after|(?<=(?:scheduled|set|planned|due|fixed)\\s)for"
                    // "from the 3rd to the 9th"
                    + "|(?<=\\bfrom\\sthe\\s\\d{1,2}(?:st|nd|rd|th)\\s)(?:to|through))\\s+the\\s+"
                    + "(?<day>[1-9]|[12]\\d|3[01])"
                    + "(?:st|nd|rd|th)\\b(?!\\s*(?:of\\s+)?(?!(?:that|and|but|when|after|before|as|at|in|with|to|for|from"
                    + "|because|while|we|they|he|she|I|you|it)\\s)[A-Za-z(])");
    private static final Pattern WEEKDAY_IS = Pattern.compile("\\s+is\\s+(?!(?:when|the\\s+day\\s+(?:when|that)))");
    private static final Pattern REPORTED_FORECAST = Pattern.compile("\\b(?:said|says|warned|warns|told|forecast"
            + "|predicted|added|hinted)\\b(?:(?!\\b(?:on|last|earlier)\\s)(?:[^.;]|(?<=\\d)\\.(?=\\d)))*?\\b(?:would|should"
            + "|(?:was|were)\\s+likely\\s+to)\\b");
    private static final Pattern STARTING = Pattern.compile("(?:Starting|Beginning|From)(?:\\s+on)?\\s+");
    private static final Pattern CAN_UNTIL = Pattern.compile("\\bcan\\s+(?:still\\s+)?[a-z]+(?:\\s+[a-z]+){0,5}?\\s+(?:until|till|through|starting|beginning|from)\\s+$");
    private static final Pattern CAN_BEFORE = Pattern.compile("\\bcan\\b(?!\\s+(?:not\\s+)?(?:still\\s+)?(?:be\\s+)?(?:seen|heard|found|watched|read)\\b)");
    /** "Drier air should move in by Wednesday": what is expected, not what ought to have been. */
    private static final Pattern SHOULD = Pattern.compile("(?i)\\bshould\\b(?!\\s+(?:not\\s+)?have\\b)");
    /** "The bridge may close from Saturday evening, the council said": a forecast, its source said after it. */
    private static final Pattern FORECAST_THEN_SOURCE = Pattern.compile("\\b(?:would|should|could|might|may"
            + "|(?:was|were)\\s+likely\\s+to)\\b[^.;:\"“”]*,\\s+(?:[^,;.:\"“”]{1,60}\\s)?(?:said|says|warned|warns"
            + "|added|predicted|forecast)\\.?$");
    /** "the shorter Friday would give staff time": a kind of Friday, not one day. */
    private static final Pattern ADJECTIVE_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an)\\s+[a-z]+\\s+$");
    /** "told to leave by", "gave them until", "was set for", "has been listed for", "has been moved to". */
    private static final Pattern TARGET_BEFORE = Pattern.compile("(?i)\\b(?:until|till|by|(?:set|listed|fixed|moved"
            + "|scheduled|planned|pencill?ed\\s+in|adjourned|postponed|put\\s+back|pushed\\s+back|rescheduled"
            + "|brought\\s+forward)\\s+(?:for|to|as|until|on))\\s+(?:the\\s+)?$");
    private static final Pattern AND_BEFORE = Pattern.compile("(?i)\\band\\s+$");
    private static final Pattern SECOND_ORDINAL = Pattern.compile("\\s+and\\s+(?:the\\s+)?(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b");
    /** "on the 21st of that month": a day of the month given earlier in the paragraph. */
    private static final Pattern ORDINAL_DAY_OF_THAT_MONTH = Pattern.compile(
            "(?i)\\b(?:on\\s+)?the\\s+(?<day>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\s+of\\s+(?:that|the\\s+same)\\s+month\\b");
    /** "until the 30th of this month", "on the 3rd of next month". */
    private static final Pattern ORDINAL_DAY_OF_RELATIVE_MONTH = Pattern.compile(
            "(?i)\\b(?:(?:on|by|until|till|from|before|after)\\s+)?the\\s+(?<day>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\s+of\\s+"
                    + "(?<rel>this|next|last)\\s+month\\b");
    /** "closed Thursday and Friday": two days, so the month (or months) they fall in. */
    private static final Pattern WEEKDAY_PAIR = Pattern.compile("\\b(?:(?<mod>(?i:last|next|this|on))\\s+)?" + WEEKDAY_NAME
            // "from Saturday night into Sunday"
            + "(?:(?:\\s+(?i:night|morning|afternoon|evening))?\\s+(?i:to|through|till|until|into)\\s+|\\s+(?i:and|or)\\s+"
            + "|\\s*[-–]\\s*)(?<weekday2>" + WEEKDAY_WORD + ")(?![A-Za-z])");
    /** "Monday the 29th": the day of the month, in the month where it falls on that weekday. */
    private static final Pattern WEEKDAY_THE_ORDINAL = Pattern.compile("\\b" + ON + WEEKDAY_NAME
            + ",?\\s+the\\s+(?<day>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b(?!\\s*(?:of\\s+)?[A-Z])");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?<mod>(?i:last|next|this|on|early on|late on|early|late))\\s+)?"
                    + "(?<!\\b(?:Good|Black|Super|Cyber|Ash|Easter|Palm|Bloody|Holy|Maundy|Mothering|Remembrance|Selection|Bowl|Shrove|Carnival|whole|entire) )"
                    // "on a rainy Monday" is any Monday; "said in a statement Monday" is one
                    + "(?<!\\b(?i:a|an|any|every|each|one|main|usual|regular|weekly) )(?<!\\b(?i:a|an) (?!(?:statement|interview|speech|letter"
                    + "|post|filing|briefing|call)\\s)[a-z]{2,12} )"
                    // "The \"Never on Sunday\" rule": the end of a quoted name
                    // "\"Tuesday-through-Thursday is back\"": a kind of week, not a day
                    + "(?<!-)" + WEEKDAY_NAME + "(?![A-Za-z-])(?![\"”’]\\s+[a-z])(?!\\s+(?i:mornings|afternoons|evenings|nights)\\b)"
                    // "on Thursday next week", "on Wednesday of last week": the weekday of the week named, which that
                    // rule gives
                    + "(?!\\s+(?i:(?:of\\s+)?(?:next|this|last))\\s+week\\b)"
                    + "(?! (?:Times|Telegraph|Express|Mirror|Post|Herald|Night Live|Morning Herald)\\b)");
    /** "Today it has two screens": a state of now, not the day of publication. */
    private static final Pattern TODAY_STATE = Pattern.compile("(?i),?\\s+(?:it|he|she|they|the\\s+[a-z]+|there)\\s+"
            + "(?:has|have|is|are|remains?|stands?|houses?|employs?|holds?|lives?)\\b");
    /** "Fewer than 900 people live there today": a state that holds nowadays, not a day's event. */
    private static final Pattern STATE_BEFORE_TODAY = Pattern.compile("^[^,;:]*\\b(?:live|lives|stands?|survives?"
            + "|exists?|employs?|houses?|belongs?)(?:\\s+[a-z]+){0,2}\\s+$");
    /** "Back then, women on the crew were rare; today, one in ten is female": today as nowadays. */
    private static final Pattern NOWADAYS = Pattern.compile("(?i)\\b(?:back\\s+then|in\\s+those\\s+days|at\\s+the\\s+time"
            + "|used\\s+to)\\b[^.]*?(?:^|[;,:]\\s*|\\b(?:but|and)\\s+)$");
    /** "did not begin yesterday", "wasn't born yesterday", "Whatever happens tonight,": a figure of speech or a concession, no date. */
    private static final Pattern FIGURATIVE = Pattern.compile(
            "(?i)\\b(?:not|n['’]t|never)\\s+(?:begin|begun|began|start|started|born|happen|happened)\\s+yesterday\\b"
                    + "|\\bwhatever\\s+(?:tomorrow|happens\\s+(?:today|tonight|tomorrow))\\b");
    /** Not "at today's prices" nor "lock in today's rates": the prices of now, not of a day. */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?i)\\b(?<!ago )(?<!\\b(?:days?|weeks?|months?|years?) from )(?<word>the day before yesterday|the day after tomorrow|yesterday|today(?!['’]s\\s+(?:rates?|prices)\\b)|tonight|tomorrow"
                    + "|(?<!the )last night(?! of\\b)|this morning|this afternoon|this evening)\\b");
    private static final String CLOCK = "(?:(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)|midnight|midday|noon)\\s+)?";
    private static final Pattern FROM_TODAY_UNTIL = Pattern.compile("(?i)\\b(?:from\\s+" + CLOCK + "(?:today|tonight|this\\s+"
            + "(?:morning|afternoon|evening))\\s+(?:until|till|to|through)\\s+" + CLOCK + "(?:on\\s+)?(?:(?:next\\s+)?"
            + "(?<weekday>(?-i:" + WEEKDAY_WORD + "))|tomorrow)|today\\s+and\\s+tomorrow)(?:\\s+(?:morning|afternoon|evening|night))?\\b");
    /** "the Sunday after Thanksgiving", "the Monday before the vote". */
    private static final Pattern FROM_AN_EVENT = Pattern.compile("(?i)\\s+(?:after|before|following|preceding)\\s+(?!(?:it|that|this|next|last)\\b)[a-z]");
    private static final Pattern AGO_BEFORE = Pattern.compile("(?i)\\bago\\s+$");
    // "Visits to stores on Friday rose 1.2%", "In the open final", "at the launch on Tuesday": a subject or a noun
    private static final Pattern TIMETABLE_VERB = Pattern.compile("(?i)(?:(?<!^)|(?=clocks\\s))\\b(?<!\\bto\\s)(?:meets?|(?<!\\b(?:the|an?)\\s)(?:opens?(?!\\s+house)|visits?)|open(?=-)|closes?"
            + "|(?<!\\b(?:housing|home|job|new|false|fresh) )starts?|begins?|(?<!\\bat\\s(?:the|an?)\\s)launch(?:es)?"
            + "|returns?|heads?\\s+back|travels?|plays?|faces?|hosts?|resumes?|ends?|finish(?:es)?|kicks?\\s+off|go(?:es)?\\s+live"
            + "|covers?(?=[^,;.]{0,60}\\bfrom\\b)|runs?\\s+out"
            + "|runs?(?=\\s+(?:from|until|till|through|between)\\b)"
            + "|takes?\\s+effect|takes?\\s+place|takes?\\s+the\\s+stage|arrives?|reopens?"
            + "|go(?:es)?\\s+(?:on|off)\\s+sale|sits?|publish(?:es)?|clocks\\s+(?:go|fall|spring)\\s+(?:back|forward)"
            + "|flies|departs?|expires?|lapses?|(?:forecast|outlook)\\s+calls\\s+for|headlines|brings|(?:re)?convenes"
            + "|lines?\\s+up|rises|continues\\s+its|marks"
            + "|comes?\\s+into\\s+force|(?:is|are)\\s+(?:out|due|on|back))\\b"
            // "reports its results on Friday", "Tickets go on general sale on Monday", "plan a march on Saturday",
            // "The NHL trade deadline is Friday", "turns 100 on Tuesday", "wraps up with a tournament"
            + "|\\b(?:(?<!\\b(?:your|our|my|his|her|their|its|the|a|this|that)\\s)reports?(?!\\s+(?:of|on|by|from)\\b)"
            + "|go(?:es)?\\s+on\\s+general\\s+sale|wraps?\\s+up|steps?\\s+off|plans?\\s+(?:a|an)|turns?\\s+\\d+"
            + "|(?:go(?:es)?|heads?)\\s+to\\s+the\\s+polls|(?:is|are)\\s+(?:also\\s+)?possible"
            + "|(?:is|are)\\s+(?:celebrated|pencill?ed\\s+in|listed\\s+for)|(?:is|are)\\s+in\\s+(?:force|place)(?=[^,;]*?\\b(?:Mon|Tues"
            + "|Wednes|Thurs|Fri|Satur|Sun)day\\b)"
            + "|(?:is|are)(?=\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b))\\b");
    private static final Pattern DEADLINE_TEXT = Pattern.compile("(?i)(?:by|until|till)\\b");
    /** "sits four points out after a 4-2 loss at Vegas on Tuesday": a result, so a game already played. */
    private static final Pattern RESULT_BEFORE = Pattern.compile("(?i)\\b(?:loss|defeat|win|victory|draw)\\s+(?:at|to|against|over|in)\\s[^,;]{0,30}$");
    /** "have until Friday", "by 7 a.m. Monday"; not "cut rates by a half-point in September", a quantity. */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("(?i)\\b(?:until|till|by)\\s+(?!(?:a|an|about|around"
            + "|nearly|almost|more|less|some|just)\\b|[$£€]|\\d{1,3},\\d{3}|\\d[\\d.,]*\\s*(?:%|per\\s*cent|percent|points?|million"
            + "|billion)|\\d[\\d.,]*-point)(?:\\S+\\s+){0,2}$");
    /**
     * "on the Sunday." or "on the Sunday afternoon when …", "on the Monday night thinking …", not "the Saturday market"
     * nor "the Tuesday morning commute" (a forecast's coming Tuesday).
     */
    private static final Pattern NO_NOUN_AFTER = Pattern.compile("(?i)\\s+(?:morning|afternoon|evening|night)\\b(?!\\s+commute)"
            + "|\\s*[.,;:!?)]|\\s*$|\\s+(?:when|after|before|at|in|of|that|itself)\\b");
    /** "a family day on the final Sunday": of the run of days the story gave. */
    private static final Pattern THE_NTH_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?:final|first|opening|closing|middle)\\s+$");
    private static final Pattern NAME_AFTER = Pattern.compile("\\s+(?!" + MONTH_WORD + ")[A-Z][a-z]+");
    /** "the" right before a phrase. */
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
    private static final Pattern WEEK_AFTER = Pattern.compile("\\s+week\\b(?!['’]s|\\s+(?:of|in|before|after)\\b)");
    /** One weekday, not "Sundays" nor "Thursday's". */
    private static final Pattern SINGLE_WEEKDAY = Pattern.compile("\\b" + WEEKDAY_WORD + "(?![s'’])\\b");
    /** A day named outside a quotation: "said … after Saturday's game", "said on Friday". */
    private static final Pattern OUTSIDE_DAY = Pattern.compile("\\b" + WEEKDAY_WORD + "\\b");
    private static final Pattern PERIOD_END = Pattern.compile(
            "(?i)\\b(?:(?:by|at|before|until|till|towards?|from|in|near)\\s+)?the\\s+(?<part>end|start|beginning|middle"
                    + "|close)\\s+of\\s+the\\s+(?<unit>year|month|week)\\b");
    private static final Pattern IN_THE_WEEK = Pattern.compile("(?i)\\b(?:earlier|later)\\s+in\\s+the\\s+week\\b");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "(?i)\\b(?:(?:earlier|later|(?<!\\b(?:unusually|surprisingly|remarkably|exceptionally|relatively|so|too)\\s)early"
                    + "|late|the end of|the start of|the beginning of|the middle of)\\s+)?"
                    + "(?<rel>this|last|next)\\s+(?<unit>week|month|year)\\b");
    private static final Pattern OFFSET = Pattern.compile(
            "(?i)\\b(?:(?<qual>just over|just under|just|nearly|almost|about|around|roughly|some|more than|less than"
                    + "|over|under|exactly)\\s+)?(?<!\\d[,.])"
                    // "$6,850 a month before rebates": a price's period
                    + "(?!(?<=\\d\\s)an?\\s+\\S+\\s+before)"
                    // "He must serve 14 months before he is eligible for parole": a length of time, not a date
                    + "(?<!\\b(?:serve|served|serving|spend|spent|wait|waited|waiting|take|took|last|lasted|lasting|for)\\s)"
                    + COUNT + "\\s+(?<unit>day|week|fortnight|month|year|decade)s?\\s+"
                    + "(?<dir>ago|from now|from today|before|after)\\b");
    private static final Pattern THAN_BEFORE = Pattern.compile("(?i)\\bthan\\b[^,;:]*$");
    /** "will hear from them again in two years", "moves on to Budapest in a fortnight": that long after publication. */
    private static final Pattern IN_TIME = Pattern.compile("(?i)\\b(?=in\\s)(?<!\\b(?:first|time|highest|lowest|most|least|worst|best"
            + "|record|steepest|biggest|largest|fastest|slowest|longest|once|twice|times)\\s)\\bin\\s+" + COUNT
            + "\\s+(?<unit>day|week|fortnight|month|year)s?(?<time>['’]s?\\s+time)?\\b(?!\\s+(?:of|than)\\b)");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)\\b(?:up\\s+to|as\\s+(?:much|many|long|early)\\s+as"
            + "|at\\s+(?:least|most)|no\\s+(?:more|less|later|earlier)\\s+than|by\\s+(?:noon|midnight))\\s+$");
    private static final Pattern WEEKS_WEEKEND = Pattern.compile("['’]s\\s+(?:[A-Za-z-]+\\s+){0,3}weekend\\b");
    private static final Pattern EARLIER_OR_LATER = Pattern.compile("(?i)(?:earlier|later)\\s");
    private static final Pattern EARLY_OR_LATE = Pattern.compile("(?i)(?:early|late)\\s");
    /**
     * "after it shuts on Saturday", "when the store closes", "as Storm Fergal approaches on Sunday": a time clause
     * in the present speaks of the future.
     */
    private static final Pattern TIME_CLAUSE_PRESENT = Pattern.compile("\\b(?:(?i:after|when|before|until|once)\\s+"
            + "(?:(?i:it|he|she|(?:the|its|his|her|their)\\s+[a-z]+)|(?i:the)\\s+(?:[A-Z][a-z]+\\s+){0,3}[A-Z][a-z]+)"
            + "|as\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s+"
            + "(?!(?i:was|has|does|is|says|said|reports|tells)\\b)[a-z]{2,}s\\s+(?:on\\s+)?$"
            // "Trains will not run until lines have been checked on Monday morning"
            + "|\\b(?i:until|once)\\s+(?:[a-z]+\\s+){1,2}(?:have|has)\\s+been\\s+[a-z]+ed\\s+(?:on\\s+)?$");
    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\b");
    /** "Thursday's bins": what recurs on a weekday, which no "the following day" counts from. */
    private static final Pattern RECURRING_AFTER = Pattern.compile("['’]s\\s+[a-z]+s\\b");
    /** "from midday on Saturday until 06:00 on Sunday": a weekday that opens or closes a span of hours. */
    private static final Pattern TIMED_SPAN_BEFORE = Pattern.compile("(?i)\\b(?:from|until|till|to)\\s+(?:midday|noon"
            + "|midnight|\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)\\s+(?:(?:GMT|BST|UTC|local\\s+time)\\s+)?(?:on\\s+)?$");
    private static final Pattern CLOCK_CHANGE_AFTER = Pattern.compile("(?i)\\s+(?:clock\\s+)?(?:changes?|clocks?)\\b");
    private static final Pattern FROM_UNTIL = Pattern.compile("(?i)\\bfrom\\b.*\\b(?:until|till)\\b");
    /** "I'd go back tomorrow": a day imagined. */
    private static final Pattern IMAGINED = Pattern.compile("(?i)\\b(?:i|we|you)['’]d\\s[^,;:]*$");
    /** "more than a decade ago, in 2013": the year written after it dates the claim. */
    private static final Pattern YEAR_AFTER_AGO = Pattern.compile(",\\s+in\\s+(?:[A-Z][a-z]+\\s+)?\\d{4}\\b");
    private static final Pattern DAY_AFTER_AGO = Pattern.compile("(?i)^,?\\s+(today|tonight|tomorrow|yesterday|to\\s+the\\s+day"
            + "|(?:on\\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b");
    private static final Pattern THIS_MONTH = Pattern.compile("(?i)^,?\\s+this\\s+(?:month|week|weekend)\\b");
    /**
     * "early in the new year", published in November: the year after; "from the new year": its January; "in the new
     * year" alone is its January to some writers and its year to others. "ring in the new year" is no time phrase.
     */
    private static final Pattern NEW_YEAR_AHEAD = Pattern.compile("(?i)\\b(?=(?:early\\s+)?in\\s|from\\s)(?<!\\b(?:ring|rings|ringing|rang|see|sees|seeing|saw"
            + "|bring|brings|bringing|usher|ushers|ushering|welcome|welcomes|welcoming)\\s)\\b(?:(?<early>early\\s+)?in|(?<from>from))"
            + "\\s+the\\s+new\\s+year\\b"
            + "(?!\\s*(?:['’]s|honou?rs|day|eve|holidays?|period|break|celebrations?)\\b)");
    /**
     * "over the coming week", "over the next fortnight", "in the past fortnight", "over the next three months": the
     * days or months next to publication, which give their month or months.
     */
    private static final Pattern WINDOW = Pattern.compile("(?i)\\b(?:over|in|during|for|throughout)\\s+the\\s+"
            + "(?<rel>coming|next|past|last)\\s+(?:(?<!coming\\s)" + COUNT + "\\s+)?(?<unit>days|weeks|fortnight|months"
            + "|week(?<=coming\\sweek))\\b(?!\\s+of\\b)");
    /** "for the rest of the week", "The rest of the weekend": what is left of it from publication. */
    private static final Pattern REST_OF_WEEK = Pattern.compile("(?i)\\b(?:for\\s+|over\\s+|through\\s+)?the\\s+rest\\s+of"
            + "\\s+(?:the|this)\\s+(?<unit>week|weekend)\\b");
    /** "thick cloud late in the week", "rain is likely midweek": days of the week under way, or at a weekend the next. */
    private static final Pattern PART_OF_THE_WEEK = Pattern.compile("(?i)\\b(?:(?<part>late|later|early)\\s+in\\s+the\\s+week"
            + "|(?<mid>midweek))\\b(?!['’]|\\s+(?!(?:this|was|is|as|has|does)\\b)[a-z]{3,}s\\b)");
    /** "The train left the tracks on leap day": 29 February of the leap year the tense points to; "the last leap day". */
    private static final Pattern LEAP_DAY = Pattern.compile("\\b(?i:on)\\s+(?:(?i:leap\\s+day),?\\s+" + YEAR
            + "|leap\\s+day\\b)|\\b(?i:the\\s+(?<rel>last|previous)\\s+leap\\s+day)\\b");
    /** "The dollar index rose 0.4% on the week": a market's week so far (not "the Week 1 slate"). */
    private static final Pattern ON_THE_WEEK = Pattern.compile("(?i)\\bon\\s+the\\s+week\\b(?!\\s*\\d)");
    /** "by this time next year": about the same month, a year on. */
    private static final Pattern THIS_TIME_NEXT_YEAR = Pattern.compile("(?i)\\b(?:by\\s+|at\\s+|around\\s+)?this\\s+time"
            + "\\s+(?<dir>next|last)\\s+year\\b|\\b(?<last>last)\\s+year\\s+at\\s+this\\s+time\\b");
    /** "for the rest of the month": what is left of the month of publication. */
    private static final Pattern REST_OF = Pattern.compile("(?i)\\b(?:for|through|throughout|over|during)\\s+the\\s+rest\\s+of"
            + "\\s+(?:the|this)\\s+(?<unit>month|year)\\b");
    private static final Pattern THIS_SEASON = Pattern.compile("(?i)^,?\\s+this\\s+(?<season>spring|summer|autumn|fall|winter)\\b");
    private static final Pattern WITHIN = Pattern.compile(
            "(?i)\\bwithin\\s+(?:the\\s+next\\s+)?(?:(?:about|around|roughly|some)\\s+)?" + COUNT
                    + "\\s+(?<unit>day|week|month|year|fortnight)s?\\b");
    /** "a week earlier", "two weeks later": seven or fourteen days from the day before it. */
    private static final Pattern LINKED_WEEKS = Pattern.compile(
            "(?i)\\b" + COUNT + "\\s+weeks?\\s+(?<dir>later|earlier|afterwards?)\\b(?!\\s+than\\b)");
    /** "was cancelled the evening before because no bed was free": a conjunction after "before" opens another clause. */
    private static final String CLAUSE_AFTER = "\\s+(?:because|when|as|and|but|so|after|amid)\\s";
    /** Expressions that count from a date given earlier: "the same day", "the following day", "three days later". */
    private static final Pattern LINKED = Pattern.compile(
            "(?i)\\b(?<!\\bnot\\s)(?:(?<same>(?:(?:on|later|earlier)\\s+)?(?:that(?:\\s+same)?|the\\s+same)\\s+(?:day|morning|afternoon|evening"
                    + "|night)|(?:(?:just|only|a\\s+few|several|two|three)\\s+)?(?:hours|minutes)\\s+(?:later|earlier)"
                    // "Within an hour, a wall of water … had swept through the valley"
                    + "|^within\\s+(?:(?:a\\s+few|two|three|four|five|six|[1-9]|1[0-2])\\s+hours|minutes|an\\s+hour)(?=,?\\s+[a-z]+)"
                    + "|(?:earlier|later)\\s+in\\s+the\\s+day)"
                    + "|(?<next>the\\s+(?:following|next)\\s+(?:day|morning|afternoon|evening|night)"
                    + "|the\\s+day\\s+after(?=\\s*[,.;:]|\\s*$|" + CLAUSE_AFTER + "))|(?<previous>the\\s+(?:previous|preceding)\\s+(?:day"
                    + "|morning|afternoon|evening|night)|the\\s+(?:day|night|evening|morning|afternoon)\\s+before(?=\\s*[,.;:]|\\s*$|" + CLAUSE_AFTER + "))|(?<!\\bover\\s)" + COUNT
                    + "\\s+(?:day|night)s?\\s+(?<dir>later|earlier|afterwards?|before(?=\\s*[,.;:]|\\s*$)))\\b(?!\\s+than\\b)");
    /** "the following month", "later that month", "three months later": counted from the month given before it. */
    private static final Pattern LINKED_MONTH = Pattern.compile("(?i)\\b(?<!\\bnot\\s)(?<!\\bfrom\\s)(?<!\\bwith\\s)(?:"
            + "(?:(?:later|earlier)\\s+)?(?<rel>the\\s+(?:following|next|previous|same)|that)\\s+month(?![’'])"
            + "|" + COUNT + "\\s+months?\\s+(?<dir>later|earlier|afterwards?))\\b(?!\\s+than\\b)");
    /** "A grand jury indicted him the following March": the first such month after the one given before it. */
    private static final Pattern FOLLOWING_MONTH_NAMED = Pattern.compile("\\b(?i:the\\s+(?:following|next))\\s+" + MONTH_NAME
            + "(?![\\s,]*\\d)");
    /** "the following year", "a year later", "two years earlier": counted from the year given before it. */
    private static final Pattern LINKED_YEAR = Pattern.compile("(?i)\\b(?<!\\bnot\\s)(?<!\\bfrom\\s)(?<!\\bwith\\s)(?:the\\s+(?<rel>following|next|previous)"
            + "\\s+year(?!['’])|(?<same>(?<!\\b" + REPORTED + "\\s)that|the\\s+same)\\s+year(?![-'’])(?!\\s+after\\b)"
            + "|" + COUNT + "\\s+(?<lunit>years?|decades?)\\s+(?<dir>later|earlier|afterwards?))\\b(?!\\s+than\\b)");
    private static final Pattern WHEN_BEFORE = Pattern.compile("(?i)\\bwhen\\b[^,;:]*$");
    private static final Pattern A_YEAR = Pattern.compile("\\b(?:1[89]|20)\\d{2}\\b");
    /**
     * "Congress abandoned it that October": the month of the year the paragraph gave ("Met Éireann confirmed that July
     * was the wettest" has a conjunction, not "that July" of an earlier year).
     */
    private static final Pattern THAT_MONTH_NAMED = Pattern.compile("\\b(?<!\\b" + REPORTED + "\\s)(?i:that)\\s+"
            + MONTH_NAME + "(?![\\s,]*\\d)");
    /** "Footfall still fell by a third that weekend": the weekend of the week of the day the paragraph gave. */
    private static final Pattern THAT_WEEKEND = Pattern.compile("\\b(?i:that)\\s+weekend\\b(?!['’])");
    /** "three evenings a week from Monday", not "The vote is a week from Thursday". */
    private static final Pattern RATE_BEFORE = Pattern.compile("(?i)\\b(?:days|evenings|mornings|afternoons|nights|times|hours"
            + "|shifts|sessions|classes|games|visits|twice|once|\\d+)\\s+$");
    /** "at 4:52 a.m. that Friday": the Friday of the days the paragraph is telling. */
    private static final Pattern THAT_WEEKDAY = Pattern.compile("\\b(?i:that)\\s+" + WEEKDAY_NAME + "(?![A-Za-z'’-])");
    /** "a week from Tuesday", "two weeks from Friday": counted from the coming weekday; "a week ago Friday": back. */
    private static final Pattern WEEKS_FROM_WEEKDAY = Pattern.compile("(?i)\\b" + COUNT + "\\s+(?<unit>weeks?|fortnights?)"
            + "\\s+(?:from|on|(?<ago>ago))\\s+(?-i:" + WEEKDAY_NAME + ")(?![A-Za-z-])");
    /** "a week today", "a fortnight tomorrow" (British): that long after the day named. */
    private static final Pattern WEEKS_FROM_TODAY = Pattern.compile("(?i)\\b(?:a|one)\\s+(?<unit>week|fortnight)\\s+"
            + "(?<day>today|tomorrow)\\b");
    /** "A third will follow the next week": the week after a day given earlier; "over the next week" is the coming days. */
    private static final Pattern FOLLOWING_WEEK = Pattern.compile("(?i)\\b(?=the\\s)(?<!\\b(?:over|in|within|during|for|throughout)\\s)"
            + "the\\s+(?<rel>following|next|previous|preceding)\\s+week\\b(?!\\s*['’]s)");
    private static final Pattern FOLLOWING_WEEKDAY = Pattern.compile(
            "(?i)\\bthe\\s+following\\s+" + WEEKDAY_NAME + "\\b");
    private static final Pattern YEAR_ALONE = Pattern.compile(
            "\\b(?:(?<mod>(?i:in early|in late|in mid|in|since|until|till|by|during|of|from|before|after|for|between"
                    + "|through|early|late|mid|the end of|the start of|the beginning of))[- ]\\s*)?"
                    // "call police at 705-876-1812": the end of a telephone number
                    // "the strategic agenda for 2024-2029": the end of a span of years
                    // "Budget 2026, delivered on 7 October": a name, not the year
                    + "(?<![\\d,.$£€])(?<!\\b(?:Budget|Expo|Vision|Agenda)\\s)(?<!\\d{4}[-–])(?<!\\d[-.]\\d{3}[-.])(?<!\\)\\s?\\d{3}[-.])(?<year>1[89]\\d{2}|20\\d{2}"
                    // "refined the rule in 1582, dropping …": an older year only after "in", where no count follows
                    + "|(?<=\\b(?i:in|around|circa)\\s)1[0-7]\\d{2}(?=[,.;:)]|\\s+(?:and|when|as|by|under|after|before)\\b|\\s+[A-Z]|$))"
                    // "in the 2022/23 financial year", "The civic disaster helpline, 1916, …"
                    + "(?!\\d|s\\b|\\s*%|\\s*per ?cent|[.,]\\d|[-/]\\d)(?<!(?i:line|number),?\\s\\d{4})");
    /** A superlative or record before "since 1998" makes the year a point of comparison. */
    private static final Pattern SUPERLATIVE = Pattern.compile(
            "(?i)\\b(?:most|least|first|best|worst|record|[a-z]{2,}(?<!inter|prot|arr|sugg|qu|cont|harv|inv|for|hon|mod|gu"
                    + "|dig|manif|ch|att|det|beh|unr|midw|temp|earn|cr)est)\\b");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a hundred", 100), Map.entry("one hundred", 100));
    private static final Set<String> DEADLINE_WORDS = Set.of("by", "until", "till", "before");
    private static final Pattern HAD = Pattern.compile("\\bhad\\b");
    /** Without a tense, a day and month is taken as the nearest one only this close to publication. */
    private static final int NEAREST_WITHIN_DAYS = 92;
    /** Without a tense, a day of the month ("on the 5th") this close to publication's is of its month. */
    private static final int HALF_A_MONTH = 15;

    /**
     * CLOSEST is a plan or deadline told in the past: on whichever side of publication is nearer, with no window.
     * <p>Compared with {@code ==} here rather than switched on, as {@link Needs} and {@link Tense.Kind} are: a switch on
     * an enum compiles to one more class, and the jar's allowance for this package is nearly spent.
     */
    private enum Direction { PAST, FUTURE, NEAREST, OPEN, CLOSEST }

    /**
     * An expression whose date the text does not settle, left undated rather than guessed.
     *
     * @param start  offset of the expression in the source text
     * @param end    offset just after it
     * @param text   the expression as written
     * @param reason why no date is proposed, in words
     */
    public record Unsettled(int start, int end, String text, String reason) {
    }

    /** The expressions of a sentence: those resolved to a date, and those the text leaves unsettled. */
    record Scan(List<ResolvedDate> dates, List<Unsettled> unsettled) {
    }

    /** A rule's date, or, with {@code date} null, why it proposes none. */
    private record Resolution(EventDate date, EventDate endDate, boolean approximate, String basis, EventDate anchor) {

        static Resolution unsettled(String reason) {
            return new Resolution(null, null, false, reason, null);
        }
    }

    /**
     * What a rule sees: the sentence, its tense cues, what earlier rules found, the paragraph's last
     * day ({@code anchor}) and its last date of any precision ({@code earlier}).
     */
    private record Context(String sentence, List<Tense.Cue> cues, List<ResolvedDate> found, ResolvedDate anchor,
                           ResolvedDate earlier, ResolvedDate story) {
    }

    @FunctionalInterface
    private interface Rule {
        Resolution resolve(Matcher m, Context context);
    }

    private record PatternRule(Pattern pattern, Needs needs, Rule rule) {
    }

    /** What a rule's pattern cannot match without, checked once per sentence to skip it cheaply. */
    private enum Needs { NOTHING, MONTH, WEEKDAY, DIGIT }

    private static final Pattern ANY_MONTH = Pattern.compile(MONTH_WORD);
    private static final Pattern ANY_WEEKDAY = Pattern.compile("(?i)" + WEEKDAY_WORD);
    private static final Pattern ANY_DIGIT = Pattern.compile("\\d");

    private final LocalDate published;
    private final EventDate publishedDay;
    private final String relative;
    /** The whole text, read only when a sentence needs what holds across it; one resolver serves one text. */
    private final String article;
    private StoryCountry storyCountry;
    private Boolean gameReport;
    private final List<PatternRule> rules;

    /** @param published the calendar date (UTC) of the source's publication */
    public TemporalResolver(LocalDate published) {
        this(published, "");
    }

    /**
     * @param published the calendar date (UTC) of the source's publication
     * @param article   the whole text, for what holds across its sentences (which country's Thanksgiving)
     */
    public TemporalResolver(LocalDate published, String article) {
        this.article = article;
        this.published = published;
        this.publishedDay = dayDate(published);
        this.relative = "relative to publishedAt " + published;
        this.rules = List.of(
                new PatternRule(DATELINE, Needs.MONTH, (m, c) -> null),
                new PatternRule(ISO, Needs.DIGIT, (m, c) -> day(m.group("year"), m.group("mm"), m.group("day"),
                        "an ISO date in the text")),
                new PatternRule(DOTTED, Needs.DIGIT, (m, c) -> day(m.group("year"), m.group("mm"), m.group("day"),
                        "a date written day.month.year in the text")),
                new PatternRule(MONTH_YEAR_RANGE, Needs.MONTH, this::monthRange),
                new PatternRule(MONTH_PAIR, Needs.MONTH, this::monthPair),
                new PatternRule(MONTHS_OF_A_QUARTER, Needs.MONTH, this::monthsOfAQuarter),
                new PatternRule(NTH_WEEKDAY_OF_MONTH, Needs.WEEKDAY, this::nthWeekdayOfMonth),
                new PatternRule(NTH_WEEKEND_OF_MONTH, Needs.MONTH, this::nthWeekdayOfMonth),
                new PatternRule(YEAR_RANGE, Needs.DIGIT, (m, c) -> Resolution.unsettled("a span of years gives no single date")),
                new PatternRule(WEEKEND_OF_DAY, Needs.MONTH, this::weekendOfDay),
                new PatternRule(WEEKEND_OF_MONTH_DAY, Needs.MONTH, this::weekendOfDay),
                new PatternRule(FROM_TODAY_UNTIL, Needs.NOTHING, this::fromTodayUntil),
                new PatternRule(MONTH_DAY_SPAN, Needs.MONTH, this::daySpan),
                new PatternRule(DAY_MONTH_SPAN, Needs.MONTH, this::daySpan),
                new PatternRule(MONTH_DAY_RANGE, Needs.MONTH, this::dayRange),
                new PatternRule(DAY_MONTH_RANGE, Needs.MONTH, this::dayRange),
                new PatternRule(WEEKDAY_DAY_LIST, Needs.MONTH, this::daysOfAMonth),
                new PatternRule(WEEKDAY_MONTH_DAY, Needs.MONTH, this::weekdayAndDateOrItsWeek),
                new PatternRule(WEEKDAY_DAY_MONTH, Needs.MONTH, this::weekdayAndDateOrItsWeek),
                new PatternRule(DAY_MONTH_YEAR, Needs.MONTH, (m, c) -> day(m.group("year"), month(m), m.group("day"),
                        "a date given in full in the text")),
                new PatternRule(MONTH_DAY_YEAR, Needs.MONTH, (m, c) -> day(m.group("year"), month(m), m.group("day"),
                        "a date given in full in the text")),
                new PatternRule(SEASON, Needs.NOTHING, this::season),
                new PatternRule(HALF_YEAR, Needs.NOTHING, this::halfYear),
                new PatternRule(QUARTER, Needs.NOTHING, (m, c) -> endOfAQuarter(quarter(m, c),
                        c.sentence().substring(0, m.start()))),
                new PatternRule(MONTH_YEAR, Needs.MONTH, (m, c) -> monthOfYear(m)),
                new PatternRule(DAY_MONTH, Needs.MONTH, this::dayWithoutYear),
                new PatternRule(ORDINAL_WORD_DAY_MONTH, Needs.MONTH, (m, c) -> dayWithoutYear(month(m),
                        ORDINAL_WORDS.indexOf(m.group("dayword").toLowerCase(Locale.ROOT)) + 1, m.group("rely"), c,
                        m.start(), m.end())),
                new PatternRule(BANK_HOLIDAY, Needs.NOTHING, this::bankHoliday),
                new PatternRule(EASTER, Needs.NOTHING, this::easter),
                new PatternRule(HOLIDAY, Needs.NOTHING, this::holiday),
                new PatternRule(CHRISTMAS, Needs.NOTHING, this::christmas),
                new PatternRule(MONTH_DAY, Needs.MONTH, this::dayWithoutYear),
                new PatternRule(MONTH_ALONE, Needs.MONTH, this::monthWithoutYear),
                new PatternRule(MONTH_AS_SUBJECT, Needs.MONTH, this::monthWithoutYear),
                new PatternRule(MONTH_OF_AN_EVENT, Needs.MONTH, this::monthWithoutYear),
                new PatternRule(THEN_CAME_MONTH, Needs.MONTH, this::monthWithoutYear),
                new PatternRule(WEEKEND, Needs.NOTHING, this::weekend),
                new PatternRule(ORDINAL_DAY_OF_THAT_MONTH, Needs.DIGIT, TemporalResolver::ordinalDayOfThatMonth),
                new PatternRule(ORDINAL_DAY_OF_RELATIVE_MONTH, Needs.DIGIT, this::ordinalDayOfRelativeMonth),
                new PatternRule(ORDINAL_DAY, Needs.DIGIT, this::ordinalDay),
                new PatternRule(FOLLOWING_WEEKDAY, Needs.WEEKDAY, (m, c) -> weekdayOfEarlierDay(m, c, false)),
                new PatternRule(THAT_WEEKDAY, Needs.WEEKDAY, (m, c) -> weekdayOfEarlierDay(m, c, true)),
                new PatternRule(WEEKS_FROM_WEEKDAY, Needs.WEEKDAY, this::weeksFromWeekday),
                new PatternRule(WEEKS_FROM_TODAY, Needs.NOTHING, this::weeksFromToday),
                new PatternRule(WEEKDAY_THE_ORDINAL, Needs.WEEKDAY, this::weekdayTheOrdinal),
                new PatternRule(WEEKDAY_PAIR, Needs.WEEKDAY, this::weekdayPair),
                new PatternRule(WEEKDAY, Needs.WEEKDAY, this::weekday),
                new PatternRule(FIGURATIVE, Needs.NOTHING, (m, c) -> null),
                new PatternRule(RELATIVE_DAY, Needs.NOTHING, (m, c) -> IMAGINED.matcher(c.sentence().substring(0, m.start())).find()
                        ? Resolution.unsettled("\"I'd\" makes it a day imagined, not one that happened or is planned")
                        : m.group("word").equalsIgnoreCase("today")
                        && (NOWADAYS.matcher(c.sentence().substring(0, m.start())).find()
                        || m.start() == 0 && TODAY_STATE.matcher(c.sentence().substring(m.end())).lookingAt()
                        || STATE_BEFORE_TODAY.matcher(c.sentence().substring(0, m.start())).find()) ? NOT_A_DATE
                        : spokenOnAnotherDay(m, c) ? Resolution.unsettled("a quotation's \"" + m.group()
                        + "\" is the day it was spoken, which the sentence puts on a day of its own")
                        : relativeDay(m)),
                new PatternRule(PERIOD_END, Needs.NOTHING, this::periodEnd),
                new PatternRule(FOLLOWING_WEEK, Needs.NOTHING, this::followingWeek),
                new PatternRule(NEW_YEAR_AHEAD, Needs.NOTHING, (m, c) -> newYearAhead(m)),
                new PatternRule(REST_OF, Needs.NOTHING, this::restOf),
                new PatternRule(WINDOW, Needs.NOTHING, this::window),
                new PatternRule(REST_OF_WEEK, Needs.NOTHING, this::restOfWeek),
                new PatternRule(ON_THE_WEEK, Needs.NOTHING, (m, c) -> weekSoFar(false)),
                new PatternRule(PART_OF_THE_WEEK, Needs.NOTHING, this::partOfTheWeek),
                new PatternRule(LEAP_DAY, Needs.NOTHING, this::leapDay),
                // "this time next year", "Last year at this time": about the month of publication, a year on or before
                new PatternRule(THIS_TIME_NEXT_YEAR, Needs.NOTHING, (m, c) -> {
                    boolean next = m.group("last") == null && m.group("dir").equalsIgnoreCase("next");
                    return new Resolution(monthDate(YearMonth.from(published).plusYears(next ? 1 : -1)), null, true,
                            relative + ": \"" + m.group().strip() + "\", about its month a year " + (next ? "on" : "before")
                            + " (approximate, so to the month)", publishedDay);
                }),
                new PatternRule(RELATIVE_PERIOD, Needs.NOTHING, this::relativePeriod),
                // "Earlier in the week, the Senate voted": this week, unless the paragraph gave a day whose week it is
                new PatternRule(IN_THE_WEEK, Needs.NOTHING, (m, c) -> c.anchor() != null
                        ? Resolution.unsettled("\"" + m.group() + "\" is of the week of a day the paragraph gave before")
                        : partOfThisWeek(m.group().toLowerCase(Locale.ROOT).startsWith("earlier"))),
                new PatternRule(OFFSET, Needs.NOTHING, this::offset),
                new PatternRule(IN_TIME, Needs.NOTHING, this::inTime),
                new PatternRule(WITHIN, Needs.NOTHING, this::within),
                new PatternRule(LINKED, Needs.NOTHING, this::linked),
                new PatternRule(LINKED_WEEKS, Needs.NOTHING, this::linkedWeeks),
                new PatternRule(LINKED_MONTH, Needs.NOTHING, TemporalResolver::linkedMonth),
                new PatternRule(THAT_MONTH_NAMED, Needs.MONTH, TemporalResolver::thatMonthNamed),
                new PatternRule(THAT_WEEKEND, Needs.NOTHING, TemporalResolver::thatWeekend),
                new PatternRule(FOLLOWING_MONTH_NAMED, Needs.MONTH, TemporalResolver::followingMonthNamed),
                new PatternRule(LINKED_YEAR, Needs.NOTHING, this::linkedYear),
                new PatternRule(YEAR_ALONE, Needs.DIGIT, (m, c) -> yearAlone(m, c.sentence())));
    }

    /** The expressions of {@code sentence} in reading order, with offsets plus {@code offset}. */
    public List<ResolvedDate> find(String sentence, int offset) {
        return scan(sentence, offset, Tense.cues(sentence), null).dates();
    }

    /**
     * @param anchor the last date given to the day earlier in the paragraph (source offsets), which
     *               "the following day" and the like count from; null for none
     */
    Scan scan(String sentence, int offset, List<Tense.Cue> cues, ResolvedDate anchor) {
        return scan(sentence, offset, cues, anchor, anchor);
    }

    /**
     * @param earlier the last date of any precision given earlier in the paragraph, which "that
     *                year" and "that month" count from; null for none
     */
    Scan scan(String sentence, int offset, List<Tense.Cue> cues, ResolvedDate anchor, ResolvedDate earlier) {
        return scan(sentence, offset, cues, anchor, earlier, null);
    }

    /**
     * @param story a day or month the article wrote in full, with a year well before publication,
     *              earlier in any paragraph: the time a retrospective tells of; null for none
     */
    Scan scan(String sentence, int offset, List<Tense.Cue> cues, ResolvedDate anchor, ResolvedDate earlier,
              ResolvedDate story) {
        List<ResolvedDate> found = new ArrayList<>();
        List<Unsettled> unsettled = new ArrayList<>();
        Context context = new Context(sentence, cues, found, anchor, earlier, story);
        // a match that resolves to nothing ("31 February 2024") still keeps later rules off its words
        List<int[]> taken = new ArrayList<>();
        boolean hasMonth = ANY_MONTH.matcher(sentence).find();
        boolean hasWeekday = ANY_WEEKDAY.matcher(sentence).find();
        boolean hasDigit = ANY_DIGIT.matcher(sentence).find();
        boolean quoted = QUOTE_MARK.matcher(sentence).find();
        for (PatternRule rule : rules) {
            Needs needs = rule.needs();
            boolean possible = needs == Needs.NOTHING || needs == Needs.MONTH && hasMonth
                    || needs == Needs.WEEKDAY && hasWeekday || needs == Needs.DIGIT && hasDigit;
            if (!possible) {
                continue;
            }
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (start == end || taken.stream().anyMatch(t -> start < t[1] && end > t[0])
                        || quoted && inTitle(sentence, start, end) || inStatuteName(sentence, start, end)) {
                    continue;
                }
                Resolution r;
                try {
                    r = rule.rule().resolve(m, context);
                } catch (DateTimeException | EventDate.InvalidEventDateException outOfRange) {
                    // a date outside years 1000-9999 (or LocalDate's range) is no date a claim can take
                    r = null;
                }
                if (r == NOT_A_DATE) {
                    continue;
                }
                taken.add(new int[] {start, end});
                if (r == null) {
                    continue;
                }
                String before = sentence.substring(0, start);
                if (r.date() != null && r.date().precision() == DatePrecision.DAY && r.endDate() == null) {
                    r = periodEnding(periodFrom(r, before, m.group()), before, m.group());
                    // "on St Patrick's weekend" names its weekend itself
                    String named = WEEKS_WEEKEND.matcher(m.group()).find() ? " weekend" : "";
                    r = aroundADay(r, before, named + sentence.substring(end));
                    r = fromNowUntil(r, before);
                } else if (r.date() != null && r.date().precision() == DatePrecision.MONTH) {
                    r = periodEnding(r.endDate() == null ? periodFrom(r, before, m.group()) : r, before, m.group());
                }
                if (r.date() == null) {
                    unsettled.add(new Unsettled(start + offset, end + offset, m.group(), r.basis()));
                } else {
                    found.add(new ResolvedDate(start, end, m.group(), r.date(), r.endDate(), r.approximate(),
                            r.basis(), r.anchor()));
                }
            }
        }
        found.sort(Comparator.comparingInt(ResolvedDate::start));
        unsettled.sort(Comparator.comparingInt(Unsettled::start));
        return new Scan(joinSpans(sentence, found).stream().map(f -> f.shift(offset)).toList(), List.copyOf(unsettled));
    }

    /** "in the two weeks from 12 January", "runs for three weeks from the 8th of August": a period that day opens. */
    private static final Pattern PERIOD_FROM = Pattern.compile("(?i)\\b(?:for|in|over|during)\\s+(?:the\\s+)?"
            + "(?:(?:a\\s+)?(?:further|another|more|additional)\\s+)?" + COUNT
            + "\\s+(?<unit>weeks|months)\\s+(?:from|starting|beginning)\\s+(?:on\\s+)?(?:the\\s+)?$");
    /** "For the fiscal year that began Feb. 1", not "until the fiscal year that begins July 1, 2026". */
    private static final Pattern YEAR_FROM = Pattern.compile("(?i)(?<!\\b(?:until|till)\\s{1,3}the\\s{1,3})\\b(?:financial|fiscal)"
            + "\\s+year\\s+(?:that|which)\\s+(?:began|begins|started|starts|will\\s+begin|will\\s+start)\\s+(?:on\\s+)?$");
    private static final Pattern LEADING_FROM = Pattern.compile("(?i)^(?:from|starting|beginning)\\s+(?:on\\s+)?");

    /** The day, or when it opens a period of some days or weeks, the month or months of that period. */
    private static Resolution periodFrom(Resolution day, String before, String text) {
        Matcher leading = LEADING_FROM.matcher(text);
        Matcher period = PERIOD_FROM.matcher(before + (leading.lookingAt() ? leading.group() : ""));
        if (day.date().precision() == DatePrecision.DAY && YEAR_FROM.matcher(before).find()) {
            // "For the fiscal year that began Feb. 1": the twelve months it opens
            LocalDate first = LocalDate.parse(day.date().value());
            LocalDate last = first.plusYears(1).minusDays(1);
            return monthsOfDays(first, last, day.basis() + "; the year from it, " + first + " to " + last
                    + " (a period gives no single day, so its month", day.anchor());
        }
        if (!period.find()) {
            return day;
        }
        int amount = amount(period);
        if (day.date().precision() == DatePrecision.MONTH) {
            // "will stay at that level for a further three months from April"
            YearMonth month = YearMonth.parse(day.date().value());
            if (!period.group("unit").equalsIgnoreCase("months") || amount < 2 || amount > 12) {
                return day;
            }
            return new Resolution(day.date(), monthDate(month.plusMonths(amount - 1L)), day.approximate(), day.basis()
                    + "; the " + period.group("n") + " months from it", day.anchor());
        }
        LocalDate first = LocalDate.parse(day.date().value());
        // "for ten days from Monday" keeps its first day: readers date a short run by the day it starts
        LocalDate last = period.group("unit").equalsIgnoreCase("weeks") ? first.plusWeeks(amount).minusDays(1)
                : first.plusMonths(amount).minusDays(1);
        return monthsOfDays(first, last, day.basis() + "; the " + period.group("n") + " " + period.group("unit")
                + " from it, " + first + " to " + last + " (a period of days gives no single day, so its month", day.anchor());
    }

    /**
     * "for the quarter ended 30 June", "in the six weeks to 3 January", "the 12 months to June", "the
     * financial year to the end of January", "in the four days to 9am Monday": the period a day or month
     * ends. Readers give it its months ("through", as in "the 12 months through November", is left undated
     * by {@link NotTheClaimsDate}: American statistics are dated by their last month as often).
     */
    private static final Pattern PERIOD_ENDING = Pattern.compile("(?i)\\b(?:(?:the|its|a)\\s+)?(?:" + COUNT
            + "\\s+(?<unit>days|weeks|months|quarters)|(?:financial\\s+|fiscal\\s+)?(?<single>year|half[- ]year|quarter))"
            + "\\s+(?:to|ending|ended|(?:that|which)\\s+(?:ended|ends|will\\s+end)|(?<=quarter\\s)through)\\s+(?:on\\s+)?"
            + "(?:the\\s+end\\s+of\\s+)?"
            + "(?:\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)\\s+(?:on\\s+)?)?$");
    /** "the financial year to", "the year to the end of": a company's year, not an annual rate. */
    private static final Pattern FISCAL_OR_END = Pattern.compile("(?i)\\b(?:financial|fiscal|end)\\b");
    private static final Pattern LEADING_TO = Pattern.compile("(?i)^(?:to|ending|ended|through)\\s+(?:on\\s+)?"
            + "(?:the\\s+end\\s+of\\s+)?");

    /** Whether the phrase {@code text} after {@code before} ends a period ("the six weeks to 3 January"). */
    private static boolean endsAPeriod(String before, String text) {
        return periodEnded(before, text).find();
    }

    private static Matcher periodEnded(String before, String text) {
        Matcher leading = LEADING_TO.matcher(text);
        return PERIOD_ENDING.matcher(before + (leading.lookingAt() ? leading.group() : ""));
    }

    /** The day or month, or when it ends a period, the month or months of that period. */
    private static Resolution periodEnding(Resolution date, String before, String text) {
        Matcher period = periodEnded(before, text);
        if (date.endDate() != null || !period.find()) {
            return date;
        }
        boolean day = date.date().precision() == DatePrecision.DAY;
        if (!day && "year".equalsIgnoreCase(period.group("single")) && !FISCAL_OR_END.matcher(period.group()).find()) {
            // "prices up 3.6% in the year to February": an annual rate, which readers date by its month as often
            return Resolution.unsettled("\"the year to\" a month is an annual rate, dated by its month or by its"
                    + " twelve months");
        }
        LocalDate last = day ? LocalDate.parse(date.date().value())
                : YearMonth.from(LocalDate.parse(padded(date.date()))).atEndOfMonth();
        String single = period.group("single") == null ? null : period.group("single").toLowerCase(Locale.ROOT);
        // "the fiscal year that ends Feb. 1, 2025": a retailer's year of weeks, whose months end with the month before
        boolean ofWeeks = day && single != null && last.getDayOfMonth() <= 7;
        if (ofWeeks) {
            last = last.withDayOfMonth(1).minusDays(1);
        }
        String unit = single != null ? single.replace('-', ' ') : period.group("unit").toLowerCase(Locale.ROOT);
        int amount = single != null ? 1 : amount(period);
        int months = switch (unit) {
            case "year" -> 12;
            case "half year" -> 6;
            case "quarter", "quarters" -> 3 * amount;
            case "months" -> amount;
            default -> 0;
        };
        LocalDate first = switch (unit) {
            case "days" -> last.minusDays(amount - 1L);
            case "weeks" -> last.minusWeeks(amount).plusDays(1);
            default -> last.plusDays(1).minusMonths(months);
        };
        String basis = date.basis() + "; the " + (single != null ? single : period.group("n") + " " + unit)
                + " ending " + (ofWeeks ? "in the week of it" : day ? "on it" : "with it") + ", " + first + " to " + last;
        if (first.getDayOfYear() == 1 && last.getMonthValue() == 12 && last.getDayOfMonth() == 31
                && first.getYear() == last.getYear()) {
            return new Resolution(yearDate(last.getYear()), null, false, basis + " (a calendar year)", date.anchor());
        }
        return monthsOfDays(first, last, basis + " (a period gives no single day, so its month", date.anchor());
    }

    /** "will trade daily from now until Saturday 4 January", "Gates open at 8 a.m. daily through Sunday, Aug. 3". */
    private static final Pattern FROM_NOW_UNTIL = Pattern.compile("(?i)\\b(?:between\\s+now\\s+and|(?:from\\s+now|daily"
            + "|every\\s+day|each\\s+day|nightly)\\s+(?:until|till|through|to))\\s+(?:on\\s+)?$");

    /** A day ahead that a run from publication ends on: the months from publication to it. */
    private Resolution fromNowUntil(Resolution day, String before) {
        if (day.endDate() != null || day.date().precision() != DatePrecision.DAY || !FROM_NOW_UNTIL.matcher(before).find()) {
            return day;
        }
        LocalDate last = LocalDate.parse(day.date().value());
        if (!last.isAfter(published) || published.plusMonths(6).isBefore(last)) {
            return day;
        }
        return monthsOfDays(published, last, day.basis() + "; a run from publication (" + published + ") to it (a span"
                + " of days gives no single day, so its month", publishedDay);
    }

    /** "Bonfire Night falls on a Tuesday", "Chinese New Year's Eve, Jan 28": the day written after the holiday dates it. */
    private static final Pattern FALLS_ON = Pattern.compile("(?i)(?:,\\s+[a-z ]{2,20},|\\s+and\\s+[A-Z][a-z]+)?\\s+(?:fell|falls?|is|was|will\\s+fall)\\s+(?:back\\s+)?on\\s+(?:[A-Z][a-z]+day,?\\s+)?"
            + "(?:the\\s+)?(?:\\d|" + MONTH_WORD + ")|(?:\\s+(?:long\\s+)?weekend)?,\\s+(?:from\\s+)?(?:[A-Z][a-z]+day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTH_WORD + "|" + MONTH_WORD + "\\s+\\d{1,2}\\b)");
    private static final Pattern SCOTLAND = Pattern.compile("\\bScot(?:land|tish)\\b");
    private static final Pattern WEEK_AFTER_OR_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?:whole\\s+)?week\\s+(?<dir>after|before|of)"
            + "\\s+(?:(?:American|Canadian|U\\.S\\.|US|the)\\s+)?$");
    private static final Pattern DAY_AFTER_OR_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?:day|night|evening|morning)\\s+(?<dir>after"
            + "|before)\\s+$");
    private static final Pattern WEEKEND_OF_THE_DAY = Pattern.compile("(?i)^\\s+(?:(?:long\\s+|(?:bank\\s+)?holiday\\s+)?weekend"
            + "|recess|break|getaway|travel\\s+(?:rush|period))\\b");

    private static final Pattern SHORTLY_BEFORE = Pattern.compile("(?i)\\b(?:(?:shortly|soon|just|right)\\s+(?:after|before)"
            + "|until\\s+after)\\s+(?:the\\s+)?$");

    /**
     * "the day after Labor Day", "the night before Thanksgiving": the day after or before it; "shortly after the
     * Fourth of July", "until after Labor Day": its month, approximate; "the Fourth of July weekend", "the Australia Day long
     * weekend", "the Memorial Day recess": the weekend or recess around it, so its month.
     */
    private static Resolution aroundADay(Resolution day, String before, String after) {
        if (day.endDate() != null || day.date().precision() != DatePrecision.DAY) {
            return day;
        }
        LocalDate date = LocalDate.parse(day.date().value());
        Matcher dayAfter = DAY_AFTER_OR_BEFORE.matcher(before);
        if (dayAfter.find()) {
            boolean isAfter = dayAfter.group("dir").equalsIgnoreCase("after");
            return new Resolution(dayDate(date.plusDays(isAfter ? 1 : -1)), null, day.approximate(), day.basis()
                    + "; the day " + (isAfter ? "after" : "before") + " it", day.anchor());
        }
        if (SHORTLY_BEFORE.matcher(before).find()) {
            // "shortly after the Fourth of July": some days from it, so its month (approximate)
            return new Resolution(monthDate(YearMonth.from(date)), null, true, day.basis() + "; some days before or after it,"
                    + " so its month (approximate)", day.anchor());
        }
        Matcher weekAfter = WEEK_AFTER_OR_BEFORE.matcher(before);
        if (weekAfter.find()) {
            // "in the week after Easter", "the week after Thanksgiving": the calendar week after it (Monday to
            // Sunday), so its month or months; "during the week of American Thanksgiving": the week it falls in
            String dir = weekAfter.group("dir").toLowerCase(Locale.ROOT);
            LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate first = dir.equals("after") ? date.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                    : dir.equals("of") ? monday : monday.minusWeeks(1);
            LocalDate last = first.plusDays(6);
            return monthsOfDays(first, last, day.basis() + "; the week " + dir + " it, "
                    + first + " to " + last + " (a week gives no day, so its month", day.anchor());
        }
        Matcher weekend = WEEKEND_OF_THE_DAY.matcher(after);
        DayOfWeek weekday = date.getDayOfWeek();
        if (weekend.lookingAt() && weekend.group().contains("weekend") && (weekday == DayOfWeek.MONDAY
                || weekday == DayOfWeek.THURSDAY || weekday == DayOfWeek.FRIDAY)) {
            // "the Labor Day weekend": the Saturday to the holiday Monday; "Thanksgiving weekend": Thursday to Sunday;
            // "Halloween weekend", on a Friday: it and the two days after (a holiday at a weekend moves to a day off
            // beside it, which differs by country, so the weekend around it stays approximate)
            LocalDate first = weekday == DayOfWeek.MONDAY ? date.minusDays(2) : date;
            LocalDate last = weekday == DayOfWeek.MONDAY ? date : date.with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
            return monthsOfDays(first, last, day.basis() + "; its weekend, " + first + " to " + last
                    + " (a weekend gives no single day, so its month", day.anchor());
        }
        if (weekend.lookingAt()) {
            return new Resolution(monthDate(YearMonth.from(date)), null, true, day.basis()
                    + "; the weekend or recess around it (approximate, so its month)", day.anchor());
        }
        return day;
    }

    private static final Pattern BARE_WEEKDAY = Pattern.compile("(?i)(?:on\\s+)?" + WEEKDAY_WORD);
    /** "6 a.m. on", "6pm": the time a span of days opens or closes at. */
    private static final String SPAN_TIME = "(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)\\s+(?:on\\s+)?)?";
    /** "between", "from", "from 6pm on": what opens a span of two days. */
    private static final Pattern SPAN_OPENS = Pattern.compile("(?i)\\b(?:between|from)\\s+" + SPAN_TIME + "(?:Good\\s+)?$");
    /** " and ", " afternoon and early ": what joins the two days of "between Sunday afternoon and early Monday". */
    private static final Pattern SPAN_JOINS = Pattern.compile("(?i)(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:and|to"
            + "|until|through)\\s+(?:(?:early|late)\\s+|the\\s+(?:early\\s+hours|end)\\s+of\\s+)?"
            // "from December 22 to 6 a.m. on January 1", "from Good Friday until the early hours of Easter Monday"
            + SPAN_TIME);
    /**
     * "begins on St Stephen's Day and runs until the 29th", "will begin next month and last into November": the day or
     * month it opens and the one it runs to ("will begin at midnight on June 9 and run until July 31").
     */
    private static final Pattern OPENS_BEFORE = Pattern.compile("(?i)\\b(?:begins?|began|starts?|started|opens?|opened)"
            + "(?:\\s+at\\s+(?:midnight|noon|\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?))?\\s+$");
    private static final Pattern RUNS_UNTIL = Pattern.compile("(?i)\\s+and\\s+(?:will\\s+)?(?:runs?|ran|lasts?|lasted"
            + "|continues?|continued|ends?|ended|closes?|closed|stretch(?:es|ed)?|extend(?:s|ed)?|dragged\\s+on|spill(?:s|ed)?"
            + "|dragged)\\s+(?:(?:until|till|to|through|into|on)\\s+)?");
    private static final Pattern ON_FIRST = Pattern.compile("(?i)on\\s");
    private static final Pattern FROM_FIRST = Pattern.compile("(?i)from\\s");
    private static final Pattern TO_LAST = Pattern.compile("(?i)(?:to|through|until|till)\\s");
    private static final String HOUR = "\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)|noon|midday|midnight";
    /** "from 3.30pm to 6pm": the hours a day's event runs, which may follow each day of a pair. */
    private static final String HOURS = "(?:\\s+(?:from\\s+)?(?:" + HOUR + ")\\s*(?:to|until|till|-|–)\\s*(?:" + HOUR + "))?";
    private static final Pattern AND_ONLY = Pattern.compile("(?i)" + HOURS + "\\s+and\\s+");
    private static final Pattern HOURS_ONLY = Pattern.compile("(?i)" + HOURS);
    private static final Pattern OR_ONLY = Pattern.compile("(?i)(?:\\s+(?:morning|afternoon|evening|night))?\\s+or\\s+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("(?i),\\s+(?:and\\s+)?|\\s+and\\s+");

    /**
     * "between Christmas Eve and New Year's Day", "between 1 December and New Year's Eve": two days
     * the rules found apart are one span, which gives its month or months.
     */
    private static List<ResolvedDate> joinSpans(String sentence, List<ResolvedDate> found) {
        List<ResolvedDate> joined = joinLists(sentence, new ArrayList<>(found));
        for (int i = 0; i + 1 < joined.size(); i++) {
            ResolvedDate first = joined.get(i);
            ResolvedDate last = joined.get(i + 1);
            if (first.precision() == DatePrecision.MONTH && last.precision() == DatePrecision.MONTH
                    && first.endDate() == null && last.endDate() == null) {
                joinMonths(sentence, joined, i);
                continue;
            }
            if (first.precision() == DatePrecision.DAY && last.precision() == DatePrecision.MONTH
                    && first.endDate() == null && last.endDate() == null) {
                joinDayToMonth(sentence, joined, i);
                continue;
            }
            if (first.precision() != DatePrecision.DAY || last.precision() != DatePrecision.DAY
                    || first.endDate() != null || last.endDate() != null) {
                continue;
            }
            LocalDate from = LocalDate.parse(first.date().value());
            LocalDate to = LocalDate.parse(last.date().value());
            String between = sentence.substring(first.end(), last.start());
            // "light snow late Saturday into Sunday": a night that runs into the next day
            boolean span = SPAN_OPENS.matcher(sentence.substring(0, first.start())).find()
                    && SPAN_JOINS.matcher(between).matches()
                    || INTO_ONLY.matcher(between).matches() && !from.plusDays(2).isBefore(to)
                    || OPENS_BEFORE.matcher(sentence.substring(0, first.start())).find() && RUNS_UNTIL.matcher(between).matches()
                    // "from the 3rd to the 9th": each found with its own preposition
                    || between.isBlank() && FROM_FIRST.matcher(first.text()).lookingAt()
                    && TO_LAST.matcher(last.text()).lookingAt();
            // "on Thursday, December 2 and Friday, December 3", "on Thursday 8 December from 3.30pm to 6pm and on
            // Saturday 10 December from 10am to noon": two days of one stretch, so their month
            boolean pair = ON_FIRST.matcher(first.text()).lookingAt()
                    && AND_ONLY.matcher(between).matches()
                    && CLAUSE_ENDS.matcher(HOURS_ONLY.matcher(sentence.substring(last.end())).replaceFirst(""))
                    .lookingAt()
                    && !from.plusDays(6).isBefore(to)
                    // "make landfall late Tuesday or early Wednesday": one of two days next to each other, so their month
                    || OR_ONLY.matcher(between).matches() && !from.plusDays(1).isBefore(to);
            if (span && from.isAfter(to) && BARE_WEEKDAY.matcher(first.text()).matches()
                    && from.minusWeeks(1).isBefore(to)) {
                // "between Tuesday and next Monday", published on a Wednesday: the Tuesday before the Monday
                from = from.minusWeeks(1);
            }
            if (span && to.equals(from.plusDays(1)) && between.contains("early hours")) {
                // "from 4pm that afternoon until the early hours of the following morning": one night, dated by its day
                continue;
            }
            if (span && from.plusDays(184).isBefore(to) && from.isBefore(to.minusYears(1))) {
                // "from 6pm on Christmas Eve until 6am on 27 December": the end, read alone as a deadline a year
                // ahead, is the first such day after the start
                to = to.minusYears(1);
            }
            // "the financial year that runs from tomorrow to September 30, 2025": a longer span needs its end's year
            if (!(span || pair) || !from.isBefore(to) || from.plusDays(184).isBefore(to) && !(span
                    && BARE_YEAR.matcher(last.text()).find() && !from.plusYears(1).isBefore(to))) {
                continue;
            }
            Resolution days = monthsOfDays(from, to, (span ? "a span from " + bare(first.text()) + " (" + from + ") to "
                    : "two days, " + first.text() + " (" + from + ") and ") + bare(last.text()) + " (" + to + ") (a span of"
                    + " days gives no single day, so its month", first.anchor());
            joined.set(i, new ResolvedDate(first.start(), last.end(), sentence.substring(first.start(), last.end()),
                    days.date(), days.endDate(), false, days.basis(), days.anchor()));
            joined.remove(i + 1);
        }
        return joined;
    }

    /** "will begin next month and last into November": the months from the one it opens in to the one it runs into. */
    private static void joinMonths(String sentence, List<ResolvedDate> joined, int i) {
        ResolvedDate first = joined.get(i);
        ResolvedDate last = joined.get(i + 1);
        YearMonth from = YearMonth.parse(first.date().value());
        YearMonth to = YearMonth.parse(last.date().value());
        if (!OPENS_BEFORE.matcher(sentence.substring(0, first.start())).find()
                || !RUNS_UNTIL.matcher(sentence.substring(first.end(), last.start())).matches()
                || !from.isBefore(to) || from.plusMonths(11).isBefore(to)) {
            return;
        }
        joined.set(i, new ResolvedDate(first.start(), last.end(), sentence.substring(first.start(), last.end()),
                first.date(), last.date(), first.approximate() || last.approximate(), "a span from " + bare(first.text())
                + " (" + from + ") to " + bare(last.text()) + " (" + to + ")", first.anchor()));
        joined.remove(i + 1);
    }

    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+$");

    /** "will serve Uig from 29 March until the end of June": the months from the day's to the one it runs to. */
    private static void joinDayToMonth(String sentence, List<ResolvedDate> joined, int i) {
        ResolvedDate first = joined.get(i);
        ResolvedDate last = joined.get(i + 1);
        YearMonth from = YearMonth.from(LocalDate.parse(first.date().value()));
        YearMonth to = YearMonth.parse(last.date().value());
        if (!FROM_BEFORE.matcher(sentence).region(0, first.start()).find()
                || !sentence.substring(first.end(), last.start()).isBlank() || !TO_LAST.matcher(last.text()).lookingAt()
                || !from.isBefore(to) || from.plusMonths(11).isBefore(to)) {
            return;
        }
        joined.set(i, new ResolvedDate(first.start(), last.end(), sentence.substring(first.start(), last.end()),
                monthDate(from), monthDate(to), false, "a span from " + first.text() + " (" + first.date().value() + ") to "
                + bare(last.text()) + " (" + to + ") (a span of days gives no single day, so its months)", first.anchor()));
        joined.remove(i + 1);
    }

    private static final Pattern LEADING_PREPOSITION = Pattern.compile("(?i)^(?:on|in|from|until|till|to|through|into)\\s+");

    /** "until the 29th" as "the 29th", for a basis that says "a span from … to …". */
    private static String bare(String dateText) {
        return LEADING_PREPOSITION.matcher(dateText).replaceFirst("");
    }

    private static final Pattern INTO_ONLY = Pattern.compile("\\s+into\\s+");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");
    private static final Pattern TITLE = Pattern.compile("[\"“]\\s*(?:[A-Z0-9][\\w'’-]*[,.!?]?\\s*){1,5}[\"”]");

    /**
     * "will follow on 22 April, 27 April and 2 May": three or more days listed after "on", ascending and within
     * three months, are the months they fall in.
     */
    private static List<ResolvedDate> joinLists(String sentence, List<ResolvedDate> joined) {
        for (int i = 0; i < joined.size(); i++) {
            ResolvedDate first = joined.get(i);
            if (!isSingleDay(first) || !ON_FIRST.matcher(first.text()).lookingAt()) {
                continue;
            }
            int last = i;
            while (last + 1 < joined.size() && isSingleDay(joined.get(last + 1))
                    && LIST_SEPARATOR.matcher(sentence.substring(joined.get(last).end(), joined.get(last + 1).start())).matches()
                    && joined.get(last).date().value().compareTo(joined.get(last + 1).date().value()) < 0) {
                last++;
            }
            LocalDate from = LocalDate.parse(first.date().value());
            LocalDate to = LocalDate.parse(joined.get(last).date().value());
            if (last - i < 2 || !CLAUSE_ENDS.matcher(sentence.substring(joined.get(last).end())).lookingAt()
                    || from.plusDays(92).isBefore(to)) {
                continue;
            }
            Resolution days = monthsOfDays(from, to, "the days listed from " + first.text() + " (" + from + ") to "
                    + joined.get(last).text() + " (" + to + ") (a list of days gives no single day, so its month", first.anchor());
            ResolvedDate list = new ResolvedDate(first.start(), joined.get(last).end(),
                    sentence.substring(first.start(), joined.get(last).end()), days.date(), days.endDate(), false,
                    days.basis(), days.anchor());
            joined.subList(i, last + 1).clear();
            joined.add(i, list);
        }
        return joined;
    }

    private static boolean isSingleDay(ResolvedDate date) {
        return date.precision() == DatePrecision.DAY && date.endDate() == null;
    }

    /** "the album \"Second Line Sunday,\"": a name in quotation marks, every word capitalised, dates nothing. */
    private static boolean inTitle(String sentence, int start, int end) {
        int[] quote = Tense.quoteAround(sentence, start, end);
        return quote != null && quote[1] < sentence.length()
                && TITLE.matcher(sentence.substring(quote[0], quote[1] + 1)).matches();
    }

    /** "the Civil Rights Act of 1964", in a public notice "ROAD TRAFFIC REGULATION ACT 1984". */
    private static final Pattern STATUTE_BEFORE = Pattern.compile("\\b(?:Act|Acts|Regulations|Rules|Order|Code"
            + "|Directive|Ordinance|Bill|Measure|ACTS?|REGULATIONS|ORDER)\\s+(?:of\\s+|OF\\s+)?$");
    private static final Pattern STATUTE_YEAR = Pattern.compile("(?i)(?:of\\s+)?\\d{4}");

    /** "the Consumer Credit Act 1974", "the Civil Rights Act of 1964": the year is part of a law's name. */
    private static boolean inStatuteName(String sentence, int start, int end) {
        return end - start <= 8 && STATUTE_YEAR.matcher(sentence).region(start, end).matches()
                && STATUTE_BEFORE.matcher(sentence).region(0, start).find();
    }

    /** A match that is no date expression at all ("every summer"): it leaves its words to later rules. */
    private static final Resolution NOT_A_DATE = Resolution.unsettled("not a date");

    /** "the fiscal year that begins July 1": the day a period opens on. */
    static boolean opensAPeriod(String sentence, int start) {
        return PERIOD_STARTING.matcher(sentence.substring(0, start)).find();
    }

    /** "its August figures", "January's sales figures", "announced in September's mini-budget". */
    private static boolean monthQualifies(String text, String after) {
        Matcher month = MONTH_WORD_ALONE.matcher(text);
        return month.matches() && (month.group("in") == null || POSSESSIVE_AFTER.matcher(after).lookingAt())
                && MONTH_QUALIFIES.matcher(after).lookingAt();
    }

    /**
     * Whether the expression at {@code [start, end)} of {@code sentence} is the period a noun is of:
     * a quarter written as a compound modifier ("third-quarter results") or a year after "of" or
     * "for" ("a fuller picture of 2026", "the budget for 2026"), a part of a month in a compound
     * ("late-February low"), the year a contract runs to, the day a period starts on ("the fiscal
     * year starting April 1"), a holiday that names a kind ("its New Year's Eve fireworks show"), or
     * a phrase that ends the subject, straight before its verb ("new trains ordered in 2024 will
     * enter service …", "an inquest into a collision on New Year's Eve 2024 is due to begin"). A date
     * written later in the sentence ("will publish its third-quarter results on 26 October") outranks it.
     */
    static boolean qualifiesANoun(String sentence, int start, int end) {
        String text = sentence.substring(start, end);
        String before = sentence.substring(0, start);
        String after = sentence.substring(end);
        return periodOfFigures(sentence, start, end)
                || monthQualifies(text, after)
                || PART_OF_MONTH_COMPOUND.matcher(text).matches() && NOUN_AFTER.matcher(after).lookingAt()
                || TOPIC_YEAR.matcher(text).matches()
                || TERM_YEAR.matcher(text).matches() && TERM_UNTIL.matcher(sentence.substring(0, end)).find()
                || opensAPeriod(sentence, start)
                // "the 2019 election", "the Nov. 8 general election"
                || (BARE_YEAR.matcher(text).matches() || MONTH_DAY_TEXT.matcher(text).matches())
                && THE_BEFORE.matcher(before).find()
                && (LOWER_NOUN_AFTER.matcher(after).lookingAt() || NAMED_EVENT_AFTER.matcher(after).lookingAt())
                || HOLIDAY_TEXT.matcher(text).find() && (LOWER_NOUN_AFTER.matcher(after).lookingAt()
                // "Schools break up for Easter on Friday 27 March": what the break is for
                || FOR_BEFORE.matcher(before).find())
                // "December quarter national accounts figures are due on Wednesday"
                || MONTH_QUARTER_TEXT.matcher(text).matches()
                && LOWER_NOUN_AFTER.matcher(ACRONYM.matcher(after).replaceFirst("")).lookingAt()
                // "came within 1% of its November 2021 record"
                || MONTH_YEAR_TEXT.matcher(text).matches() && (CONTRACT_AFTER.matcher(after).lookingAt()
                || RECORD_AFTER.matcher(after).lookingAt()
                || CONTRACT_BEFORE.matcher(before).find())
                || DRAFT_PICK_BEFORE.matcher(before).find()
                || EVE_TEXT.matcher(text).find() && NOUN_AFTER_EVE.matcher(after).lookingAt()
                // "will return for the spring term on Monday 4 January 2027"
                || SEASON_WORD.matcher(text).find() && (TERM_AFTER.matcher(after).lookingAt()
                // "Dry seedbeds after the summer drought allowed growers to press on through September"
                || THE_BEFORE_SEASON.matcher(text).find() && LOWER_NOUN_AFTER.matcher(after).lookingAt())
                // "next summer's festival", "next Christmas's show"
                || (SEASON_OF_A_NOUN.matcher(text).find() || HOLIDAY_TEXT.matcher(text).find())
                && POSSESSIVE_AFTER.matcher(after).lookingAt()
                || DAY_WORD.matcher(text).matches() && POSSESSIVE_AFTER.matcher(after).lookingAt()
                // "Behind today's storms, a cold front will bring drier air on Tuesday"
                && DAYS_NOUN_BEFORE.matcher(before).find()
                || SEASON_FOR.matcher(text).lookingAt() && NOUN_BEFORE_FOR.matcher(before).find()
                // "will issue its forecast for August and September at the end of this month"
                || MONTHS_FOR.matcher(text).lookingAt() && NOUN_BEFORE_MONTHS_FOR.matcher(before).find()
                || RELATIVE_YEAR_TEXT.matcher(text).matches() && (NOUN_FOR_BEFORE.matcher(before).find()
                || SUBJECT_NOUN_BEFORE.matcher(before).matches()
                || POSSESSIVE_AFTER.matcher(after).lookingAt())
                // "Payment of any tax owed for that year is also due by 31 January"
                || text.equalsIgnoreCase("that year") && NOUN_FOR_BEFORE.matcher(before).find()
                || VERB_AFTER_SUBJECT.matcher(after).lookingAt()
                && (PARTICIPLE_BEFORE.matcher(before).find()
                || SUBJECT_BEFORE.matcher(before).matches())
                && !FIGURES_DUE_BEFORE.matcher(before).find()
                || after.startsWith(",") && APPOSITIVE_BEFORE.matcher(before).find();
    }

    /**
     * "reports its third-quarter results on Tuesday": a quarter written as a compound modifier is the
     * period some figures are of; the day they come out, even one left undated, is the claim's.
     */
    static boolean periodOfFigures(String sentence, int start, int end) {
        return COMPOUND_QUARTER.matcher(sentence.substring(start, end)).find()
                && NOUN_AFTER.matcher(sentence.substring(end)).lookingAt();
    }


    /**
     * Whether {@code date} (offsets into {@code sentence}) is a point of comparison or a starting
     * point rather than the date of the claim: "the strongest storm since 1998" is a storm of now,
     * not of 1998; and a bare year after "since" never dates the claim either ("the tax has not
     * changed since 1998", "lists have grown every year since 2020" speak of the years since).
     */
    static boolean isComparisonPoint(String sentence, int start, int end) {
        String text = sentence.substring(start, end).toLowerCase(Locale.ROOT);
        String before = sentence.substring(0, start);
        boolean since = text.startsWith("since")
                || before.toLowerCase(Locale.ROOT).matches("(?s).*\\bsince\\s+(?:at\\s+least\\s+|as\\s+(?:early|long\\s+ago)\\s+as\\s+)?(?:the\\s+)?$");
        if (since && (SINCE_YEAR.matcher(text).matches() || SUPERLATIVE.matcher(before).find())) {
            return true;
        }
        // the patterns below that end at the phrase need only the last few hundred characters before it
        String near = before.substring(Math.max(0, before.length() - 300));
        String clause = near.substring(Math.max(Math.max(near.lastIndexOf(','), near.lastIndexOf(';')),
                near.lastIndexOf(':')) + 1);
        int sinceAt = clause.toLowerCase(Locale.ROOT).lastIndexOf("since ");
        // "the highest for a single day in September since 2010", "the first cyclone to strike Odisha in May since
        // Yaas": the month is part of the record; "No Frenchman had won a stage on 14 July since 2018": what has not
        // happened since, a record too
        return SINCE_AFTER.matcher(sentence).region(end, sentence.length()).lookingAt() && (SUPERLATIVE.matcher(before).find()
                || NEGATED.matcher(before).find())
                || NEVER_BEFORE.matcher(before).find() || LAST_BEFORE_IT.matcher(near).find()
                // "his highest score since his debut against England in 2018": the event the record counts from
                || sinceAt > 0 && SINCE_AN_EVENT.matcher(clause.substring(sinceAt)).matches()
                && SUPERLATIVE.matcher(clause.substring(0, sinceAt)).find()
                // "the biggest timetable change in four years", "the second lapse in two years": the span a record covers
                || IN_YEARS_TEXT.matcher(text).matches() && (SUPERLATIVE.matcher(before).find()
                || NTH_OF_A_COUNT.matcher(before).find())
                // "As in 2023, the board did not release a merit list"
                || text.startsWith("in ") && AS_BEFORE.matcher(near).find()
                // "well short of the late August bank holiday record of 33.3C"
                || RECORD_NEXT.matcher(sentence).region(end, sentence.length()).lookingAt()
                // "Before tonight, the county's most recent tornado came in May of last year": a bound, not the date
                || FRONTED_BEFORE.matcher(before).matches();
    }

    private static final Pattern FRONTED_BEFORE = Pattern.compile("\\W*Before\\s+(?:the\\s+)?");

    private static final Pattern RECORD_NEXT = Pattern.compile("\\s+record\\b(?!\\s+date)");

    private static final Pattern IN_YEARS_TEXT = Pattern.compile("in\\s+(?:\\d+|[a-z]+)\\s+(?:years|decades)");
    private static final Pattern NTH_OF_A_COUNT = Pattern.compile("(?i)\\b(?:second|third)\\b");
    private static final Pattern AS_BEFORE = Pattern.compile("(?i)(?:^|[,;]\\s)(?:just\\s+)?as\\s+$");

    private static final Pattern SINCE_AN_EVENT = Pattern.compile("(?i)since\\s+(?:a|an|the|his|her|its|their)\\s"
            + "(?:(?!(?:with|after|when|to|as|while|before|and)\\b)[^\\s,;:]+\\s+)*");

    /**
     * "will be the last before the November 2026 election", "Parliament's last plenary session before the European
     * elections of 6 to 9 June": the last of a series before a day, not its date.
     */
    private static final Pattern LAST_BEFORE_IT = Pattern.compile("(?i)(?:\\bthe|['’]s)\\s+(?:last|final)(?:\\s+(?!(?:weeks?"
            + "|weekend|days?|nights?|months?|fortnight|hours?)\\b)[a-z]+){0,2}\\s+before\\s+(?:the\\s+)?(?:[A-Za-z]+\\s+){0,2}$");

    /** "We've never seen lines like this before Thanksgiving": what has never happened before it, a record too. */
    private static final Pattern NEVER_BEFORE = Pattern.compile("(?i)\\bnever\\b[^,;:.]*\\bbefore\\s+$");

    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:no|never|not|n['’]t)\\b");
    /** " since", or " in Regina since" after the phrase of a record. */
    private static final Pattern SINCE_AFTER = Pattern.compile("\\s+(?:in\\s+[A-Z][a-z]+\\s+)?since\\s");

    /** The expression is a year alone, with or without its "since". */
    private static final Pattern SINCE_YEAR = Pattern.compile("(?:since\\s+)?(?:1[89]|20)\\d{2}");

    // ---------------------------------------------------------------- explicit dates

    private static Resolution day(String year, Object month, String day, String basis) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), month instanceof Integer i ? i
                    : Integer.parseInt((String) month), Integer.parseInt(day));
            return new Resolution(dayDate(date), null, false, basis, null);
        } catch (DateTimeException | EventDate.InvalidEventDateException e) {
            return null;
        }
    }

    private static Resolution monthOfYear(Matcher m) {
        try {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group("year")), month(m));
            return new Resolution(monthDate(month), null, false, "a month and year given in the text", null);
        } catch (DateTimeException | EventDate.InvalidEventDateException e) {
            return null;
        }
    }

    private Resolution monthRange(Matcher m, Context c) {
        int endMonth = monthNumber(m.group("endmonth"));
        int startMonth = month(m);
        if (m.group("endyear") == null && m.group("year") == null && m.group("endrel") == null) {
            return monthRangeWithoutYear(startMonth, endMonth, c, m.start(), m.end());
        }
        int endYear = m.group("endyear") != null ? Integer.parseInt(m.group("endyear"))
                : m.group("endrel") != null ? published.getYear() + yearStep(m.group("endrel"))
                : startMonth <= endMonth ? Integer.parseInt(m.group("year")) : Integer.parseInt(m.group("year")) + 1;
        int startYear = m.group("year") != null ? Integer.parseInt(m.group("year"))
                : startMonth <= endMonth ? endYear : endYear - 1;
        YearMonth start = YearMonth.of(startYear, startMonth);
        YearMonth end = YearMonth.of(endYear, endMonth);
        if (!start.isBefore(end)) {
            return null;
        }
        return new Resolution(monthDate(start), monthDate(end), false, "a span of months given in the text", null);
    }

    private Resolution monthPair(Matcher m, Context c) {
        int startMonth = month(m);
        int endMonth = monthNumber(m.group("endmonth"));
        if (endMonth != startMonth % 12 + 1) {
            return NOT_A_DATE;
        }
        if (m.group("endyear") == null) {
            // "last September and October": the pair before publication, as "last September" is
            Direction said = m.group("pairrel") == null ? null
                    : m.group("pairrel").equalsIgnoreCase("last") ? Direction.PAST : Direction.FUTURE;
            return monthRangeWithoutYear(startMonth, endMonth, c, m.start(), m.end(), said);
        }
        int endYear = Integer.parseInt(m.group("endyear"));
        return new Resolution(monthDate(YearMonth.of(endMonth == 1 ? endYear - 1 : endYear, startMonth)),
                monthDate(YearMonth.of(endYear, endMonth)), false, "a span of months given in the text", null);
    }

    private Resolution monthsOfAQuarter(Matcher m, Context c) {
        int startMonth;
        int endMonth;
        if (m.group("qend") != null) {
            endMonth = monthNumber(m.group("qend"));
            if (endMonth % 3 != 0) {
                return NOT_A_DATE;
            }
            startMonth = endMonth - 2;
        } else {
            startMonth = month(m);
            endMonth = monthNumber(m.group("endmonth"));
        }
        boolean quarter = Math.floorMod(endMonth - startMonth, 12) == 2;
        String approximately = quarter ? " (approximate: a fiscal quarter may differ from the calendar's)" : "";
        if (m.group("year") == null) {
            Resolution span = monthRangeWithoutYear(startMonth, endMonth, c, m.start(), m.end());
            return span == null || span.date() == null ? span : new Resolution(span.date(), span.endDate(), quarter,
                    span.basis() + approximately, span.anchor());
        }
        int endYear = Integer.parseInt(m.group("year"));
        YearMonth start = YearMonth.of(startMonth <= endMonth ? endYear : endYear - 1, startMonth);
        return new Resolution(monthDate(start), monthDate(YearMonth.of(endYear, endMonth)), quarter,
                "a span of months and a year given in the text" + approximately, null);
    }

    /** "from late August to mid-October": its first month is the one the tense points to. */
    private Resolution monthRangeWithoutYear(int startMonth, int endMonth, Context c, int from, int to) {
        return monthRangeWithoutYear(startMonth, endMonth, c, from, to, null);
    }

    private Resolution monthRangeWithoutYear(int startMonth, int endMonth, Context c, int from, int to,
            Direction said) {
        if (startMonth == endMonth) {
            return null;
        }
        Direction direction = said != null ? said : direction(c, from, to);
        YearMonth now = YearMonth.from(published);
        if (said == null && direction == Direction.FUTURE && Math.floorMod(endMonth - startMonth, 12) <= 2) {
            // "expects to sell 3.1 lakh units in the January-March quarter", published in February: the one under way;
            // "next October and November", published in November: not the one under way
            for (int year = now.getYear(); year >= now.getYear() - 1; year--) {
                YearMonth first = YearMonth.of(year, startMonth);
                YearMonth last = YearMonth.of(startMonth < endMonth ? year : year + 1, endMonth);
                if (!now.isBefore(first) && !now.isAfter(last)) {
                    return new Resolution(monthDate(first), monthDate(last), false, relative + ": a span of months"
                            + " without a year, the one under way at publication", publishedDay);
                }
            }
        }
        YearMonth start = monthInDirection(startMonth, direction);
        if (isUndirected(direction) && Math.abs(ChronoUnit.MONTHS.between(now, start)) > 3) {
            return Resolution.unsettled("no tense says whether the months before or after publication are meant");
        }
        YearMonth end = YearMonth.of(startMonth < endMonth ? start.getYear() : start.getYear() + 1, endMonth);
        if (direction == Direction.PAST && end.isAfter(now)) {
            // "Sales rose in March and April", published on 31 March: the pair that has passed
            start = start.minusYears(1);
            end = end.minusYears(1);
        }
        return new Resolution(monthDate(start), monthDate(end), false, relative + ": a span of months without a year, "
                + describe(direction) + " one", publishedDay);
    }

    private static final Pattern OVER_BEFORE = Pattern.compile("(?i)\\bover\\s+$");
    /** "Last Easter", "at Easter", "this Easter": the holiday, not its Sunday. */
    private static final Pattern EASTER_SEASON = Pattern.compile("(?i)\\b(?:last|this|at)\\s+$");

    private Resolution easter(Matcher m, Context c) {
        String which = m.group("which");
        int shift = switch (which) {
            case "Carnival Monday" -> -48;
            case "Shrove Tuesday", "Carnival Tuesday" -> -47;
            case "Holy Thursday", "Maundy Thursday" -> -3;
            case "Good Friday" -> -2;
            case "Easter Saturday" -> -1;
            case "Easter Monday" -> 1;
            case "Easter Tuesday" -> 2;
            default -> 0;
        };
        if (COUNTED_HOLIDAY.matcher(c.sentence().substring(0, m.start())).find()) {
            return NOT_A_DATE;
        }
        // "over the Easter bank holiday weekend", "four days of disruption over Easter": Good Friday to Easter Monday
        boolean weekend = m.group("weekend") != null || OVER_BEFORE.matcher(c.sentence()).region(0, m.start()).find();
        return movableDay(m, c, which, year -> easterSunday(year).plusDays(shift),
                weekend && shift == 0 ? new int[] {-2, 1} : null);
    }

    /**
     * England's bank holidays that move with the calendar: early May is its first Monday, late May
     * (spring) its last, August (summer) the last Monday of August. Their weekend runs Saturday to Monday.
     */
    private Resolution bankHoliday(Matcher m, Context c) {
        String which = m.group("which").toLowerCase(Locale.ROOT);
        IntFunction<LocalDate> inYear = which.startsWith("early") || which.startsWith("may day")
                ? year -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
                : which.startsWith("late") || which.startsWith("spring")
                ? year -> LocalDate.of(year, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))
                // Ireland's June and October bank holidays: the first Monday of June, the last of October
                : which.startsWith("june") ? year -> LocalDate.of(year, 6, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
                : which.startsWith("october")
                ? year -> LocalDate.of(year, 10, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))
                : SCOTLAND.matcher(c.sentence()).find()
                // Scotland's summer bank holiday is the first Monday of August, England's and Wales's the last
                ? year -> LocalDate.of(year, 8, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
                : year -> LocalDate.of(year, 8, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        return movableDay(m, c, m.group("which"), inYear, m.group("weekend") != null ? new int[] {-2, 0} : null);
    }

    /**
     * A day whose date changes each year: in the year given or named, else the one before or after
     * publication the tense points to (the nearest when no tense says and it is near). With
     * {@code weekend} (days before and after the day), the weekend around it, as its month or months.
     */
    private Resolution movableDay(Matcher m, Context c, String which, IntFunction<LocalDate> inYear, int[] weekend) {
        if (FALLS_ON.matcher(c.sentence().substring(m.end())).lookingAt()) {
            // "In Scotland, the summer bank holiday fell on 4 August", "Next year, Easter Monday falls on April 6": the
            // date written after it says which day
            return NOT_A_DATE;
        }
        String rely = m.group("rely") != null ? m.group("rely") : yearOpeningTheSentence(c, m.start());
        Matcher yearBefore = YEARS_BEFORE.matcher(c.sentence()).region(0, m.start());
        if (rely == null && yearBefore.find() && !isThatYear(yearBefore.group("rel"))) {
            // "Over last year's Easter long weekend": that year's ("Last year, … on the August bank holiday Monday" too)
            rely = yearBefore.group("rel");
        }
        if (m.group("year") != null || rely != null && !isThatYear(rely)) {
            int year = m.group("year") != null ? Integer.parseInt(m.group("year"))
                    : published.getYear() + yearStep(rely);
            String basis = m.group("year") != null ? which + " of the year given in the text"
                    : relative + ": " + which + " of the year named";
            EventDate anchor = m.group("year") != null ? null : publishedDay;
            return weekend == null ? dayOrSeason(m, c, which, inYear.apply(year), basis, anchor)
                    : weekendAround(inYear.apply(year), weekend, basis + ", its weekend, ", anchor);
        }
        if (rely != null) {
            return Resolution.unsettled(THAT_YEAR);
        }
        LocalDate last = inYear.apply(published.getYear());
        LocalDate previous = last.isAfter(published) ? inYear.apply(published.getYear() - 1) : last;
        // "Family members will gather on Easter Sunday", published that Sunday: that day
        LocalDate next = last.isBefore(published) ? inYear.apply(published.getYear() + 1) : last;
        Direction direction = direction(c, m.start(), m.end());
        LocalDate chosen = direction == Direction.PAST ? previous : direction == Direction.FUTURE ? next
                : ChronoUnit.DAYS.between(previous, published) <= ChronoUnit.DAYS.between(published, next) ? previous : next;
        if (isUndirected(direction) && which.equals("Easter") && weekend == null) {
            // "Easter is the one Sunday of the year when …", "a campus at Easter": untensed, Easter is the season
            return NOT_A_DATE;
        }
        if (isUndirected(direction) && Math.abs(ChronoUnit.DAYS.between(published, chosen)) > NEAREST_WITHIN_DAYS) {
            return Resolution.unsettled("no tense says whether the " + which + " before or after publication is meant");
        }
        if (weekend != null) {
            return weekendAround(chosen, weekend, relative + ": the " + which + " weekend, " + describe(direction)
                    + " one, ", publishedDay);
        }
        return dayOrSeason(m, c, which, chosen, relative + ": " + which + ", " + describe(direction) + " one",
                publishedDay);
    }

    /** The movable day, or, for a bare Easter read as the holiday ("Last Easter"), its month. */
    private static Resolution dayOrSeason(Matcher m, Context c, String which, LocalDate day, String basis,
                                          EventDate anchor) {
        return which.equals("Easter") && EASTER_SEASON.matcher(c.sentence()).region(0, m.start()).find()
                ? new Resolution(monthDate(YearMonth.from(day)), null, true, basis + "; the holiday, not its Sunday, so"
                        + " its month (approximate)", anchor)
                : new Resolution(dayDate(day), null, false, basis, anchor);
    }

    /** The days {@code weekend} spans around {@code day}, as their month or months. */
    private static Resolution weekendAround(LocalDate day, int[] weekend, String basis, EventDate anchor) {
        LocalDate from = day.plusDays(weekend[0]);
        LocalDate to = day.plusDays(weekend[1]);
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        return new Resolution(monthDate(first), first.equals(last) ? null : monthDate(last), false,
                basis + from + " to " + to + " (a weekend gives no single day, so its month)", anchor);
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm, as in Meeus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private Resolution halfYear(Matcher m, Context c) {
        int year = m.group("year") != null ? Integer.parseInt(m.group("year"))
                : published.getYear() + yearStep(m.group("rely"));
        if (m.group("span") != null) {
            return leadingPart(m, year);
        }
        boolean quarter = m.group("third") != null;
        String which = (quarter ? m.group("third") : m.group("half")).toLowerCase(Locale.ROOT);
        int length = quarter ? 3 : 6;
        int first = which.equals("first") ? 1 : 13 - length;
        // "Margins narrowed in the second half of the year", published in March: told in the past, last year's (not
        // "is now targeted for the second half of the year", whose "targeted" reads as a past)
        boolean yearBefore = "the".equalsIgnoreCase(m.group("rely")) && !m.group().startsWith("the")
                && YearMonth.of(year, first).isAfter(YearMonth.from(published))
                && direction(c, m.start(), m.end()) == Direction.PAST;
        if (yearBefore) {
            year--;
        }
        String part = quarter ? "the " + which + " three months" : "the " + (which.equals("first") ? "first" : "second")
                + " half";
        return new Resolution(monthDate(YearMonth.of(year, first)), monthDate(YearMonth.of(year, first + length - 1)),
                false, m.group("year") != null ? part + " of a year given in the text"
                        : relative + ": " + part + " of the year " + (yearBefore ? "before, told in the past" : "named"),
                m.group("year") != null ? null : publishedDay);
    }

    /** "the first 11 weeks of 2023": January to the month its last day falls in. */
    private Resolution leadingPart(Matcher m, int year) {
        int amount = amount(m);
        boolean weeks = m.group("span").equalsIgnoreCase("weeks");
        if (amount < 1 || amount > (weeks ? 52 : 12)) {
            return NOT_A_DATE;
        }
        boolean first = m.group("lead").equalsIgnoreCase("first");
        LocalDate from = first ? LocalDate.of(year, 1, 1)
                : weeks ? LocalDate.of(year, 12, 31).minusWeeks(amount).plusDays(1) : LocalDate.of(year, 13 - amount, 1);
        LocalDate to = !first ? LocalDate.of(year, 12, 31)
                : weeks ? from.plusWeeks(amount).minusDays(1) : LocalDate.of(year, amount, 1);
        String part = "the " + m.group("lead").toLowerCase(Locale.ROOT) + " " + amount + " " + m.group("span")
                .toLowerCase(Locale.ROOT) + " of " + (m.group("year") != null ? "a year given in the text" : "the year named");
        YearMonth start = YearMonth.from(from);
        YearMonth end = YearMonth.from(to);
        return new Resolution(monthDate(start), start.equals(end) ? null : monthDate(end), false,
                (m.group("year") != null ? "" : relative + ": ") + part + ", " + monthName(start)
                        + (start.equals(end) ? "" : " to " + monthName(end)), m.group("year") != null ? null : publishedDay);
    }

    /**
     * "the second Thanksgiving", "a Melbourne Easter", "Happy Easter", "Edinburgh's Hogmanay has promised": no one
     * holiday's date.
     */
    private static final Pattern COUNTED_HOLIDAY = Pattern.compile("(?i)\\b(?:(?:the|a|her|his|their|my|our|its)\\s+"
            + "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
            + "|(?-i:Happy|[Aa]n?\\s+[A-Z][a-z]+|(?!(?:It|That|What)['’])[A-Z][a-z]+['’]s))\\s+$");
    private static final Pattern NEAR_BEFORE = Pattern.compile("(?i)\\b(?:closer|nearer|close|near)\\s+to\\s+$");

    private Resolution holiday(Matcher m, Context c) {
        String before = c.sentence().substring(0, m.start());
        if (FALLS_ON.matcher(c.sentence().substring(m.end())).lookingAt() || COUNTED_HOLIDAY.matcher(before).find()) {
            // "told me the second Thanksgiving was worse", "the whole week of Thanksgiving off, from Nov. 20 to 24"
            return NOT_A_DATE;
        }
        if (m.start() == 0 && m.group("year") == null && m.group("rely") == null
                && HOLIDAY_AS_SUBJECT.matcher(c.sentence().substring(m.end())).lookingAt()) {
            // "Christmas Day did not become a public holiday here until 1958": the holiday is what the sentence
            // tells of, and the year written after it says when
            return NOT_A_DATE;
        }
        String name = m.group("holiday");
        String key = name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").replace("st. ", "st ")
                // "on St Patrick's weekend"
                .replaceFirst("^(st [a-z]+'s) weekend$", "$1 day");
        if ((key.equals("ve day") || key.equals("vj day")) && m.group("year") == null && m.group("rely") == null
                && !ANNIVERSARY.matcher(c.sentence()).find()) {
            // "She met her husband at a dance on VE Day": the day in 1945, not an anniversary of it
            return new Resolution(dayDate(HOLIDAYS.get(key).atYear(1945)), null, false, name + ", the day in 1945 it"
                    + " names", null);
        }
        IntFunction<LocalDate> inYear = MOVABLE_HOLIDAYS.containsKey(key) ? MOVABLE_HOLIDAYS.get(key)
                : HOLIDAYS.get(key)::atYear;
        if (key.startsWith("thanksgiving")) {
            if (AMERICAN_BEFORE.matcher(before).find()) {
                inYear = TemporalResolver::usThanksgiving;
            } else if (CANADIAN.matcher(c.sentence()).find() || storyCountry() == StoryCountry.CANADA) {
                inYear = CANADIAN_THANKSGIVING;
                name = "Canada's " + name;
            } else if (storyCountry() == StoryCountry.BOTH) {
                return Resolution.unsettled("the text names both Canada and the United States, whose Thanksgivings"
                        + " differ, and the sentence does not say which");
            } else if (published.getMonthValue() == 10 && published.getDayOfMonth() <= 20) {
                // in early October a Thanksgiving may be Canada's, days away, or the United States', weeks away
                return Resolution.unsettled("Canada's Thanksgiving and that of the United States are both near, and the"
                        + " sentence does not say which");
            }
        }
        if (m.group("year") != null) {
            return new Resolution(dayDate(inYear.apply(Integer.parseInt(m.group("year")))), null, false,
                    name + " of a year given in the text", null);
        }
        LocalDate thisYears = inYear.apply(published.getYear());
        if (m.group("rely") == null && LAST_BEFORE.matcher(before).find()) {
            // "Last Thanksgiving weekend, police laid 700 charges": the most recent one before publication
            LocalDate last = thisYears.isBefore(published) ? thisYears : inYear.apply(published.getYear() - 1);
            return new Resolution(dayDate(last), null, false, relative + ": \"last\": the most recent " + name
                    + " before it", publishedDay);
        }
        Resolution byTense = dayWithoutYear(thisYears.getMonthValue(), thisYears.getDayOfMonth(), m.group("rely"), c,
                m.start(), m.end());
        if (byTense == null || byTense.date() == null) {
            return byTense;
        }
        // a holiday on a weekday of its month falls on another day in the year the tense chose
        LocalDate day = inYear.apply(LocalDate.parse(byTense.date().value()).getYear());
        if (NEAR_BEFORE.matcher(before).find()) {
            // "We'll have a full winter guide closer to Thanksgiving": some days around it
            return new Resolution(monthDate(YearMonth.from(day)), null, true, byTense.basis() + " (" + name + ", " + day
                    + "); near it, so its month (approximate)", byTense.anchor());
        }
        Matcher toChristmas = TO_CHRISTMAS.matcher(c.sentence()).region(m.end(), c.sentence().length());
        if (BETWEEN_BEFORE.matcher(before).find() && toChristmas.lookingAt()) {
            // "between Thanksgiving and Christmas": the days from one holiday to the next, so their months
            LocalDate last = toChristmas.group("newyear") != null ? LocalDate.of(day.getYear() + 1, 1, 1)
                    : LocalDate.of(day.getYear(), 12, 25);
            if (day.isBefore(last) && !day.plusDays(184).isBefore(last)) {
                return monthsOfDays(day, last, byTense.basis() + " (" + name + ", " + day + "); the days from it to "
                        + toChristmas.group("name") + " (" + last + ") (a span of days gives no single day, so its month",
                        byTense.anchor());
            }
        }
        return new Resolution(dayDate(day), null, false, byTense.basis() + " (" + name + ")", byTense.anchor());
    }

    private static final Pattern LAST_BEFORE = Pattern.compile("(?i)\\blast\\s+$");
    /** "last year's", "that" before a day: the year it is of ("next year's holiday falls on 10 July"). */
    private static final Pattern YEARS_BEFORE = Pattern.compile("(?i)\\b(?<rel>last|this|next|that)(?:(?<=that)|\\s+(?:year|season)['’]s(?:\\s+[a-z]+\\s+(?:for|(?:falls|is)(?:\\s+on)?))?)\\s+$");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween\\s+$");
    /** "and Christmas", "and New Year" (the rules find "Christmas Day" and "New Year's Day" on their own, and join them). */
    private static final Pattern TO_CHRISTMAS = Pattern.compile("\\s+and\\s+(?:the\\s+)?(?<name>Christmas"
            + "|(?<newyear>New\\s+Year))(?![\\w'’-])(?!\\s+(?:Day|Eve|shopping|season|holidays?)\\b)");

    /** "had already appeared on a forum by Christmas": done by then. */
    private static final Pattern DONE_BEFORE = Pattern.compile("(?i)\\bha(?:d|s|ve)\\s+(?:already\\s+)?(?:been\\s+)?[a-z]+(?:ed|en|wn)\\b[^,;:]*$");

    private Resolution christmas(Matcher m, Context c) {
        String prep = m.group("prep") == null ? "" : m.group("prep").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (prep.isEmpty() && m.group("year") == null || prep.equals("between") && m.group("newyear") == null) {
            // "Christmas cards", "home for Christmas": no time the claim is dated by
            return NOT_A_DATE;
        }
        int year;
        String basis;
        EventDate anchor = null;
        if (m.group("year") != null) {
            year = Integer.parseInt(m.group("year"));
            basis = "Christmas of a year given in the text";
        } else if (prep.equals("by") || prep.equals("next")) {
            // "filled by Christmas": a deadline, the next Christmas Day; "next Christmas", in January, is this year's;
            // "had already appeared … by Christmas": the last one
            String before = c.sentence().substring(0, m.start());
            // "By Christmas it stood at just over $900,000": fronted, it is read by the verb after it
            boolean past = prep.equals("by") && (DONE_BEFORE.matcher(before).find() && !NotTheClaimsDate.looksAhead(before)
                    || before.isBlank() && direction(c, m.start(), m.end()) == Direction.PAST);
            LocalDate day = LocalDate.of(published.getYear(), 12, 25);
            if (past && day.isAfter(published)) {
                day = day.minusYears(1);
            } else if (!past && day.isBefore(published)) {
                day = day.plusYears(1);
            }
            return new Resolution(dayDate(day), null, false, relative + ": \"" + prep + " Christmas\"" + (prep.equals("by")
                    ? ", a deadline" : "") + ": the " + (past ? "last" : "next") + " Christmas Day", publishedDay);
        } else {
            // "Over Christmas 2025 … in the week before Christmas": a Christmas is read by its own tense, not in the
            // December the paragraph gave before
            Context ownTense = new Context(c.sentence(), c.cues(), c.found(), c.anchor(), null, null);
            if (!prep.equals("last") && isUndirected(direction(ownTense, m.start(), m.end()))) {
                return Resolution.unsettled("no tense says whether the Christmas before or after publication is meant");
            }
            Resolution day = dayWithoutYear(12, 25, prep.equals("last") ? "last" : null, ownTense, m.start(), m.end());
            if (day == null || day.date() == null) {
                return day;
            }
            year = LocalDate.parse(day.date().value()).getYear();
            basis = day.basis() + " (Christmas)";
            anchor = day.anchor();
        }
        if (m.group("newyear") != null) {
            return prep.equals("between")
                    ? new Resolution(monthDate(YearMonth.of(year, 12)), null, false, basis
                    + "; the days between Christmas and New Year, so December", anchor)
                    : new Resolution(monthDate(YearMonth.of(year, 12)), monthDate(YearMonth.of(year + 1, 1)), false,
                    basis + "; Christmas and New Year, so December and January", anchor);
        }
        if (prep.equals("last")) {
            return new Resolution(dayDate(LocalDate.of(year, 12, 25)), null, false, basis, anchor);
        }
        return new Resolution(monthDate(YearMonth.of(year, 12)), null, false,
                basis + "; the days around it give no single day, so its month", anchor);
    }

    /** A span of days in one month: its month, in the year given or the one the tense points to. */
    private Resolution dayRange(Matcher m, Context c) {
        int month = month(m);
        boolean dashed = m.group("day") != null;
        if (!dashed && m.group("prep") == null && m.group("rely") == null && m.pattern() != DAY_MONTH_RANGE
                && !CLAUSE_ENDS.matcher(c.sentence().substring(m.end())).lookingAt()) {
            // "on March 3 and 4 people …" is no span; "set for Aug. 16 and 17." and "on Nov. 14 and 15 last year" are
            return NOT_A_DATE;
        }
        int first = Integer.parseInt(dashed ? m.group("day") : m.group("day2"));
        int last = Integer.parseInt(dashed ? m.group("dayend") : m.group("dayend2"));
        if (first < 1 || last <= first) {
            return null;
        }
        String span = "; a span of days gives no single day, so its month";
        if (m.group("year") != null) {
            YearMonth named = YearMonth.of(Integer.parseInt(m.group("year")), month);
            return named.isValidDay(last)
                    ? new Resolution(monthDate(named), null, false, "a month and year given in the text" + span, null)
                    : null;
        }
        Resolution byTense = dayWithoutYear(month, first, m.group("rely"), c, m.start(), m.end());
        if (byTense == null || byTense.date() == null) {
            return byTense;
        }
        YearMonth chosen = YearMonth.from(LocalDate.parse(byTense.date().value()));
        return chosen.isValidDay(last)
                ? new Resolution(monthDate(chosen), null, false, byTense.basis() + span, byTense.anchor())
                : null;
    }

    /** A span of days across months: its months, in the year given or the one the tense points to. */
    private Resolution daySpan(Matcher m, Context c) {
        int startMonth = month(m);
        int endMonth = monthNumber(m.group("endmonth"));
        int firstDay = Integer.parseInt(m.group("day"));
        int lastDay = Integer.parseInt(m.group("dayend"));
        LocalDate first;
        String basis;
        EventDate anchor = null;
        Integer endYear = m.group("year") != null ? Integer.valueOf(m.group("year")) : null;
        LocalDate underWay = m.group("startyear") == null && endYear == null && m.group("rely") == null
                ? spanUnderWay(startMonth, firstDay, endMonth, lastDay) : null;
        if (m.group("startyear") != null) {
            first = LocalDate.of(Integer.parseInt(m.group("startyear")), startMonth, firstDay);
            basis = "a span of days given in the text";
        } else if (endYear != null) {
            first = LocalDate.of(startMonth <= endMonth ? endYear : endYear - 1, startMonth, firstDay);
            basis = "a span of days given in the text";
        } else if (underWay != null) {
            // "The production runs from 13 November to 6 December", published on 20 November: the run under way
            first = underWay;
            basis = relative + ": a span of days without a year that publication falls in";
            anchor = publishedDay;
        } else {
            Resolution byTense = dayWithoutYear(startMonth, firstDay, m.group("rely"), c, m.start(), m.end());
            if (byTense == null || byTense.date() == null) {
                return byTense;
            }
            first = LocalDate.parse(byTense.date().value());
            basis = byTense.basis();
            anchor = byTense.anchor();
        }
        YearMonth start = YearMonth.from(first);
        YearMonth end = endYear != null ? YearMonth.of(endYear, endMonth)
                : YearMonth.of(startMonth <= endMonth ? start.getYear() : start.getYear() + 1, endMonth);
        if (!end.isValidDay(lastDay) || end.isBefore(start)) {
            return null;
        }
        return new Resolution(monthDate(start), end.equals(start) ? null : monthDate(end), false,
                basis + "; a span of days gives no single day, so its months", anchor);
    }

    private static final Pattern NUMBER_NAMED_BEFORE = Pattern.compile("(?i)\\b(?:helpline|hotline|number|no\\.|route"
            + "|flight|bus|code|room|extension|ext\\.|line|platform|gate|model|tel\\.?)\\s+$");
    /** "congratulated the class of 2022": a year group's name. */
    private static final Pattern CLASS_BEFORE = Pattern.compile("(?i)\\bclass\\s+$");
    private static final Pattern FISCAL_YEAR_BEFORE = Pattern.compile("(?i)\\b(?:fiscal|financial)\\s+(?:year\\s+)?$");
    private static final Pattern FISCAL_YEAR_AFTER = Pattern.compile("(?i)\\s+(?:fiscal|financial)\\s+year\\b");

    private static final Pattern YEAR_AS_SUBJECT = Pattern.compile("\\s+(?:was|is|will\\s+be|could\\s+be|would\\s+be"
            + "|has\\s+been|had\\s+been|be)\\b");
    private static final Pattern SUBJECT_STARTS = Pattern.compile("(?:^|,\\s|\\b(?:that|and|but|let|why|say|says|said)\\s)$");

    private static final Pattern AS_A_WHOLE = Pattern.compile("\\s+as\\s+a\\s+whole\\b");

    private static final Pattern RING_IN_BEFORE = Pattern.compile("(?i)(?<!\\bthe\\s)\\b(?:ring|rings|ringing|rang|see|sees|seeing|saw)\\s+$");

    private static Resolution yearAlone(Matcher m, String sentence) {
        String before = sentence.substring(0, m.start());
        if (m.group("mod") == null && NUMBER_NAMED_BEFORE.matcher(before).find() || CLASS_BEFORE.matcher(before).find()) {
            // "report misuse on the helpline 1916", "congratulated the class of 2022"
            return null;
        }
        if (RING_IN_BEFORE.matcher(before).find() && "in".equalsIgnoreCase(m.group("mod"))) {
            // "Revellers heading out to ring in 2023 tonight": the year that begins, not when the claim is ("retired
            // from the ring in 1966" is a year)
            return NOT_A_DATE;
        }
        if (FISCAL_YEAR_BEFORE.matcher(before).find()
                || FISCAL_YEAR_AFTER.matcher(sentence.substring(m.end())).lookingAt()) {
            // "in fiscal year 2028", "in the 2025 financial year": a year that runs over two calendar years, which
            // differ by country and by company
            return Resolution.unsettled("a fiscal or financial year named by its year runs over parts of two calendar"
                    + " years, which differ by country and company");
        }
        if (m.group("mod") == null) {
            // a bare number is a year only where a year stands: "the 2020 election", "in May, 2023."
            String rest = sentence.substring(m.end());
            String lowerBefore = before.toLowerCase(Locale.ROOT);
            boolean standsAlone = rest.isEmpty() || ".,;:)".indexOf(rest.charAt(0)) >= 0
                    || rest.startsWith("’s") || rest.startsWith("'s") || lowerBefore.endsWith("the ")
                    // "prices to rise by 3% over 2029 as a whole"
                    || AS_A_WHOLE.matcher(rest).lookingAt()
                    // "For Cork, 2025 was a year of cranes", "Let 2024 be the year", "Forecasters say 2026 is likely"
                    || YEAR_AS_SUBJECT.matcher(rest).lookingAt()
                    && SUBJECT_STARTS.matcher(lowerBefore).find();
            if (!standsAlone) {
                return null;
            }
        }
        int year = Integer.parseInt(m.group("year"));
        if ("the end of".equalsIgnoreCase(m.group("mod")) && theEndBefore(AT_THE_END_OF, sentence, m.start("year"))) {
            return yearsDecember(year, "a year given in the text", null);
        }
        return new Resolution(yearDate(year), null, false, "a year given in the text", null);
    }

    /** Whether {@code endOf} ("at the end of", "by the end of") comes right before {@code position}. */
    private static boolean theEndBefore(Pattern endOf, String sentence, int position) {
        return endOf.matcher(sentence).region(Math.max(0, position - 32), position).useTransparentBounds(true).find();
    }

    /** A year's end "at" or "until" it: its December, as readers date it (not "by the end of 2026", its year). */
    private static Resolution yearsDecember(int year, String basis, EventDate anchor) {
        return new Resolution(monthDate(YearMonth.of(year, 12)), null, false, basis + ", at its end, so its December",
                anchor);
    }

    /** "in the week starting Monday 8 January": the week of a weekday and date; otherwise the day itself. */
    private Resolution weekdayAndDateOrItsWeek(Matcher m, Context c) {
        return weekAround(weekdayAndDate(m, c), c, m.start());
    }

    /**
     * "on Sunday, October 15" is 15 October: the weekday settles the year where it fits only one
     * of the two nearest 15 Octobers, and where it fits neither, the written date wins.
     */
    private Resolution weekdayAndDate(Matcher m, Context c) {
        if (m.group("year") == null && inSpanOfHours(c, m.start())) {
            return Resolution.unsettled("a span of hours across days; its first day alone is not the claim's date");
        }
        DayOfWeek named = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        int month = month(m);
        int dayOfMonth = Integer.parseInt(m.group("day"));
        if (m.group("year") != null) {
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(m.group("year")), month, dayOfMonth);
            } catch (DateTimeException notACalendarDate) {
                return null;
            }
            return new Resolution(dayDate(date), null, false,
                    "a date given in full in the text" + weekdayMismatch(named, date), null);
        }
        LocalDate previous = null;
        LocalDate next = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            try {
                LocalDate candidate = LocalDate.of(year, month, dayOfMonth);
                if (!candidate.isAfter(published)) {
                    previous = candidate;
                } else if (next == null) {
                    next = candidate;
                }
            } catch (DateTimeException notACalendarDate) {
                // 29 February outside a leap year
            }
        }
        boolean previousFits = previous != null && previous.getDayOfWeek() == named;
        boolean nextFits = next != null && next.getDayOfWeek() == named;
        String name = weekdayName(named);
        if (!previousFits && !nextFits && c.story() != null) {
            // "We had run our final tests in early November 1999. On the afternoon of Friday, December 31, …": the
            // weekday fits the year the retrospective tells of
            int storyYear = yearOf(c.story().date());
            for (int year = storyYear; year <= storyYear + 1; year++) {
                try {
                    LocalDate inStory = LocalDate.of(year, month, dayOfMonth);
                    if (inStory.getDayOfWeek() == named && !inStory.isBefore(LocalDate.parse(padded(c.story().date())))) {
                        return new Resolution(dayDate(inStory), null, false, "a day and month without a year, on a "
                                + name + ", which fits the year \"" + c.story().text() + "\" earlier in the article gives",
                                c.story().date());
                    }
                } catch (DateTimeException notACalendarDate) {
                    // 29 February outside a leap year
                }
            }
        }
        if (!previousFits && !nextFits) {
            // "The summer term will start on Monday 12 April", in an article of January 2026 that gives the school
            // year 2026-27: the weekday fits only a year further off, which the article names
            List<LocalDate> fitting = new ArrayList<>();
            for (int year = published.getYear() - 2; year <= published.getYear() + 2; year++) {
                if (MonthDay.of(month, dayOfMonth).isValidYear(year) && article.contains(String.valueOf(year))
                        && LocalDate.of(year, month, dayOfMonth).getDayOfWeek() == named) {
                    fitting.add(LocalDate.of(year, month, dayOfMonth));
                }
            }
            if (fitting.size() == 1) {
                return new Resolution(dayDate(fitting.get(0)), null, false, "a day and month without a year, on a " + name
                        + ", which fits " + fitting.get(0).getYear() + ", a year the article names", null);
            }
        }
        if (previousFits != nextFits) {
            LocalDate date = previousFits ? previous : next;
            if (nextFits && PAST_PERFECT.matcher(c.sentence()).find()
                    && direction(c, m.start(), m.end()) == Direction.PAST) {
                // "By the afternoon of Sunday, Oct. 11, the gauge had stopped reporting" in a story ten years on:
                // the weekday fits a year the tense rules out, so another year, further away, is meant
                return Resolution.unsettled("the weekday fits only a year the tense rules out, and the text gives no"
                        + " year");
            }
            return new Resolution(dayDate(date), null, false, relative + ": a day and month without a year, on a "
                    + name + ", which settles the year", publishedDay);
        }
        Resolution byTense = dayWithoutYear(month, dayOfMonth, null, c, m.start(), m.end());
        if (byTense == null || byTense.date() == null) {
            return byTense;
        }
        return new Resolution(byTense.date(), null, false,
                byTense.basis() + weekdayMismatch(named, LocalDate.parse(byTense.date().value())), publishedDay);
    }

    private static String weekdayMismatch(DayOfWeek named, LocalDate date) {
        return date.getDayOfWeek() == named ? "" : "; the text calls it a " + weekdayName(named) + " but it is a "
                + weekdayName(date.getDayOfWeek()) + ": the written date wins";
    }

    // ---------------------------------------------------------------- dates missing a year

    private Resolution dayWithoutYear(Matcher m, Context c) {
        Matcher fallsIn = FALLS_IN_YEAR.matcher(c.sentence()).region(m.end(), c.sentence().length());
        if (fallsIn.lookingAt()) {
            // "The next 29 February falls in 2028"
            return day(fallsIn.group("year"), month(m), m.group("day"), "a day and month in the year the text gives after it");
        }
        return weekAround(dayWithoutYear(month(m), Integer.parseInt(m.group("day")), m.group("rely"), c, m.start(),
                m.end()), c, m.start());
    }

    /**
     * "is listed for the week beginning 14 September", "in the week starting Monday 8 January", "in the week ending 27
     * December": the seven days from or up to the day, so their month or months.
     */
    private Resolution weekAround(Resolution day, Context c, int start) {
        if (day == null || day.date() == null || day.date().precision() != DatePrecision.DAY) {
            return day;
        }
        String before = c.sentence().substring(0, start);
        boolean beginning = WEEK_BEGINNING.matcher(before).find();
        if (!beginning && !WEEK_ENDING.matcher(before).find()) {
            return day;
        }
        LocalDate first = LocalDate.parse(day.date().value()).minusDays(beginning ? 0 : 6);
        return monthsOfDays(first, first.plusDays(6), day.basis() + "; the week " + (beginning ? "beginning" : "ending")
                + " on it, " + first + " to " + first.plusDays(6) + " (a week gives no day, so its month", day.anchor());
    }

    private Resolution dayWithoutYear(int month, int day, String namedYear, Context c, int start, int end) {
        String relativeYear = namedYear != null ? namedYear : yearOpeningTheSentence(c, start);
        Matcher yearBefore = YEARS_BEFORE.matcher(c.sentence()).region(0, start);
        if (relativeYear == null && yearBefore.find()) {
            // "in last year's Australia Day swim": that year's; "The band played that Fourth of July": the year told
            relativeYear = yearBefore.group("rel");
        }
        if (relativeYear == null && THIS_YEAR_AFTER.matcher(c.sentence().substring(end)).lookingAt()) {
            // "Bonfire Night falls on a Tuesday this year"
            relativeYear = "this";
        }
        if (isThatYear(relativeYear)) {
            ResolvedDate base = earlierDate(c, start, DatePrecision.YEAR);
            if (base == null) {
                return Resolution.unsettled(THAT_YEAR);
            }
            int year = yearOf(base.date()) + yearStep(relativeYear);
            return new Resolution(dayDate(LocalDate.of(year, month, day)), null, false,
                    linkedBasis(relativeYear, base, start, c), base.date());
        }
        if (relativeYear != null) {
            int year = published.getYear() + yearStep(relativeYear);
            try {
                return new Resolution(dayDate(LocalDate.of(year, month, day)), null, false,
                        relative + ": a day and month in the year \"" + relativeYear.toLowerCase(Locale.ROOT)
                                + " year\" names", publishedDay);
            } catch (DateTimeException notACalendarDate) {
                return null;
            }
        }
        YearMonth monthGiven = monthGivenEarlier(c);
        if (monthGiven != null && monthGiven.getMonthValue() == month
                && Math.abs(monthGiven.getYear() - published.getYear()) > 1 && monthGiven.isValidDay(day)
                && direction(c, start, end) != Direction.FUTURE) {
            // "the great storm of January 1953. On the night of 31 January, …": that January's day
            return new Resolution(dayDate(monthGiven.atDay(day)), null, false, "in the month \"" + c.earlier().text()
                    + "\" earlier in the paragraph gives (" + c.earlier().date().value() + ")", c.earlier().date());
        }
        LocalDate inPast = dayOfParagraphsPast(c, month, day);
        if (inPast != null && direction(c, start, end) == Direction.PAST && !BARE_YEAR.matcher(c.sentence()).find()) {
            // "on 18 June that year. Two days later, … The team went out to the Netherlands in Orlando on 4 July":
            // told in the past, a day soon after the paragraph's last date, years before publication, is of its year
            return new Resolution(dayDate(inPast), null, false, "in the year of \"" + c.anchor().text()
                    + "\" earlier in the paragraph (" + c.anchor().date().value() + "), told in the past",
                    c.anchor().date());
        }
        YearMonth storyMonth = c.story() == null ? null : YearMonth.from(LocalDate.parse(padded(c.story().date())));
        if (storyMonth != null && storyMonth.getMonthValue() == month && storyMonth.isValidDay(day)
                && PAST_PERFECT.matcher(c.sentence()).find() && direction(c, start, end) != Direction.FUTURE) {
            // "Fifty years ago today, on Nov. 9, 1979, the dam failed. … Heavy rain had fallen for three days, and by
            // the evening of Nov. 8 …": the past perfect tells the story's own November
            return new Resolution(dayDate(storyMonth.atDay(day)), null, false, "in the month \"" + c.story().text()
                    + "\" earlier in the article gives (" + storyMonth + "), told in the past perfect", c.story().date());
        }
        Direction direction = direction(c, start, end);
        LocalDate best = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(year, month, day);
            } catch (DateTimeException notACalendarDate) {
                continue;
            }
            if (isBetter(direction, ChronoUnit.DAYS.between(published, candidate),
                    best == null ? null : ChronoUnit.DAYS.between(published, best))) {
                best = candidate;
            }
        }
        if (best == null) {
            return null;
        }
        if (isUndirected(direction) && Math.abs(ChronoUnit.DAYS.between(published, best)) > NEAREST_WITHIN_DAYS) {
            return Resolution.unsettled("no tense says whether the one before or after publication is meant, and"
                    + " neither is within three months of it");
        }
        if (direction == Direction.FUTURE && ChronoUnit.DAYS.between(published, best) > FAR_PAST_DAYS
                && MonthDay.of(month, day).isValidYear(best.getYear() - 1)
                && ChronoUnit.DAYS.between(best.minusYears(1), published) < 61
                && !NEXT_YEAR_BEFORE.matcher(c.sentence().substring(0, start)).find()
                && !c.sentence().substring(0, start).contains(String.valueOf(best.getYear()))
                && !UNTIL_BEFORE.matcher(c.sentence().substring(0, start)).find()) {
            // "Your Feb. 3 article", published on 8 February: a day five days back is not a year ahead (unless the
            // sentence names that year: "The 2026 race is scheduled for April 20")
            return Resolution.unsettled(FAR_AHEAD);
        }
        if (direction == Direction.PAST && ChronoUnit.DAYS.between(best, published) > FAR_PAST_DAYS
                && MonthDay.of(month, day).isValidYear(best.getYear() + 1)
                && !YEAR_IN_CLAUSE_BEFORE.matcher(c.sentence().substring(0, start)).find()) {
            // "have until January 5", published on 15 December: a date this far back goes without a year
            // only when the tense is misread; the same day is less than two months ahead
            LocalDate ahead = best.plusYears(1);
            // "The year was defined by the morning of 24 February", in a column of 31 December: this year's, not a story's
            LocalDate inStory = storyMonth != null && Math.abs(storyMonth.getYear() - published.getYear()) > 1
                    && !BARE_YEAR.matcher(c.sentence()).find()
                    && best.getYear() != published.getYear()
                    && Math.floorMod(month - storyMonth.getMonthValue(), 12) <= 2 ? dayOfStory(storyMonth, month, day) : null;
            if (inStory != null) {
                // "voted for independence on 2 July 1776. … The first public reading took place … on 8 July": a day
                // of the story's months, which the tense alone would put most of a year back
                if (inStory.isBefore(LocalDate.parse(padded(c.story().date())))) {
                    return Resolution.unsettled(FAR_PAST);
                }
                return new Resolution(dayDate(inStory), null, false, "in the months \"" + c.story().text()
                        + "\" earlier in the article tells of (" + storyMonth + "), which the past tense fits better than"
                        + " a year before publication", c.story().date());
            }
            if (TARGET_BEFORE.matcher(c.sentence().substring(0, start)).find()
                    && ChronoUnit.DAYS.between(published, ahead) < 61) {
                // "They have been told to leave by Oct. 31", "A preliminary hearing was set for Dec. 9": a deadline
                // or a date set, which lies ahead of the telling
                return new Resolution(dayDate(ahead), null, false, relative + ": a day and month without a year, a"
                        + " deadline or a date set, told in the past tense: the next one", publishedDay);
            }
            return Resolution.unsettled(FAR_PAST);
        }
        return new Resolution(dayDate(best), null, false, relative + ": a day and month without a year, "
                + describe(direction) + " one", publishedDay);
    }

    /** The day in the months a story tells of: of its year, or of the next for a month after its December; null if none. */
    private static LocalDate dayOfStory(YearMonth storyMonth, int month, int day) {
        int year = storyMonth.getYear() + (month < storyMonth.getMonthValue() ? 1 : 0);
        return MonthDay.of(month, day).isValidYear(year) ? LocalDate.of(year, month, day) : null;
    }

    /** "last March", "next March", "this March": the one before publication's month, after it, or of its year. */
    private YearMonth monthNamed(int month, String rel) {
        YearMonth current = YearMonth.from(published);
        YearMonth sameYear = YearMonth.of(published.getYear(), month);
        return switch (rel) {
            case "last" -> sameYear.isBefore(current) ? sameYear : sameYear.minusYears(1);
            case "next" -> sameYear.isAfter(current) ? sameYear : sameYear.plusYears(1);
            default -> sameYear;
        };
    }

    /** The month {@code month} of the year before, of, or after publication's that {@code direction} picks. */
    private YearMonth monthInDirection(int month, Direction direction) {
        YearMonth current = YearMonth.from(published);
        YearMonth sameYear = YearMonth.of(published.getYear(), month);
        YearMonth chosen = null;
        for (YearMonth candidate : List.of(sameYear.minusYears(1), sameYear, sameYear.plusYears(1))) {
            if (isBetter(direction, ChronoUnit.MONTHS.between(current, candidate),
                    chosen == null ? null : ChronoUnit.MONTHS.between(current, chosen))) {
                chosen = candidate;
            }
        }
        return chosen;
    }

    private Resolution nthWeekdayOfMonth(Matcher m, Context c) {
        // "on the last Sunday of next March": the March after publication's month; "of August next year": next year's
        YearMonth month = m.group("thismonth") != null ? YearMonth.from(published)
                : m.group("year") != null ? YearMonth.of(Integer.parseInt(m.group("year")), month(m))
                : m.group("rel") != null ? monthNamed(month(m), m.group("rel").toLowerCase(Locale.ROOT))
                : m.group("relyear") != null ? YearMonth.of(published.getYear() + switch (m.group("relyear")
                        .toLowerCase(Locale.ROOT)) { case "next" -> 1; case "last" -> -1; default -> 0; }, month(m))
                : monthInDirection(month(m), direction(c, m.start(), m.end()));
        if (month == null) {
            return null;
        }
        String nth = m.group("nth").toLowerCase(Locale.ROOT);
        if (m.group("weekday").equalsIgnoreCase("weekend")) {
            return new Resolution(monthDate(month), null, false, (m.group("year") != null ? "" : relative + ": ") + "the "
                    + nth + " weekend of " + monthName(month) + " (a weekend gives no single day, so its month)",
                    m.group("year") != null ? null : publishedDay);
        }
        DayOfWeek weekday = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        int ordinal = switch (nth) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th" -> 4;
            default -> -1;
        };
        LocalDate day = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
        return new Resolution(dayDate(day), null, false, m.group("year") != null ? "the " + nth + " "
                + weekdayName(weekday) + " of a month and year given in the text" : relative + ": the " + nth + " "
                + weekdayName(weekday) + " of " + monthName(month) + (m.group("thismonth") != null ? ", the month of publication"
                : m.group("relyear") != null ? ", in the year \"" + m.group("relyear") + " year\" names"
                : ", the month the tense points to"),
                m.group("year") != null ? null : publishedDay);
    }

    private static final Set<String> RELATIVE_MODS = Set.of("last", "next", "this");
    private static final Pattern SEASON_OF_YEARS = Pattern.compile("(?<season>(?<start>(?:19|20)\\d{2})[-–/](?<end>\\d{2})"
            + "\\s+(?i:season|winter|school\\s+year|academic\\s+year|campaign))\\b[^;:]*$");

    private static final Pattern REPORTED_THAT = Pattern.compile("(?i)\\b(?:said|says|told|noted|added|warned|reported)\\b"
            + "[^,;:\"“]{0,40}\\s$");

    private Resolution monthWithoutYear(Matcher m, Context c) {
        int month = month(m);
        String mod = m.group("mod").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        YearMonth current = YearMonth.from(published);
        YearMonth sameYear = YearMonth.of(published.getYear(), month);
        YearMonth chosen;
        String how;
        if (isThatYear(m.group("rely"))) {
            ResolvedDate base = earlierDate(c, m.start(), DatePrecision.YEAR);
            if (base == null) {
                return Resolution.unsettled(THAT_YEAR);
            }
            int year = yearOf(base.date()) + yearStep(m.group("rely"));
            return new Resolution(monthDate(YearMonth.of(year, month)), null, false,
                    linkedBasis(m.group("rely"), base, m.start(), c), base.date());
        }
        Matcher seasonOfYears = SEASON_OF_YEARS.matcher(c.sentence()).region(0, m.start());
        if (m.group("rely") == null && !RELATIVE_MODS.contains(mod) && seasonOfYears.find()) {
            // "The 2023-24 season … forced Hatchet to close for 19 days in January": a season from one year's autumn
            // to the next year's summer, which the month falls in
            int start = Integer.parseInt(seasonOfYears.group("start"));
            if (Integer.parseInt(seasonOfYears.group("end")) == (start + 1) % 100) {
                return new Resolution(monthDate(YearMonth.of(start + (month < 7 ? 1 : 0), month)), null, false,
                        "a month without a year, in the \"" + seasonOfYears.group("season") + "\" the sentence names,"
                        + " from one year's autumn to the next year's summer", null);
            }
        }
        String rely = m.group("rely") != null ? m.group("rely").toLowerCase(Locale.ROOT)
                : yearOpeningTheSentence(c, m.start());
        if (rely != null) {
            chosen = sameYear.plusYears(yearStep(rely));
            how = "the one in the year \"" + rely + " year\" names";
        } else {
            switch (mod) {
                case "last" -> {
                    chosen = monthNamed(month, mod);
                    how = "the last one before it";
                }
                case "next" -> {
                    chosen = monthNamed(month, mod);
                    how = "the next one after it";
                }
                case "this" -> {
                    chosen = monthNamed(month, mod);
                    how = "the one in its year";
                }
                default -> {
                    Direction direction = mod.endsWith("since") ? Direction.PAST : direction(c, m.start(), m.end());
                    if ((direction == Direction.NEAREST || direction == Direction.OPEN && !HAD.matcher(c.sentence()).find())
                            && DEADLINE_WORDS.contains(mod.split(" ")[0])
                            && !endsAPeriod(c.sentence().substring(0, m.start()), m.group())) {
                        // "runs until the end of August", "said the department would complete … by December": a
                        // deadline lies ahead (not one that "had originally been due" to be met, a plan that lapsed)
                        direction = Direction.FUTURE;
                    }
                    chosen = monthInDirection(month, direction);
                    boolean farPast = direction == Direction.PAST && ChronoUnit.MONTHS.between(chosen, current) >= FAR_PAST_MONTHS;
                    boolean afterADayTold = c.anchor() != null && c.anchor() == c.earlier()
                            && ChronoUnit.MONTHS.between(chosen, current) > 2;
                    YearMonth told = direction == Direction.PAST && (m.start() == 0 || farPast || afterADayTold)
                            ? monthOfTheStory(c, month) : null;
                    if (told != null) {
                        // "On 11 January 1979, … The Sun ran its headline. By May his government was gone": the
                        // months the paragraph is telling of, years back, go on (unless the month is a few weeks back,
                        // the news's own time: "Pike pleaded guilty at an earlier hearing in March")
                        return new Resolution(monthDate(told), null, false, "in the months \"" + c.earlier().text()
                                + "\" earlier in the paragraph tells of, which the past tense goes on with", c.earlier().date());
                    }
                    if (farPast
                            && !YEAR_IN_CLAUSE_BEFORE.matcher(c.sentence().substring(0, m.start())).find()) {
                        YearMonth ahead = chosen.plusYears(1);
                        if ((DEADLINE_WORDS.contains(mod.split(" ")[0]) || mod.equals("for")
                                || TARGET_BEFORE.matcher(c.sentence().substring(0, m.start())).find())
                                && ChronoUnit.MONTHS.between(current, ahead) <= 2) {
                            // "were planned for early September", "expected to have faded by the end of August": a
                            // deadline or a date set, which lies ahead of the telling
                            return new Resolution(monthDate(ahead), null, false, relative + ": a month without a year,"
                                    + " a deadline or a date set, told in the past tense: the next one", publishedDay);
                        }
                        return Resolution.unsettled(FAR_PAST);
                    }
                    if (direction == Direction.PAST && chosen.equals(current) && published.getDayOfMonth() == 1) {
                        // "It began in January", in a review of the year published on 1 January: nothing of the
                        // month has passed yet, so it is the one a year back
                        chosen = chosen.minusYears(1);
                    }
                    if (isUndirected(direction) && chosen.equals(current) && !ANY_DIGIT.matcher(c.sentence()).find()) {
                        // "UV levels can still be high in September", published in September, with no figure or date
                        // beside it: any year's as much as this one
                        return Resolution.unsettled("no tense says whether this month or any is meant");
                    }
                    if (isUndirected(direction) && Math.abs(ChronoUnit.MONTHS.between(current, chosen)) > 3) {
                        return Resolution.unsettled("no tense says whether the one before or after publication is"
                                + " meant, and neither is within three months of it");
                    }
                    how = describe(direction) + " one";
                }
            }
        }
        String part = mod.contains("early") ? "; early in it" : mod.contains("late") ? "; late in it"
                : mod.contains("mid") || mod.contains("middle") ? "; the middle of it"
                : mod.contains("end of") ? "; its end" : mod.contains("start of") || mod.contains("beginning of")
                ? "; its start" : "";
        return new Resolution(monthDate(chosen), null, false, relative + ": a month without a year, " + how + part,
                publishedDay);
    }

    /** The month of the paragraph's last date, years before publication, or one up to half a year after it. */
    private YearMonth monthOfTheStory(Context c, int month) {
        ResolvedDate told = c.earlier();
        if (told == null || told.precision() == DatePrecision.YEAR || !c.found().isEmpty()) {
            return null;
        }
        YearMonth last = YearMonth.from(LocalDate.parse(padded(told.endDate() != null ? told.endDate() : told.date())));
        int ahead = Math.floorMod(month - last.getMonthValue(), 12);
        return published.getYear() - last.getYear() >= 2 && ahead <= 6 ? last.plusMonths(ahead) : null;
    }

    /**
     * Whether a candidate {@code distance} units from publication beats the best so far: in the
     * past, the latest not after publication; in the future, the earliest not before it;
     * otherwise the nearest, the earlier on a tie. Candidates come in ascending order.
     */
    private static boolean isBetter(Direction direction, long distance, Long best) {
        return direction == Direction.PAST ? distance <= 0 && (best == null || distance > best)
                : direction == Direction.FUTURE ? distance >= 0 && (best == null || distance < best)
                : best == null || Math.abs(distance) < Math.abs(best);
    }

    // ---------------------------------------------------------------- seasons and quarters

    /** "this spring and summer": the first season, then the three months after it when the second comes next. */
    private Resolution season(Matcher m, Context c) {
        Resolution first = seasonAlone(m, c);
        if (m.group("season2") == null || first == null || first.date() == null || first.endDate() == null) {
            return first;
        }
        String two = m.group("season2").toLowerCase(Locale.ROOT).replace("fall", "autumn");
        if (Math.floorMod(seasonStart(two) - seasonStart(m.group("season").toLowerCase(Locale.ROOT)), 12) != 3) {
            return Resolution.unsettled("two seasons that do not follow each other give no single span");
        }
        YearMonth last = YearMonth.parse(first.endDate().value()).plusMonths(3);
        return new Resolution(first.date(), monthDate(last), first.approximate(), first.basis() + ", and the " + two
                + " after it, to " + monthName(last), first.anchor());
    }

    /** Meteorological seasons of the northern hemisphere: spring is March to May, winter December to February. */
    private Resolution seasonAlone(Matcher m, Context c) {
        String after = c.sentence().substring(m.end());
        if (CLOCK_CHANGE_AFTER.matcher(after).lookingAt()) {
            // "in the days after the spring change": the clocks' change, a yearly event, not a season
            return NOT_A_DATE;
        }
        if (SEASON_AS_A_KIND.matcher(after).lookingAt()) {
            // "the next winter storm", "a spring budget": the kind of a thing, not a season of the calendar
            return NOT_A_DATE;
        }
        if (AGO_BEFORE.matcher(c.sentence().substring(0, m.start())).find()) {
            // "Fifty years ago this summer": the season is the offset's, which gives the date
            return NOT_A_DATE;
        }
        String name = m.group("season").toLowerCase(Locale.ROOT);
        String prep = m.group("spent") != null ? "spent" : lower(m.group("prep"));
        String det = lower(m.group("det"));
        String before = c.sentence().substring(0, m.start());
        if (det.isEmpty() && prep.isEmpty() && FORECAST_OF_A_SEASON.matcher(before).find()) {
            // "Forecasters expect a drier than normal spring": the season ahead
            det = "the coming";
        }
        if (det.equals("the") && REST_OF_BEFORE.matcher(before).find()) {
            // "calls for the rest of the summer to be hotter than normal": the season's months still to come
            YearMonth now = YearMonth.from(published);
            YearMonth first = thisSeason(seasonStart(name));
            if (now.isBefore(first) || now.isAfter(first.plusMonths(2))) {
                return NOT_A_DATE;
            }
            YearMonth last = first.plusMonths(2);
            return new Resolution(monthDate(now), now.equals(last) ? null : monthDate(last), true, relative + ": the rest"
                    + " of the " + name + " it was published in, " + monthName(now) + " to " + monthName(last)
                    + SEASON_IS_APPROXIMATE, publishedDay);
        }
        if (det.equals("the") && prep.isEmpty() && SEASON_AS_SUBJECT.matcher(after).lookingAt()) {
            // "The summer then brought four heatwaves", "expects the winter to remain wetter than average"
            prep = "as subject";
        }
        String year = m.group("year");
        String rely = m.group("rely");
        boolean named = year != null || rely != null;
        boolean followedByOf = after.matches("(?is)\\s+of\\s.*");
        boolean bare = prep.isEmpty() && det.isEmpty();
        if (!named && (followedByOf || (prep.isEmpty() && !Set.of("this", "last", "next", "the following", "the next", "that",
                "the coming", "the upcoming", "the previous").contains(det)))
                || bare && (year == null || name.equals("fall"))) {
            // "the fall of Kabul", "a dry summer", "summer was hot", "sales will fall next year": no season
            return NOT_A_DATE;
        }
        if (det.isEmpty() && !named && (isUndirected(direction(c, m.start(), m.end())) && !DEADLINE_WORDS.contains(prep)
                || prep.equals("for") && !Tense.hasFuture(c.cues()))) {
            // "especially in winter": a season in general, with no tense to place it; "made a strong case for
            // autumn": a season a thing is for
            return NOT_A_DATE;
        }
        if (det.equals("the previous")) {
            // "during the election campaign the previous fall": the season before a date the paragraph gave
            ResolvedDate base = earlierDate(c, m.start(), DatePrecision.YEAR);
            if (base == null) {
                return Resolution.unsettled(NO_EARLIER_YEAR);
            }
            YearMonth first;
            if (base.precision() == DatePrecision.YEAR) {
                first = YearMonth.of(yearOf(base.date()) - 1, seasonStart(name));
            } else {
                YearMonth from = YearMonth.from(LocalDate.parse(padded(base.date())));
                first = YearMonth.of(from.getYear(), seasonStart(name));
                while (!first.plusMonths(2).isBefore(from)) {
                    first = first.minusYears(1);
                }
            }
            return seasonSpan(first, linkedTo(m.group().strip(), base) + ": the " + name + " before it", base.date());
        }
        if (det.equals("the following") || det.equals("that")
                || det.equals("the next") && direction(c, m.start(), m.end()) == Direction.PAST) {
            // "They married the following spring": the season after a year the paragraph gave; "Congress voted to
            // scrap it that fall": the season of that year
            ResolvedDate base = earlierDate(c, m.start(), DatePrecision.YEAR);
            if (base == null) {
                return Resolution.unsettled(NO_EARLIER_YEAR);
            }
            boolean same = det.equals("that");
            if (same || base.precision() == DatePrecision.YEAR) {
                YearMonth first = YearMonth.of(yearOf(base.date()) + (same ? 0 : 1), seasonStart(name));
                return seasonSpan(first, linkedTo(m.group().strip(), base) + ": the " + name + " of "
                        + (same ? "that year" : "the year after"), base.date());
            }
            // "bought it in January 2023 … spent the following summer gutting it": the first such season after, as
            // "the previous fall" above is the last one before
            YearMonth from = YearMonth.from(LocalDate.parse(padded(base.date())));
            YearMonth first = YearMonth.of(from.getYear(), seasonStart(name));
            while (!first.isAfter(from)) {
                first = first.plusYears(1);
            }
            return seasonSpan(first, linkedTo(m.group().strip(), base) + ": the first " + name + " after it",
                    base.date());
        }
        int startMonth = seasonStart(name);
        YearMonth now = YearMonth.from(published);
        YearMonth chosen;
        String how;
        if (named) {
            int y = year != null ? Integer.parseInt(year) : published.getYear() + yearStep(rely);
            String yearEnd = m.group("yearend");
            boolean winterOfBothYears = startMonth == 12 && yearEnd != null
                    && String.valueOf(y + 1).endsWith(yearEnd);
            if (startMonth != 12 && yearEnd != null) {
                // "the summer of 2022-23" is a southern summer, or a sporting season: which months is not said
                return Resolution.unsettled("a " + name + " of two years is no northern " + name + ", and its months"
                        + " are not said");
            }
            if (startMonth == 12 && !winterOfBothYears) {
                return Resolution.unsettled("a winter spans two years, and which one \"" + m.group() + "\" means is"
                        + " not said");
            }
            chosen = YearMonth.of(y, startMonth);
            how = winterOfBothYears ? "the winter of the two years given in the text"
                    : year != null ? "the " + name + " of the year given in the text" : relative + ": the " + name
                    + " of the year \"" + rely.toLowerCase(Locale.ROOT) + " year\" names";
        } else {
            YearMonth current = null;
            YearMonth last = null;
            YearMonth next = null;
            for (int y = published.getYear() - 2; y <= published.getYear() + 1; y++) {
                YearMonth start = YearMonth.of(y, startMonth);
                if (!now.isBefore(start) && !now.isAfter(start.plusMonths(2))) {
                    current = start;
                } else if (start.plusMonths(2).isBefore(now)) {
                    last = start;
                } else if (next == null && start.isAfter(now)) {
                    next = start;
                }
            }
            Direction direction = det.equals("last") ? Direction.PAST
                    : det.equals("next") || det.equals("the coming") || det.equals("the upcoming") ? Direction.FUTURE
                    : det.equals("this") ? Direction.NEAREST : direction(c, m.start(), m.end());
            if (isUndirected(direction) && DEADLINE_WORDS.contains(prep)) {
                direction = Direction.FUTURE;
            }
            Direction tense = direction(c, m.start(), m.end());
            if (det.equals("this") && current == null && tense == Direction.PAST) {
                // "this winter had been the hardest", published in March: the winter just ended
                chosen = last;
                how = "past tense: the " + name + " just ended";
            } else if (det.equals("this") && current == null && tense == Direction.FUTURE) {
                // "She hopes to open it sometime this spring", published in December
                chosen = next;
                how = "future tense: the next " + name;
            } else if (det.equals("this") && current == null) {
                chosen = startMonth == 12 || now.getMonthValue() < startMonth ? next : last;
                how = "the " + name + " of its year";
            } else if (current != null && !det.equals("last") && !det.equals("next")) {
                chosen = current;
                how = "published in it: the " + name + " under way";
            } else if (direction == Direction.PAST && det.equals("last") && now.equals(last.plusMonths(3))) {
                // "last summer", published in September: the summer just ended, or (as it is still "this summer")
                // the one before; writers read it both ways
                return Resolution.unsettled("in the month after a " + name + ", \"last " + name + "\" is the one just"
                        + " ended or the one before it, and writers read it either way");
            } else if (det.equals("next") && now.plusMonths(1).equals(next)) {
                // "next spring", published in February: the spring about to begin is still "this spring"
                chosen = next.plusYears(1);
                how = "the " + name + " after the one about to begin (which the month before it calls \"this "
                        + name + "\")";
            } else if (direction == Direction.PAST && !det.equals("last") && now.plusMonths(1).equals(next)) {
                // "has promised a minibus service over the summer", published on 31 May: not the summer of last year
                return Resolution.unsettled("the tense reads it as the " + name + " of a year before, while the next"
                        + " one begins within a month, and the text gives no year to settle it");
            } else if (direction == Direction.PAST) {
                chosen = last;
                how = "the last " + name + " before it";
            } else if (direction == Direction.FUTURE) {
                chosen = next;
                how = "the next " + name + " after it";
            } else {
                long monthsSince = ChronoUnit.MONTHS.between(last.plusMonths(2), now);
                long monthsUntil = ChronoUnit.MONTHS.between(now, next);
                if (monthsSince == monthsUntil) {
                    return Resolution.unsettled("no tense says whether the " + name + " before or after publication"
                            + " is meant");
                }
                chosen = monthsSince < monthsUntil ? last : next;
                how = "no tense cue: the nearest " + name;
            }
            how = relative + ": " + how;
        }
        EventDate anchor = named && year != null ? null : publishedDay;
        if (TERM_AFTER.matcher(after).lookingAt() && !name.equals("winter")
                && !name.equals("fall")) {
            // "over the autumn term": a school term, September to December; spring January to March; summer
            // April to July
            YearMonth first = chosen.withMonth(name.equals("autumn") ? 9 : name.equals("spring") ? 1 : 4);
            YearMonth last = first.plusMonths(name.equals("spring") ? 2 : 3);
            return new Resolution(monthDate(first), monthDate(last), true, how + ", the school's " + name + " term, "
                    + monthName(first) + " to " + monthName(last) + " (approximate: schools set their own terms)", anchor);
        }
        if (name.equals("summer") && SCHOOL_HOLIDAYS_AFTER.matcher(after).lookingAt()) {
            YearMonth july = chosen.withMonth(7);
            return new Resolution(monthDate(july), monthDate(july.plusMonths(1)), true, how + ", the schools' summer"
                    + " holidays, July to August (approximate: schools set their own holidays)", anchor);
        }
        int part = det.endsWith("early") ? 0 : det.equals("mid") ? 1 : det.endsWith("late") ? 2 : -1;
        if (part >= 0) {
            // "by late summer": the season's last month, as "late August" is the month's last days
            YearMonth month = chosen.plusMonths(part);
            return new Resolution(monthDate(month), null, true, how + ", " + det.replace("the ", "") + " in it: "
                    + monthName(month) + SEASON_IS_APPROXIMATE, anchor);
        }
        return seasonSpan(chosen, how, anchor);
    }

    /** A season's three months from {@code first}, approximate: "{@code how}, June 2025 to August 2025 (…)". */
    private static Resolution seasonSpan(YearMonth first, String how, EventDate anchor) {
        return new Resolution(monthDate(first), monthDate(first.plusMonths(2)), true, how + ", " + monthName(first)
                + " to " + monthName(first.plusMonths(2)) + SEASON_IS_APPROXIMATE, anchor);
    }

    /** "expect a drier than normal spring", "point to a wetter-than-average winter": a forecast of the season ahead. */
    private static final Pattern FORECAST_OF_A_SEASON = Pattern.compile("(?i)\\ba\\s+(?:[a-z]+[- ]than[- ](?:normal|average"
            + "|usual|expected)|(?:(?:mild|warm|wet|dry|cold|hot|cool|stormy|snowy)(?:i?er)?|windier|sunnier)\\s+than\\s+"
            + "(?:normal|average|usual))[\\s-]+$");
    private static final Pattern REST_OF_BEFORE = Pattern.compile("(?i)\\brest\\s+of\\s+$");
    /** "The summer then brought …", "the winter to remain wetter": the season as what the clause tells of. */
    private static final Pattern SEASON_AS_SUBJECT = Pattern.compile("\\s+(?:then\\s+|also\\s+|itself\\s+)?(?:was|were|is"
            + "|has|had|will|would|could|may|might|brought|saw|proved|turned|looks|promises|to\\s+(?:remain|be|bring|stay))\\b");

    /** The first month of "this" season: the one under way, else the one of the year's calendar. */
    private YearMonth thisSeason(int startMonth) {
        boolean winterBegunLastYear = startMonth == 12 && published.getMonthValue() <= 2;
        return YearMonth.of(published.getYear() - (winterBegunLastYear ? 1 : 0), startMonth);
    }

    /** The first month of a meteorological season of the northern hemisphere. */
    private static int seasonStart(String name) {
        return switch (name) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 12;
        };
    }

    /** "stood at 27.4 percent at the end of the third quarter" (a reading), not "a cut by the end of the first quarter". */
    private static final Pattern END_OF_BEFORE = Pattern.compile("(?i)\\bat\\s+the\\s+end\\s+of\\s+$");
    /**
     * "expired at the end of 2025", "not expected until the end of the year": a year's end as a point in time, read as
     * its December. Wider than {@link #END_OF_BEFORE}: writers give "until the end of the year" its December; no line of
     * the evaluation set has "until the end of" a quarter, so the quarter's check keeps to "at".
     */
    private static final Pattern AT_THE_END_OF = Pattern.compile(
            "(?i)\\b(?:at|until|till)\\s+the\\s+end\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern BY_THE_END_OF = Pattern.compile("(?i)\\bby\\s+the\\s+end\\s+of\\s+$");

    /** "Vacancy stood at 27.4 percent at the end of the third quarter": the quarter's last month. */
    private static Resolution endOfAQuarter(Resolution quarter, String before) {
        if (quarter == null || quarter.date() == null || quarter.endDate() == null
                || !END_OF_BEFORE.matcher(before).find()) {
            return quarter;
        }
        return new Resolution(quarter.endDate(), null, false, quarter.basis() + "; its end, so its last month",
                quarter.anchor());
    }

    /** Calendar quarters; approximate, as a company's fiscal quarter may not follow the calendar. */
    private Resolution quarter(Matcher m, Context c) {
        boolean explicitYear = m.group("year") != null || m.group("qyear") != null;
        if (!explicitYear && FISCAL_BEFORE.matcher(c.sentence().substring(0, m.start())).find()
                && !COMPOUND_QUARTER.matcher(m.group()).find()) {
            // "in its fiscal third quarter": a company's, whose months the calendar does not give
            return Resolution.unsettled("a fiscal quarter, whose months the text does not give");
        }
        if (GAME_PLAY.matcher(c.sentence()).find() || !explicitYear && m.group("rely") == null && gameReport()) {
            // "a tie that had stood since early in the fourth quarter", with "1:12 left"; "Neither team scored in the
            // third quarter" in a report of touchdowns: a quarter of a game
            return NOT_A_DATE;
        }
        String ordinal = lower(m.group("ord"));
        String rely = m.group("rely");
        boolean followedByOf = m.end() < c.sentence().length()
                && c.sentence().substring(m.end()).matches("(?is)\\s+of\\s.*");
        if (followedByOf && !explicitYear && rely == null) {
            return NOT_A_DATE;
        }
        if (!explicitYear && rely == null && COMPOUND_QUARTER.matcher(m.group()).find()
                && !BUSINESS_NOUN_AFTER.matcher(c.sentence().substring(m.end())).lookingAt()) {
            // "a fourth-quarter touchdown", "two fourth-quarter scores": a quarter of a game
            return NOT_A_DATE;
        }
        YearMonth now = YearMonth.from(published);
        int currentQuarter = (now.getMonthValue() - 1) / 3 + 1;
        YearMonth currentStart = YearMonth.of(now.getYear(), (currentQuarter - 1) * 3 + 1);
        YearMonth start;
        String how;
        if (ordinal.equals("last") && !explicitYear && rely == null) {
            // "last quarter", "in the last quarter alone": the one before (only "the final quarter" is the fourth)
            start = currentStart.minusMonths(3);
            how = relative + ": the quarter before the one it falls in";
        } else {
            int quarter = m.group("q") != null ? Integer.parseInt(m.group("q")) : switch (ordinal) {
                case "first", "1st" -> 1;
                case "second", "2nd" -> 2;
                case "third", "3rd" -> 3;
                default -> 4;
            };
            int month = (quarter - 1) * 3 + 1;
            if (explicitYear) {
                start = YearMonth.of(Integer.parseInt(m.group("year") != null ? m.group("year") : m.group("qyear")),
                        month);
                how = "a quarter and year given in the text";
            } else if (rely != null) {
                start = YearMonth.of(now.getYear() + yearStep(rely), month);
                how = relative + ": a quarter of the year \"" + rely.toLowerCase(Locale.ROOT) + " year\" names";
            } else if (quarter == currentQuarter) {
                start = currentStart;
                how = relative + ": published in it, the quarter under way";
            } else {
                Direction direction = direction(c, m.start(), m.end());
                YearMonth thisYear = YearMonth.of(now.getYear(), month);
                YearMonth past = quarter < currentQuarter ? thisYear : thisYear.minusYears(1);
                YearMonth future = quarter > currentQuarter ? thisYear : thisYear.plusYears(1);
                if (direction == Direction.PAST && ChronoUnit.MONTHS.between(past.plusMonths(3), now) >= 6) {
                    // "swung to a loss in its fourth quarter", published in September: results come within weeks of
                    // a quarter's end, so a calendar quarter this far back is more likely the company's fiscal one
                    return Resolution.unsettled("the last such calendar quarter ended more than six months before"
                            + " publication: a company's fiscal quarter is more likely meant");
                } else if (direction == Direction.PAST) {
                    start = past;
                    how = relative + ": past tense, the last such quarter";
                } else if (direction == Direction.FUTURE) {
                    start = future;
                    how = relative + ": future tense, the next such quarter";
                } else {
                    long before = ChronoUnit.MONTHS.between(past, currentStart);
                    long after = ChronoUnit.MONTHS.between(currentStart, future);
                    if (before == after) {
                        return Resolution.unsettled("no tense says whether the quarter before or after publication"
                                + " is meant");
                    }
                    start = before < after ? past : future;
                    how = relative + ": no tense cue, the nearest such quarter";
                }
            }
        }
        return new Resolution(monthDate(start), monthDate(start.plusMonths(2)), true, how + ", " + monthName(start)
                + " to " + monthName(start.plusMonths(2)) + " (approximate: a fiscal quarter may differ from the"
                + " calendar's)", explicitYear ? null : publishedDay);
    }

    // ---------------------------------------------------------------- relative to publication

    private Resolution weekday(Matcher m, Context c) {
        DayOfWeek target = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        String name = m.group("weekday");
        LocalDate date;
        String how;
        // "Friday is also International Women's Day": a day named as the subject of "is" is one still to come
        Direction direction = mod.isEmpty() && m.start() == 0 && WEEKDAY_IS.matcher(c.sentence().substring(m.end()))
                .lookingAt() ? Direction.FUTURE : direction(c, m.start(), m.end());
        if (inSpanOfHours(c, m.start())) {
            // "a warning from midday on Saturday until 06:00 on Sunday": the span's tense is not the sentence's
            return Resolution.unsettled("a span of hours across days, whose week the text does not give");
        }
        boolean theBefore = THE_BEFORE.matcher(c.sentence().substring(0, m.start())).find();
        Matcher fromEvent = FROM_AN_EVENT.matcher(c.sentence()).region(m.end(), c.sentence().length());
        if (theBefore && fromEvent.lookingAt()) {
            Matcher holiday = HOLIDAY.matcher(c.sentence()).region(fromEvent.end() - 1, c.sentence().length());
            Resolution day = holiday.lookingAt() ? holiday(holiday, c) : null;
            if (day != null && day.date() != null && day.date().precision() == DatePrecision.DAY) {
                // "the Sunday after Thanksgiving": counted from the holiday, in the year its own tense or year gives
                boolean after = fromEvent.group().strip().toLowerCase(Locale.ROOT).matches("(?:after|following)\\s.*");
                LocalDate from = LocalDate.parse(day.date().value());
                LocalDate counted = after ? from.with(TemporalAdjusters.next(target)) : from.with(TemporalAdjusters.previous(target));
                return new Resolution(dayDate(counted), null, false, day.basis() + "; the " + name + (after ? " after" : " before")
                        + " it", day.anchor());
            }
            // "the Monday before the vote": counted from an event, not from publication
            return Resolution.unsettled("the " + name + " is counted from an event, not from publication");
        }
        if (theBefore && mod.isEmpty() && NAME_AFTER.matcher(c.sentence().substring(m.end())).lookingAt()) {
            // "The queue stretched past the Tuesday Market Place", "the Sunday Times": a name, not a day
            return NOT_A_DATE;
        }
        if ((theBefore || THE_NTH_BEFORE.matcher(c.sentence().substring(0, m.start())).find()) && mod.isEmpty()
                && NO_NOUN_AFTER.matcher(c.sentence().substring(m.end())).lookingAt()) {
            // "The festival closes at 5pm on the Sunday": the Sunday of a week the text gave before
            return Resolution.unsettled("\"the " + name + "\" is the " + name + " of a week the text gave before, not"
                    + " one counted from publication");
        }
        if (WEEK_AFTER.matcher(c.sentence().substring(m.end())).lookingAt() && (mod.isEmpty() || mod.equals("on") || mod.equals("next"))) {
            // "on Tuesday week", "next Thursday week": a week after the coming Tuesday
            // said on a Thursday, "Thursday week" is a week today
            boolean weekToday = !mod.equals("next") && published.getDayOfWeek() == target;
            date = weekToday ? published.plusWeeks(1) : published.with(TemporalAdjusters.next(target)).plusWeeks(1);
            how = "\"" + name + " week\": " + (weekToday ? "a week after publication, itself a " + name
                    : "a week after the next " + name);
        } else if (mod.equals("last")) {
            date = published.with(TemporalAdjusters.previous(target));
            how = "the " + name + " before it";
            if (date.equals(published.minusDays(1))) {
                // said on a Saturday, "last Friday" may be yesterday or the Friday of the week before
                return Resolution.unsettled("\"last " + name + "\", said the day after a " + name + ", may be that day or"
                        + " the " + name + " a week before");
            }
        } else if (mod.equals("next")) {
            date = published.with(TemporalAdjusters.next(target));
            how = "the " + name + " after it";
            if (date.equals(published.plusDays(1))) {
                // "will be held next Friday", said on a Thursday: not tomorrow, which it would call "tomorrow"
                date = date.plusWeeks(1);
                how = "\"next " + name + "\" said the day before one: the " + name + " of the week after";
            }
        } else if (direction == Direction.OPEN && (REPORTED_FORECAST.matcher(c.sentence()).find()
                || FORECAST_THEN_SOURCE.matcher(c.sentence()).find() || SHOULD.matcher(c.sentence()).find()
                || DEADLINE_BEFORE.matcher(c.sentence().substring(0, m.start())).find())
                && !(mod.isEmpty() && ADJECTIVE_BEFORE.matcher(c.sentence().substring(0, m.start())).find())) {
            // "Meteorologist Gerald Cheng said the heaviest bursts would likely come during the Tuesday morning
            // commute", "Drier air should move in by Wednesday", "may not be known until Saturday": a forecast,
            // an expectation or a deadline as the story is told looks ahead from publication
            date = published.with(TemporalAdjusters.nextOrSame(target));
            how = "a forecast, plan or deadline with \"would\", \"should\", \"may\" or \"likely to\": the next " + name;
        } else if (direction == Direction.OPEN) {
            return Resolution.unsettled("\"would\" looks ahead from a moment the text does not date, so this "
                    + name + " may be before or after publication");
        } else if (direction == Direction.FUTURE || mod.equals("this") && direction != Direction.PAST) {
            date = published.with(TemporalAdjusters.nextOrSame(target));
            String because = mod.equals("this") ? "\"this\"" : Tense.governing(c.sentence(), c.cues(), m.start(),
                    m.end()) == null || timetableVerbRightBefore(c, m.start()) ? "a timetable or deadline in the present tense"
                    : "future tense";
            how = date.equals(published) ? because + ", published on a " + name + ": that day"
                    : because + ": the next " + name;
        } else if (direction == Direction.CLOSEST) {
            LocalDate before = published.with(TemporalAdjusters.previousOrSame(target));
            LocalDate after = published.with(TemporalAdjusters.nextOrSame(target));
            date = ChronoUnit.DAYS.between(before, published) <= ChronoUnit.DAYS.between(published, after) ? before : after;
            how = "a plan or deadline told in the past: the nearest " + name;
        } else if (direction == Direction.NEAREST && (CAN_BEFORE.matcher(c.sentence().substring(
                clauseStart(c.sentence(), m.start()), m.start())).find() || STARTING.matcher(c.sentence().substring(0,
                m.start())).matches() && CAN_BEFORE.matcher(c.sentence().substring(m.end())).find())) {
            // "Appointments can be booked from Saturday", "Residents can make their case at a hearing on Monday",
            // "Starting Wednesday, workers can put up to $23,500 into a 401(k)"
            date = published.with(TemporalAdjusters.nextOrSame(target));
            how = "what can be done from or on that day lies ahead: the next " + name;
        } else if (direction == Direction.NEAREST && target != published.getDayOfWeek()) {
            return Resolution.unsettled("no tense says whether the " + name + " before or after publication is meant");
        } else {
            date = published.with(TemporalAdjusters.previousOrSame(target));
            how = date.equals(published) ? "published on a " + name + ": that day" : "the most recent " + name;
        }
        if (WEEK_ENDING.matcher(c.sentence().substring(0, m.start())).find()) {
            // "in the week to Sunday": the seven days up to it, so their month or months
            return monthsOfDays(date.minusDays(6), date, relative + " (" + weekdayName(published) + "): " + how
                    + "; the week ending on it, " + date.minusDays(6) + " to " + date + " (a week gives no day, so its month",
                    publishedDay);
        }
        return new Resolution(dayDate(date), null, false, relative + " (" + weekdayName(published) + "): " + how,
                publishedDay);
    }

    /** Whether the day at {@code start} opens or closes a span of hours ("from midday on Saturday until 06:00"). */
    private static boolean inSpanOfHours(Context c, int start) {
        return TIMED_SPAN_BEFORE.matcher(c.sentence().substring(0, start)).find()
                && FROM_UNTIL.matcher(c.sentence()).find();
    }

    /** Several days of one month: the month the first of them falls in, as the weekday or tense settles it. */
    private Resolution daysOfAMonth(Matcher m, Context c) {
        Resolution first = weekdayAndDate(m, c);
        if (first == null || first.date() == null) {
            return first;
        }
        return new Resolution(monthDate(YearMonth.from(LocalDate.parse(first.date().value()))), null, false,
                first.basis() + "; several days give no single day, so their month", first.anchor());
    }

    /** The first day of the span without a year that contains the publication day, or null. */
    private LocalDate spanUnderWay(int startMonth, int firstDay, int endMonth, int lastDay) {
        for (int year = published.getYear() - 1; year <= published.getYear(); year++) {
            try {
                LocalDate first = LocalDate.of(year, startMonth, firstDay);
                LocalDate last = LocalDate.of(startMonth <= endMonth ? year : year + 1, endMonth, lastDay);
                if (!published.isBefore(first) && !published.isAfter(last)) {
                    return first;
                }
            } catch (DateTimeException notACalendarDate) {
                return null;
            }
        }
        return null;
    }

    private Resolution weekendOfDay(Matcher m, Context c) {
        Resolution day = dayWithoutYear(month(m), Integer.parseInt(m.group("day")), null, c, m.start(), m.end());
        if (day == null || day.date() == null) {
            return day;
        }
        // "the weekend of 29 November", a Friday, runs from Saturday 30 November to Sunday 1 December: both months
        LocalDate named = LocalDate.parse(day.date().value());
        YearMonth from = YearMonth.from(named.getDayOfWeek() == DayOfWeek.SUNDAY ? named.minusDays(1) : named);
        YearMonth to = YearMonth.from(named.getDayOfWeek().getValue() >= 5
                ? named.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) : named);
        return new Resolution(monthDate(from), from.equals(to) ? null : monthDate(to), false,
                day.basis() + "; a weekend gives no single day, so its month" + (from.equals(to) ? "" : "s"), day.anchor());
    }

    private Resolution weekdayPair(Matcher m, Context c) {
        Resolution first = weekday(m, c);
        if (first == null || first.date() == null) {
            return first;
        }
        LocalDate day = LocalDate.parse(first.date().value());
        LocalDate second = day.with(TemporalAdjusters.next(DayOfWeek.valueOf(
                m.group("weekday2").toUpperCase(Locale.ROOT))));
        YearMonth from = YearMonth.from(day);
        YearMonth to = YearMonth.from(second);
        return new Resolution(monthDate(from), from.equals(to) ? null : monthDate(to), false, first.basis() + ", and "
                + second + " (two days, so their month" + (from.equals(to) ? ")" : "s)"), first.anchor());
    }

    /** "Monday the 29th": the nearest month, within two months of publication, where the 29th is a Monday. */
    private Resolution weekdayTheOrdinal(Matcher m, Context c) {
        DayOfWeek named = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        int day = Integer.parseInt(m.group("day"));
        LocalDate best = null;
        for (int step = -2; step <= 2; step++) {
            YearMonth month = YearMonth.from(published).plusMonths(step);
            if (month.isValidDay(day) && month.atDay(day).getDayOfWeek() == named && (best == null
                    || Math.abs(ChronoUnit.DAYS.between(published, month.atDay(day)))
                    < Math.abs(ChronoUnit.DAYS.between(published, best)))) {
                best = month.atDay(day);
            }
        }
        if (best == null) {
            return Resolution.unsettled("no month near publication has a " + weekdayName(named) + " the " + day
                    + ordinalSuffix(day));
        }
        return new Resolution(dayDate(best), null, false, relative + ": the nearest month whose " + day
                + ordinalSuffix(day) + " is a " + weekdayName(named), publishedDay);
    }

    private static String ordinalSuffix(int day) {
        return day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd"
                : "th";
    }

    /** A weekend gives no single day: the month of its Saturday, and of its Sunday when that is the next. */
    private Resolution weekend(Matcher m, Context c) {
        String det = m.group("det").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (det.equals("the") && (m.group("prep") == null && m.group("spent") == null || OF_AFTER.matcher(c.sentence().substring(m.end())).lookingAt())) {
            // "over the weekend of 17 and 18 October": the days after it say which weekend; "spent the weekend" is one
            return NOT_A_DATE;
        }
        DayOfWeek today = published.getDayOfWeek();
        boolean inWeekend = today == DayOfWeek.SATURDAY || today == DayOfWeek.SUNDAY
                || today == DayOfWeek.MONDAY && m.group("holiday") != null;
        LocalDate thisWeekend = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        if (!inWeekend) {
            thisWeekend = published.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        }
        LocalDate lastWeekend = inWeekend ? thisWeekend.minusWeeks(1)
                : published.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        Direction direction = direction(c, m.start(), m.end());
        if (isUndirected(direction) && m.group("prep") != null
                && DEADLINE_WORDS.contains(m.group("prep").toLowerCase(Locale.ROOT))) {
            // "with lows near zero by the weekend": a deadline lies ahead
            direction = Direction.FUTURE;
        }
        LocalDate saturday;
        String how;
        if (det.endsWith("past") || det.equals("last")) {
            saturday = lastWeekend;
            how = "the weekend before it";
        } else if (det.equals("next")) {
            // "next weekend", published on a Thursday or a Sunday: not the coming one ("this weekend") but the one after
            saturday = thisWeekend.plusWeeks(1);
            how = "\"next weekend\": the one after " + (inWeekend ? "this one" : "the coming one");
        } else if (inWeekend && today == DayOfWeek.SUNDAY && direction == Direction.FUTURE && !det.equals("this")
                && "by".equalsIgnoreCase(m.group("prep"))) {
            // "expects a calmer spell by the weekend", on a Sunday: the weekend still to come (not "closed through the
            // holiday weekend", which may be the one under way)
            saturday = thisWeekend.plusWeeks(1);
            how = "published on a Sunday, future tense: the coming weekend";
        } else if (inWeekend) {
            saturday = thisWeekend;
            how = "published at the weekend: that weekend";
        } else if (direction == Direction.PAST && !(det.equals("this") && today.compareTo(DayOfWeek.WEDNESDAY) >= 0)) {
            // from Wednesday on, "this weekend" is the coming one even in reported speech ("said … this weekend was")
            saturday = lastWeekend;
            how = "past tense: the weekend before it";
        } else if (direction == Direction.FUTURE || det.equals("this")) {
            saturday = thisWeekend;
            how = (det.equals("this") ? "\"this weekend\"" : "future tense") + ": the coming weekend";
        } else if (today == DayOfWeek.MONDAY || today == DayOfWeek.TUESDAY) {
            saturday = lastWeekend;
            how = "no tense cue, published on a " + weekdayName(today) + ": the weekend just past";
        } else {
            return Resolution.unsettled("no tense says whether the weekend before or after publication is meant");
        }
        // a holiday weekend runs to its Monday; Thanksgiving's, from its Thursday to the Sunday
        boolean holiday = m.group("holiday") != null;
        LocalDate thursday = saturday.minusDays(2);
        boolean thanksgiving = holiday && thursday.equals(usThanksgiving(thursday.getYear()))
                && !m.group("holiday").toLowerCase(Locale.ROOT).startsWith("bank");
        LocalDate firstDay = thanksgiving ? thursday : saturday;
        LocalDate lastDay = saturday.plusDays(holiday && !thanksgiving ? 2 : 1);
        YearMonth first = YearMonth.from(firstDay);
        YearMonth last = YearMonth.from(lastDay);
        return new Resolution(monthDate(first), first.equals(last) ? null : monthDate(last), false,
                relative + " (" + weekdayName(published) + "): " + how + ", " + (thanksgiving ? "Thanksgiving " + thursday
                        : "Saturday " + saturday) + (holiday ? " to " + weekdayName(lastDay) + " " : " and Sunday ") + lastDay
                        + " (a weekend gives no single day, so its"
                        + " month" + (first.equals(last) ? ")" : "s)"), publishedDay);
    }

    private static Resolution ordinalDayOfThatMonth(Matcher m, Context c) {
        ResolvedDate base = earlierDate(c, m.start(), DatePrecision.MONTH);
        if (base == null) {
            return Resolution.unsettled("\"that month\" counts from a month the paragraph does not give before it");
        }
        YearMonth month = YearMonth.from(LocalDate.parse(padded(base.date())));
        int day = Integer.parseInt(m.group("day"));
        if (!month.isValidDay(day)) {
            return null;
        }
        return new Resolution(dayDate(month.atDay(day)), null, false, linkedTo("that month", base), base.date());
    }

    private Resolution ordinalDayOfRelativeMonth(Matcher m, Context c) {
        YearMonth month = YearMonth.from(published).plusMonths(yearStep(m.group("rel")));
        int day = Integer.parseInt(m.group("day"));
        if (!month.isValidDay(day)) {
            return null;
        }
        String which = switch (yearStep(m.group("rel"))) {
            case -1 -> "the month before";
            case 1 -> "the month after";
            default -> "the same month";
        };
        return new Resolution(dayDate(month.atDay(day)), null, false, relative + ": day " + day + " of " + which,
                publishedDay);
    }

    /** "two down after the 11th but … on the 17th green": holes, not days. */
    private static final Pattern HOLES = Pattern.compile("(?i)\\b(?:holes?|green|fairway)\\b");

    /** "on the 3rd": a day of the month of publication, or of the month before or after as the tense says. */
    private Resolution ordinalDay(Matcher m, Context c) {
        if (HOLES.matcher(c.sentence()).find()) {
            return NOT_A_DATE;
        }
        int day = Integer.parseInt(m.group("day"));
        YearMonth month = YearMonth.from(published);
        boolean since = m.group("prep").equalsIgnoreCase("since");
        Direction direction = since ? Direction.PAST : direction(c, m.start(), m.end());
        Resolution ofTheMonthGiven = since ? null : dayOfTheMonthGiven(day, direction, c);
        if (ofTheMonthGiven != null) {
            return ofTheMonthGiven;
        }
        String how = "a day of the month it was published in";
        if (isUndirected(direction) && DEADLINE_WORDS.contains(m.group("prep").toLowerCase(Locale.ROOT))) {
            // "Nominations can be filed until the 28th": a deadline lies ahead
            direction = Direction.FUTURE;
        }
        if (isUndirected(direction)) {
            return nearestOrdinalDay(day, direction);
        }
        if (direction == Direction.PAST && day > published.getDayOfMonth()) {
            month = month.minusMonths(1);
            how = "past tense, a day after publication's: that day of the month before";
        } else if (direction == Direction.FUTURE && day < published.getDayOfMonth()) {
            month = month.plusMonths(1);
            how = "future tense, a day before publication's: that day of the month after";
        }
        if (!month.isValidDay(day)) {
            return null;
        }
        if (SECOND_ORDINAL.matcher(c.sentence().substring(m.end())).lookingAt()) {
            // "two concerts, on the 14th and 15th": two days, so their month
            return new Resolution(monthDate(month), null, false, relative + ": " + how + "; with the day after \"and\","
                    + " two days, so their month", publishedDay);
        }
        return new Resolution(dayDate(month.atDay(day)), null, false, relative + ": " + how, publishedDay);
    }

    /**
     * "The money arrived last December. … landed on her doormat on the 19th": a day of the month the
     * paragraph gave last, when that month is over and the tense is past.
     */
    private Resolution dayOfTheMonthGiven(int day, Direction direction, Context c) {
        ResolvedDate given = c.earlier();
        YearMonth month;
        if (direction == Direction.FUTURE && given != null && given.precision() == DatePrecision.DAY
                && given.endDate() == null) {
            // "A late-night opening is planned for Saturday 14 December. … The choir will sing on the 21st."
            month = YearMonth.from(LocalDate.parse(given.date().value()));
            if (!month.isAfter(YearMonth.from(published)) || !month.isValidDay(day)) {
                return null;
            }
        } else {
            month = monthGivenEarlier(c);
            if (month == null || direction != Direction.PAST || !month.isValidDay(day)
                    || !month.isBefore(YearMonth.from(published))) {
                return null;
            }
        }
        return new Resolution(dayDate(month.atDay(day)), null, false, "a day of the month \"" + c.earlier().text()
                + "\" earlier in the paragraph gives (" + c.earlier().date().value() + ")", c.earlier().date());
    }

    /**
     * The day in the two months after the paragraph's last day told, when that day lies years before publication;
     * else null.
     */
    private LocalDate dayOfParagraphsPast(Context c, int month, int day) {
        ResolvedDate given = c.anchor();
        if (given == null || given != c.earlier() || given.endDate() != null) {
            return null;
        }
        LocalDate from = LocalDate.parse(padded(given.date()));
        LocalDate inPast = Math.floorMod(month - from.getMonthValue(), 12) > 2 ? null
                : dayOfStory(YearMonth.from(from), month, day);
        return inPast == null || published.getYear() - inPast.getYear() < 2 || inPast.isBefore(from) ? null : inPast;
    }

    /** The month the paragraph's last date gave, when that date is one month and no span; else null. */
    private static YearMonth monthGivenEarlier(Context c) {
        ResolvedDate given = c.earlier();
        return given == null || given.precision() != DatePrecision.MONTH || given.endDate() != null ? null
                : YearMonth.from(LocalDate.parse(padded(given.date())));
    }

    /**
     * Without a tense, "on the 15th" is of the month of publication when within half a month of
     * its day; otherwise, as "on the 5th" published on 30 December, the nearest one (5 January).
     */
    private Resolution nearestOrdinalDay(int day, Direction direction) {
        YearMonth current = YearMonth.from(published);
        if (current.isValidDay(day) && Math.abs(day - published.getDayOfMonth()) <= HALF_A_MONTH) {
            return new Resolution(dayDate(current.atDay(day)), null, false, relative
                    + ": a day of the month it was published in", publishedDay);
        }
        LocalDate best = null;
        for (YearMonth month : List.of(current.minusMonths(1), current.plusMonths(1))) {
            if (month.isValidDay(day) && isBetter(direction, ChronoUnit.DAYS.between(published, month.atDay(day)),
                    best == null ? null : ChronoUnit.DAYS.between(published, best))) {
                best = month.atDay(day);
            }
        }
        if (best == null) {
            return null;
        }
        return new Resolution(dayDate(best), null, false, relative + ": a day of the month, more than half a month"
                + " from publication's, so " + describe(direction) + " one", publishedDay);
    }

    private Resolution relativeDay(Matcher m) {
        String word = m.group("word").toLowerCase(Locale.ROOT);
        int days = switch (word) {
            case "the day before yesterday" -> -2;
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
        return new Resolution(dayDate(published.plusDays(days)), null, false, relative + ": " + daysApart(days),
                publishedDay);
    }

    /** "from tonight until Friday morning", "today and tomorrow": a span of days, which gives its month (or months). */
    private Resolution fromTodayUntil(Matcher m, Context c) {
        LocalDate end = m.group("weekday") == null ? published.plusDays(1)
                : published.with(TemporalAdjusters.next(DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT))));
        YearMonth first = YearMonth.from(published);
        YearMonth last = YearMonth.from(end);
        return new Resolution(monthDate(first), last.equals(first) ? null : monthDate(last), false, relative
                + ": from that day until " + end + "; a span of days gives no single day, so its month"
                + (last.equals(first) ? "" : "s"), publishedDay);
    }

    /** "\"He was outstanding today,\" said the manager after Saturday's game": today is the day it was said. */
    private static boolean spokenOnAnotherDay(Matcher m, Context c) {
        int[] quote = Tense.quoteAround(c.sentence(), m.start(), m.end());
        if (quote == null) {
            return false;
        }
        String outside = c.sentence().substring(0, quote[0]) + " " + c.sentence().substring(Math.min(quote[1] + 1,
                c.sentence().length()));
        return OUTSIDE_DAY.matcher(outside).find();
    }

    private static String daysApart(int days) {
        return switch (days) {
            case -2 -> "two days before";
            case -1 -> "the day before";
            case 0 -> "the same day";
            case 1 -> "the day after";
            case 2 -> "two days after";
            default -> Math.abs(days) + " days " + (days < 0 ? "before" : "after");
        };
    }

    /** "by the end of the year": the year of publication, unless the past tense may mean the one before. */
    private Resolution periodEnd(Matcher m, Context c) {
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        Direction direction = direction(c, m.start(), m.end());
        if (direction == Direction.PAST) {
            return Resolution.unsettled("in the past tense \"the " + unit + "\" may be the one before publication");
        }
        String part = m.group("part").toLowerCase(Locale.ROOT);
        String how = relative + ": the " + part + " of the " + unit + " it was published in";
        return switch (unit) {
            case "year" -> theEndBefore(AT_THE_END_OF, c.sentence(), m.start("unit"))
                    ? yearsDecember(published.getYear(), relative + ": the year it was published in", publishedDay)
                    : new Resolution(yearDate(published.getYear()), null, false, how, publishedDay);
            case "month" -> new Resolution(monthDate(YearMonth.from(published)), null, false, how, publishedDay);
            default -> stretchOfThisWeek(part, how);
        };
    }

    /**
     * "by the end of the week" in a week that runs into the next month: its Thursday to Sunday, as their month or
     * months (its start is its Monday and Tuesday, its middle its Tuesday to Thursday).
     */
    private Resolution stretchOfThisWeek(String part, String how) {
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int[] days = switch (part) {
            case "end", "close" -> new int[] {3, 6};
            case "middle" -> new int[] {1, 3};
            default -> new int[] {0, 1};
        };
        LocalDate first = monday.plusDays(days[0]);
        LocalDate last = monday.plusDays(days[1]);
        return monthsOfDays(first, last, how + ", " + first + " to " + last + " (a part of a week gives no single day,"
                + " so its month", publishedDay);
    }

    /** "in the new year" is the next one from October to December; earlier in the year it may be any new year. */
    private Resolution newYearAhead(Matcher m) {
        if (published.getMonthValue() < 10) {
            return NOT_A_DATE;
        }
        if (m.group("from") != null) {
            return new Resolution(monthDate(YearMonth.of(published.getYear() + 1, 1)), null, false, relative
                    + ": \"from the new year\", late in a year, is the next January", publishedDay);
        }
        if (m.group("early") == null) {
            return Resolution.unsettled("\"in the new year\" is the next January to some readers and the next year to"
                    + " others");
        }
        return new Resolution(yearDate(published.getYear() + 1), null, false, relative + ": \"early in the new year\", late"
                + " in a year, is the year after", publishedDay);
    }

    private Resolution window(Matcher m, Context c) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        if (m.group("n") == null && !unit.equals("fortnight") && !unit.equals("week")
                || c.sentence().startsWith(" before ", m.end())) {
            // "in the coming months": no length given; "in the last three days before a deadline": not counted from now
            return NOT_A_DATE;
        }
        int amount = m.group("n") == null ? 1 : amount(m);
        boolean ahead = rel.equals("coming") || rel.equals("next");
        if (!ahead && direction(c, m.start(), m.end()) == Direction.FUTURE || ahead && direction(c, m.start(), m.end())
                == Direction.PAST) {
            // "over the next fortnight" told of a past story counts from a day of its own
            return Resolution.unsettled("the tense does not fit a span counted from publication");
        }
        if (unit.equals("months")) {
            YearMonth now = YearMonth.from(published);
            YearMonth other = ahead ? now.plusMonths(amount) : now.minusMonths(amount);
            // published on the 1st, "the past three months" are the three whole months before it
            YearMonth last = !ahead && published.getDayOfMonth() == 1 ? now.minusMonths(1) : now;
            return new Resolution(monthDate(ahead ? now : other), monthDate(ahead ? other : last), false, relative + ": the "
                    + amount + " months " + (ahead ? "after" : "before") + " it, " + (ahead ? monthName(now) + " to "
                    + monthName(other) : monthName(other) + " to " + monthName(last)), publishedDay);
        }
        int days = switch (unit) {
            case "fortnight" -> 14 * amount;
            case "weeks", "week" -> 7 * amount;
            default -> amount;
        };
        LocalDate first = ahead ? published.plusDays(1) : published.minusDays(days);
        LocalDate last = ahead ? published.plusDays(days) : published;
        return monthsOfDays(first, last, relative + ": the " + days + " days " + (ahead ? "after" : "up to") + " it, "
                + first + " to " + last + " (a span of days gives no single day, so its month", publishedDay);
    }

    /** "for the rest of the week": from publication to its Sunday; "the rest of the weekend": its days still to come. */
    private Resolution restOfWeek(Matcher m, Context c) {
        LocalDate sunday = published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        boolean weekend = m.group("unit").equalsIgnoreCase("weekend");
        LocalDate first = weekend && published.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) < 0
                ? published.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)) : published;
        return monthsOfDays(first, sunday, relative + ": the rest of the " + (weekend ? "weekend" : "week") + ", " + first
                + " to " + sunday + " (a span of days gives no single day, so its month", publishedDay);
    }

    private Resolution partOfTheWeek(Matcher m, Context c) {
        if (direction(c, m.start(), m.end()) != Direction.FUTURE) {
            return Resolution.unsettled("only a forecast or plan says which week's days are meant");
        }
        boolean weekendNow = published.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
        LocalDate monday = mondayOfWeek(weekendNow ? 1 : 0);
        String part = m.group("mid") != null ? "middle" : m.group("part").toLowerCase(Locale.ROOT).startsWith("late")
                ? "end" : "start";
        LocalDate first = switch (part) {
            case "middle" -> monday.plusDays(1);
            case "end" -> monday.plusDays(3);
            default -> monday;
        };
        LocalDate last = part.equals("start") ? monday.plusDays(1) : part.equals("middle") ? monday.plusDays(3)
                : monday.plusDays(6);
        if (first.isBefore(published)) {
            first = published;
        }
        if (last.isBefore(first)) {
            return Resolution.unsettled("that part of the week is over");
        }
        return monthsOfDays(first, last, relative + ": the " + part + " of the " + (weekendNow ? "coming" : "same")
                + " week, " + first + " to " + last + " (no single day, so its month", publishedDay);
    }

    private Resolution leapDay(Matcher m, Context c) {
        if (m.group("year") != null) {
            // "born on Leap Day 1940"
            int year = Integer.parseInt(m.group("year"));
            return Year.isLeap(year) ? new Resolution(dayDate(LocalDate.of(year, 2, 29)), null, false,
                    "29 February of a year given in the text", null) : null;
        }
        Direction direction = m.group("rel") == null ? direction(c, m.start(), m.end()) : Direction.PAST;
        int year = published.getYear();
        LocalDate past = null;
        LocalDate ahead = null;
        for (int y = year - 4; y <= year + 4; y++) {
            if (Year.isLeap(y)) {
                LocalDate day = LocalDate.of(y, 2, 29);
                if (!day.isAfter(published) && !(day.equals(published) && m.group("rel") != null)) {
                    past = day;
                } else if (ahead == null) {
                    ahead = day;
                }
            }
        }
        LocalDate chosen = direction == Direction.PAST ? past : direction == Direction.FUTURE ? ahead : null;
        if (chosen == null) {
            return Resolution.unsettled("no tense says whether the leap day before or after publication is meant");
        }
        return new Resolution(dayDate(chosen), null, false, relative + ": " + (direction == Direction.PAST
                ? "the last leap day before it" : "the next leap day"), publishedDay);
    }

    /** "will remain high for the rest of the month": the month of publication; in the past, a month told before. */
    private Resolution restOf(Matcher m, Context c) {
        Direction direction = direction(c, m.start(), m.end());
        if (direction == Direction.PAST || direction == Direction.CLOSEST) {
            return Resolution.unsettled("in the past tense \"the rest of the " + m.group("unit").toLowerCase(Locale.ROOT)
                    + "\" may be of a month or year the text told of before");
        }
        boolean month = m.group("unit").equalsIgnoreCase("month");
        return new Resolution(month ? monthDate(YearMonth.from(published)) : yearDate(published.getYear()), null, false,
                relative + ": what is left of the " + (month ? "month" : "year") + " it was published in", publishedDay);
    }

    private static final Pattern SAME_WEEKEND_BEFORE = Pattern.compile("(?i)\\bthe\\s+same\\s+(?:holiday\\s+)?weekend\\s+$");

    private Resolution relativePeriod(Matcher m, Context c) {
        if (AGO_BEFORE.matcher(c.sentence().substring(0, m.start())).find()) {
            // "Thirty years ago this week": the week is the offset's, which gives the date
            return NOT_A_DATE;
        }
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        if (rel.equals("last") && m.group("unit").equalsIgnoreCase("year") && m.start("rel") == m.start()
                && THE_BEFORE.matcher(c.sentence().substring(0, m.start())).find()) {
            // "over the last year", "2019, the last year before the pandemic": a span of time or an ordinal, not
            // the year before
            return NOT_A_DATE;
        }
        int step = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
        if (step == -1 && m.group("unit").equalsIgnoreCase("year") && SAME_WEEKEND_BEFORE.matcher(c.sentence()
                .substring(0, m.start())).find()) {
            // "Six people died over the same weekend last year": the month of publication's weekend, a year back
            return new Resolution(monthDate(YearMonth.from(published).minusYears(1)), null, false, relative
                    + ": the same weekend of the year before, so its month", publishedDay);
        }
        String which = switch (step) {
            case -1 -> "the %s before";
            case 1 -> "the %s after";
            default -> "the same %s";
        };
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            // "by the end of this year" too: writers give it its December, though "by the end of the year" its year
            case "year" -> theEndBefore(AT_THE_END_OF, c.sentence(), m.start("rel"))
                    || step == 0 && theEndBefore(BY_THE_END_OF, c.sentence(), m.start("rel"))
                    ? yearsDecember(published.getYear() + step, relative + ": " + which.formatted("year"), publishedDay)
                    : new Resolution(yearDate(published.getYear() + step), null, false,
                    relative + ": " + which.formatted("year"), publishedDay);
            case "month" -> new Resolution(monthDate(YearMonth.from(published).plusMonths(step)), null, false,
                    relative + ": " + which.formatted("month"), publishedDay);
            default -> WEEKS_WEEKEND.matcher(c.sentence().substring(m.end())).lookingAt()
                    && m.group().equalsIgnoreCase(m.group("rel") + " week") ? weekendOfWeek(step, m.group())
                    : step == 0 && EARLIER_OR_LATER.matcher(m.group()).lookingAt()
                    ? partOfThisWeek(m.group().toLowerCase(Locale.ROOT).startsWith("earlier"))
                    : EARLY_OR_LATE.matcher(m.group()).lookingAt()
                    ? partOfWeek(step, m.group().toLowerCase(Locale.ROOT).startsWith("early"), m.group())
                    : dayOfTheWeek(m, c, step).orElseGet(() -> thisWeek(m, c, step, which));
        };
    }

    private Resolution thisWeek(Matcher m, Context c, int step, String which) {
        Direction direction = step == 0 ? direction(c, m.start(), m.end()) : null;
        if (direction == Direction.PAST) {
            return weekSoFar(POSSESSIVE_AFTER.matcher(c.sentence().substring(m.end())).lookingAt());
        }
        if (step == 0 && published.getDayOfWeek() == DayOfWeek.SUNDAY) {
            // "Westbrook moves on to the state tournament this week", published on a Sunday: its week has ended
            return week(1, relative + " (Sunday): not in the past tense, the week ahead");
        }
        return week(step, relative + ": " + which.formatted("week"));
    }

    private static final Pattern DATE_NEXT = Pattern.compile(",?\\s+(?:\\d|" + MONTH_WORD + ")");

    /** "for a Thursday night game this week": the one weekday the clause names, in the week named. */
    private Optional<Resolution> dayOfTheWeek(Matcher m, Context c, int step) {
        String after = c.sentence().substring(m.end());
        if (!m.group().equalsIgnoreCase(m.group("rel") + " week") || after.startsWith("'") || after.startsWith("’")) {
            return Optional.empty();
        }
        int comma = c.sentence().indexOf(", ", m.end());
        int clauseStart = clauseStart(c.sentence(), m.start());
        String clause = c.sentence().substring(clauseStart, comma < 0 ? c.sentence().length() : comma);
        Set<String> named = new HashSet<>();
        Matcher weekday = SINGLE_WEEKDAY.matcher(clause);
        while (weekday.find()) {
            // "will be Saturday, April 4": a day written in full, not one of the week named
            if (!NotTheClaimsDate.qualifiesANoun(clause, weekday.start(), weekday.end()) && !DATE_NEXT.matcher(c.sentence())
                    .region(clauseStart + weekday.end(), c.sentence().length()).lookingAt()) {
                // "Tickets for the Sunday repeat sold out … last week": a kind of show, not a day of that week
                named.add(weekday.group());
            }
        }
        if (named.size() != 1) {
            return Optional.empty();
        }
        String name = named.iterator().next();
        LocalDate day = mondayOfWeek(step).with(TemporalAdjusters.nextOrSame(DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT))));
        return Optional.of(new Resolution(dayDate(day), null, false, relative + ": the " + name + " of "
                + m.group().toLowerCase(Locale.ROOT) + ", which the clause names", publishedDay));
    }

    /**
     * "It has lost 2.6% this week", published on a Friday: the week's days up to publication. When the rest of the
     * week lies in the next month, writers give it the week so far or the whole week, and it is left undated.
     */
    private Resolution weekSoFar(boolean possessive) {
        LocalDate monday = mondayOfWeek(0);
        if (!possessive && YearMonth.from(monday.plusDays(6)).isAfter(YearMonth.from(published))) {
            return Resolution.unsettled("in the past tense \"this week\" is its days so far or the whole week, whose"
                    + " rest lies in the next month, and writers read it either way");
        }
        return monthsOfDays(monday, published, relative + ": past tense, its week so far, Monday " + monday + " to "
                + published + " (no single day, so its month", publishedDay);
    }

    /** "earlier this week": its days before publication's; "later this week": those after. */
    private Resolution partOfThisWeek(boolean earlier) {
        LocalDate monday = mondayOfWeek(0);
        LocalDate sunday = monday.plusDays(6);
        LocalDate first = earlier ? monday : published.equals(sunday) ? sunday : published.plusDays(1);
        LocalDate last = earlier ? (published.equals(monday) ? monday : published.minusDays(1)) : sunday;
        return monthsOfDays(first, last, relative + ": " + (earlier ? "earlier" : "later") + " in its week, " + first
                + " to " + last + " (no single day, so its month", publishedDay);
    }

    /** "may be without power until early next week": Monday to Wednesday of the week named; "late": Thursday on. */
    private Resolution partOfWeek(int step, boolean early, String text) {
        LocalDate first = mondayOfWeek(step).plusDays(early ? 0 : 3);
        LocalDate last = first.plusDays(early ? 2 : 3);
        return monthsOfDays(first, last, relative + ": " + text.toLowerCase(Locale.ROOT) + ", " + first + " to " + last
                + " (no single day, so its month", publishedDay);
    }

    /** "over this week's extended Jubilee weekend": the Saturday and Sunday of the week named. */
    private Resolution weekendOfWeek(int step, String week) {
        LocalDate saturday = mondayOfWeek(step).plusDays(5);
        return monthsOfDays(saturday, saturday.plusDays(1), relative + ": the weekend of " + week.toLowerCase(Locale.ROOT)
                + ", " + saturday + " to " + saturday.plusDays(1) + " (a weekend gives no single day, so its month",
                publishedDay);
    }

    private Resolution week(int step, String how) {
        LocalDate monday = mondayOfWeek(step);
        LocalDate sunday = monday.plusDays(6);
        return monthsOfDays(monday, sunday, how + ", Monday " + monday + " to Sunday " + sunday
                + " (a week gives no day, so its month", publishedDay);
    }

    /** The Monday of publication's week, {@code step} weeks on. */
    private LocalDate mondayOfWeek(int step) {
        return published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
    }

    /**
     * The month of the days {@code first} to {@code last}, or their two months: {@code basis} ends in
     * "… so its month", which this closes as "month)" or "months)".
     */
    private static Resolution monthsOfDays(LocalDate first, LocalDate last, String basis, EventDate anchor) {
        YearMonth from = YearMonth.from(first);
        YearMonth to = YearMonth.from(last);
        return new Resolution(monthDate(from), from.equals(to) ? null : monthDate(to), false,
                basis + (from.equals(to) ? ")" : "s)"), anchor);
    }

    private Resolution offset(Matcher m, Context c) {
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        boolean anchored = dir.equals("before") || dir.equals("after");
        int clauseEnd = c.sentence().indexOf(',', m.end());
        // "Two days before departure, the airline canceled", "On Republic Day, three days before her death, she
        // insisted": a fronted phrase's verb follows its clause
        boolean fronted = c.cues().stream().noneMatch(cue -> cue.end() <= m.start());
        List<Tense.Cue> mainVerb = c.cues().stream().filter(cue -> cue.end() <= m.start()
                || fronted && clauseEnd > 0 && cue.start() > clauseEnd).toList();
        if (dir.equals("after") || anchored && (direction(new Context(c.sentence(), mainVerb, c.found(), c.anchor(),
                c.earlier(), c.story()), m.start(), m.end()) == Direction.PAST
                || mainVerb.stream().anyMatch(cue -> cue.kind() == Tense.Kind.PAST || cue.kind() == Tense.Kind.PERFECT))) {
            // "she said two days before the vote", "almost a week after the minister says she was told": counted
            // from an event of the sentence's own, not from publication. Only "N before X" in a sentence of the
            // present ("talks come two months before Mr Biden leaves office") dates X from publication.
            return null;
        }
        int afterEnd = clauseEnd < 0 ? c.sentence().length() : clauseEnd;
        if (anchored && (BOUND_BEFORE.matcher(c.sentence().substring(0, m.start())).find() || c.cues().stream().anyMatch(
                cue -> cue.start() >= m.end() && cue.end() <= afterEnd && cue.kind() == Tense.Kind.PAST))) {
            // "detects cancer up to three years before symptoms appear": a span of time, not a date; "traces its
            // Carnival to 1703, some 15 years before New Orleans was founded": X is past, not ahead of publication
            return null;
        }
        int amount = amount(m);
        String qualifier = m.group("qual") == null ? "" : m.group("qual").toLowerCase(Locale.ROOT);
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        if (unit.equals("fortnight")) {
            // "a fortnight ago": two weeks
            amount *= 2;
            unit = "week";
        }
        boolean approximate = !qualifier.isEmpty() && !qualifier.equals("just") && !qualifier.equals("exactly")
                || unit.equals("decade");
        // "N before X": X comes N after the sentence's present, which is the publication date.
        int sign = dir.equals("ago") || dir.equals("after") ? -1 : 1;
        ChronoUnit chronoUnit = switch (unit) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "decade" -> ChronoUnit.DECADES;
            default -> ChronoUnit.YEARS;
        };
        LocalDate date = published.plus((long) sign * amount, chronoUnit);
        String amountText = (qualifier.isEmpty() ? "" : qualifier + " ") + amount + " " + unit + (amount == 1 ? "" : "s");
        String what = switch (dir) {
            case "before" -> "what follows \"before\" comes " + amountText + " after it";
            case "after" -> "what follows \"after\" came " + amountText + " before it";
            case "from now", "from today" -> amountText + " after it";
            default -> amountText + " before it";
        };
        EventDate eventDate;
        String afterIt = c.sentence().substring(m.end());
        if (dir.equals("ago") && YEAR_AFTER_AGO.matcher(afterIt).lookingAt()) {
            return null;
        }
        boolean thisMonth = dir.equals("ago") && !approximate && unit.equals("year") && THIS_MONTH.matcher(afterIt).find();
        Matcher fromDay = DAY_AFTER_AGO.matcher(afterIt);
        Matcher season = THIS_SEASON.matcher(afterIt);
        if (dir.equals("ago") && !approximate && !unit.equals("decade") && fromDay.lookingAt()) {
            // "Five years ago today", "A year ago tomorrow": that many back from the day named, to the day
            // "Four years ago to the day" counts from the day of publication
            // "Ten years ago Saturday": the anniversary falls on that weekday near publication, more often ahead of it
            // (the coming Thursday, said on a Sunday)
            int shift = fromDay.group("weekday") != null ? Math.floorMod(DayOfWeek.valueOf(fromDay.group("weekday")
                    .toUpperCase(Locale.ROOT)).getValue() - published.getDayOfWeek().getValue() + 2, 7) - 2
                    : switch (fromDay.group(1).toLowerCase(Locale.ROOT)) {
                        case "tomorrow" -> 1;
                        case "yesterday" -> -1;
                        default -> 0;
                    };
            eventDate = dayDate(date.plusDays(shift));
            what = amountText + " before " + (fromDay.group("weekday") != null ? "the " + fromDay.group("weekday")
                    + " near it, " + published.plusDays(shift) : shift == 0 ? "it" : "the day " + (shift > 0 ? "after"
                    : "before") + " it") + " (\"" + fromDay.group(1).toLowerCase(Locale.ROOT) + "\")";
        } else if (dir.equals("ago") && !approximate && unit.equals("year") && season.lookingAt()) {
            // "Fifty years ago this summer": this year's season, that many years back
            String name = season.group("season").toLowerCase(Locale.ROOT);
            YearMonth first = thisSeason(seasonStart(name)).minusYears(amount);
            return seasonSpan(first, relative + ": " + what + ", the " + name + " of that year", publishedDay);
        } else if (thisMonth) {
            // "Ten years ago this month", "Thirty years ago this week": the month of publication, that many years back
            eventDate = monthDate(YearMonth.from(date));
            what = what + ", in the month of publication (\"this month\" or \"this week\")";
        } else if (dir.equals("ago") && unit.equals("year") && amount == 1 && !approximate) {
            // readers give "A year ago, the range stood higher" the year before, or the month a year back; "up
            // from 55 bushels a year ago" keeps the reason a point of comparison gives
            return Resolution.unsettled(NotTheClaimsDate.reason(c.sentence(), m.start(), m.end(), c.cues())
                    .orElse("\"a year ago\" is the year before or the same month a year back, and readers date it"
                            + " either way"));
        } else if (dir.equals("ago") && unit.equals("year") && qualifier.equals("exactly")) {
            // "almost exactly three years ago": the same month, that many years back
            eventDate = monthDate(YearMonth.from(date));
            what = what + ", to the month (\"exactly\")";
        } else if (unit.equals("year") || unit.equals("decade")) {
            eventDate = yearDate(date.getYear());
        } else if ((unit.equals("day") || unit.equals("week") && dir.equals("from today")) && !approximate) {
            // "a week from today" counts days from a day, as "a week earlier" does
            eventDate = dayDate(date);
        } else if (unit.equals("week") && dir.equals("ago") && amount <= 2 && !approximate
                && Tense.quoteAround(c.sentence(), m.start(), m.end()) == null) {
            // "A fortnight ago, Wales were beaten": readers count a reporter's week or two back to the day, give or
            // take one; a speaker's ("\"We made a fair offer a fortnight ago\"") and three weeks or more, to the month
            eventDate = dayDate(date);
            approximate = true;
        } else {
            eventDate = monthDate(YearMonth.from(date));
            approximate = approximate || unit.equals("week");
        }
        return new Resolution(eventDate, null, approximate, relative + ": " + what + (!approximate ? ""
                : eventDate.precision() == DatePrecision.DAY ? " (approximate)"
                : " (approximate, so to the " + eventDate.precision().wireName() + ")"),
                publishedDay);
    }

    /**
     * "in two years", "in a fortnight", "in three months' time": a span ahead of publication, when the clause looks
     * ahead; in the past ("raised $80,000 in six weeks") it is how long something took.
     */
    private Resolution inTime(Matcher m, Context c) {
        if (m.group("time") == null && direction(c, m.start(), m.end()) != Direction.FUTURE
                || THAN_BEFORE.matcher(c.sentence().substring(0, m.start())).find()) {
            // "She will earn more in a day than I earned in a fortnight": a length of time compared
            return NOT_A_DATE;
        }
        int amount = amount(m);
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String what = relative + ": " + (unit.equals("fortnight") ? amount * 14 + " days"
                : amount + " " + unit + (amount == 1 ? "" : "s")) + " after it";
        return switch (unit) {
            case "day", "fortnight" -> new Resolution(dayDate(published.plusDays((long) amount * (unit.equals("day") ? 1 : 14))),
                    null, false, what, publishedDay);
            case "week" -> new Resolution(monthDate(YearMonth.from(published.plusWeeks(amount))), null, true,
                    what + " (approximate, so to the month)", publishedDay);
            case "month" -> new Resolution(monthDate(YearMonth.from(published.plusMonths(amount))), null, false, what,
                    publishedDay);
            default -> new Resolution(yearDate(published.getYear() + amount), null, false, what, publishedDay);
        };
    }

    /** "said it expected a decision within six months": a window looked ahead to, not one of the story. */
    private static final Pattern TOLD_AHEAD = Pattern.compile("(?i)\\b(?:said|says|expect\\w*|would|aim\\w*|on\\s+track)\\b");

    /**
     * "within six months": by then at the latest, so approximate, to the month (the year for years);
     * in the past tense ("joined the union within a week"), it counts from an event the text gave before: left undated.
     */
    private Resolution within(Matcher m, Context c) {
        Tense.Kind kind = Tense.governing(c.sentence(), c.cues(), m.start(), m.end());
        boolean opensItsClause = m.start() == 0 || AND_BEFORE.matcher(c.sentence().substring(0, m.start())).find();
        boolean story = opensItsClause && (kind == Tense.Kind.PAST || kind == Tense.Kind.PERFECT)
                || kind == Tense.Kind.PAST && !TOLD_AHEAD.matcher(c.sentence()).region(0, m.start()).find();
        if (story) {
            // "Within a year, the unemployment rate had doubled", "She moved to Chicago at 18 and within a year was
            // playing six nights a week": told in the past, it counts from an event of the story, not from publication
            return Resolution.unsettled("in the past tense it counts from an event, not from publication");
        }
        int amount = amount(m);
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        LocalDate by = switch (unit) {
            case "day" -> published.plusDays(amount);
            case "week" -> published.plusWeeks(amount);
            case "fortnight" -> published.plusWeeks(2L * amount);
            case "month" -> published.plusMonths(amount);
            default -> published.plusYears(amount);
        };
        if (!unit.equals("month") && !unit.equals("year") && !YearMonth.from(by).equals(YearMonth.from(published))) {
            // "within six weeks" of 3 March: readers date such a window by its last month, by both months or by
            // its last day, and none of them is wrong; "within six months" is read by its last month
            return Resolution.unsettled("the window runs from " + YearMonth.from(published) + " into "
                    + YearMonth.from(by) + ", and readers date it by either month or by both");
        }
        EventDate date = unit.equals("year") ? yearDate(by.getYear()) : monthDate(YearMonth.from(by));
        return new Resolution(date, null, true, relative + ": at the latest " + amount + " " + unit
                + (amount == 1 ? "" : "s") + " after it (approximate, so to the " + date.precision().wireName() + ")",
                publishedDay);
    }

    /** "the same day", "that afternoon", "the following day", "three days later": from the date before it. */
    private Resolution linked(Matcher m, Context c) {
        if (YEAR_WRITTEN_AFTER.matcher(c.sentence().substring(m.end())).lookingAt()
                || FULL_DATE_AFTER.matcher(c.sentence().substring(m.end())).lookingAt()) {
            // "I remember that morning in 1994", "resigned two weeks later, on Jan. 8, 2024": the date written
            // after it says which day
            return NOT_A_DATE;
        }
        EarlierDay earlier = earlierDay(m, c);
        if (earlier == null) {
            return Resolution.unsettled(NO_EARLIER_DAY);
        }
        int days;
        if (m.group("same") != null) {
            days = 0;
        } else if (m.group("next") != null) {
            days = 1;
        } else if (m.group("previous") != null) {
            days = -1;
        } else {
            String dir = m.group("dir").toLowerCase(Locale.ROOT);
            days = amount(m) * (dir.equals("earlier") || dir.equals("before") ? -1 : 1);
        }
        LocalDate day = earlier.day().plusDays(days);
        if (day.isAfter(published) && direction(c, m.start(), m.end()) == Direction.PAST
                && Tense.toldInThePast(c.sentence(), c.cues())) {
            // "Judge Ashby set sentencing for July 20. The following day, Ashby denied …": what is told in the past did
            // not happen after publication, so the day before it is not the one it counts from
            return Resolution.unsettled(NO_EARLIER_DAY);
        }
        return new Resolution(dayDate(day), null, false, earlier.link(m) + daysApart(days), earlier.date().date());
    }

    private static final Pattern HEDGED = Pattern.compile("(?i)\\b(?:about|around|roughly|nearly|almost|some)\\s+$");

    private Resolution linkedYear(Matcher m, Context c) {
        ResolvedDate base = earlierDate(c, m.start(), DatePrecision.YEAR);
        if (base == null || base.text().regionMatches(true, 0, "by ", 0, 3)) {
            // "pledged to halve emissions by 2030. Six years later, the state is nowhere close": a deadline is not
            // when anything happened, so nothing to count from
            return Resolution.unsettled(NO_EARLIER_YEAR);
        }
        boolean decades = m.group("lunit") != null && m.group("lunit").toLowerCase(Locale.ROOT).startsWith("decade");
        if (decades && Math.abs(yearOf(base.date()) - published.getYear()) <= 1) {
            // "The mill closed a decade later" counts from a year of the story, not from this year's news
            return Resolution.unsettled(NO_EARLIER_YEAR);
        }
        if (base.endDate() != null && base.date().precision() == DatePrecision.MONTH && m.group("lunit") != null
                && !decades && amount(m) == 1
                && (!base.approximate() || YearMonth.parse(base.date().value()).getMonthValue() % 3 == 1)) {
            // "That compared with $258 million a year earlier", after "in the April-June period": those months then
            // (a season is told by the weather, and "a year later" after one is the year)
            int shift = m.group("dir").equalsIgnoreCase("earlier") ? -1 : 1;
            YearMonth first = YearMonth.parse(base.date().value()).plusYears(shift);
            YearMonth last = YearMonth.parse(base.endDate().value()).plusYears(shift);
            return new Resolution(monthDate(first), monthDate(last), base.approximate(), linkedTo(m.group(), base)
                    + ": the same months, " + first + " to " + last, base.date());
        }
        boolean hedged = HEDGED.matcher(c.sentence()).region(0, m.start()).find();
        if (base.endDate() == null && base.date().precision() == DatePrecision.MONTH && m.group("lunit") != null
                && !decades && (hedged || amount(m) == 1 && m.group("dir").equalsIgnoreCase("earlier"))) {
            // "in August 2021 … blocked the rule about a year later": about that month, a year or more on (approximate);
            // "at the end of October … A year earlier the figure stood at 59,400": that month a year before
            YearMonth month = YearMonth.parse(base.date().value())
                    .plusYears((long) amount(m) * (m.group("dir").equalsIgnoreCase("earlier") ? -1 : 1));
            return new Resolution(monthDate(month), null, hedged, linkedTo(m.group(), base) + (hedged ? ": about its month"
                    + " then (approximate)" : ": its month then"), base.date());
        }
        int years = m.group("same") != null ? 0
                : m.group("rel") != null ? (m.group("rel").equalsIgnoreCase("previous") ? -1 : 1)
                : amount(m) * (decades ? 10 : 1) * (m.group("dir").equalsIgnoreCase("earlier") ? -1 : 1);
        int year = yearOf(base.date()) + years;
        return new Resolution(yearDate(year), null, decades, linkedTo(m.group(), base) + (decades ? " (a decade is approximate,"
                + " so to the year)" : ""), base.date());
    }

    private static Resolution linkedMonth(Matcher m, Context c) {
        ResolvedDate base = earlierDate(c, m.start(), DatePrecision.MONTH);
        if (base == null || base.endDate() != null) {
            return Resolution.unsettled(NO_EARLIER_MONTH);
        }
        String rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int months = rel == null ? amount(m) * (m.group("dir").equalsIgnoreCase("earlier") ? -1 : 1)
                : rel.endsWith("following") || rel.endsWith("next") ? 1 : rel.endsWith("previous") ? -1 : 0;
        YearMonth month = YearMonth.from(LocalDate.parse(padded(base.date()))).plusMonths(months);
        return new Resolution(monthDate(month), null, false, linkedTo(m.group(), base) + ": " + (months == 0 ? "the same month"
                : Math.abs(months) + " month" + (Math.abs(months) == 1 ? "" : "s") + (months > 0 ? " after" : " before")),
                base.date());
    }

    private static Resolution thatMonthNamed(Matcher m, Context c) {
        ResolvedDate base = earlierDate(c, m.start(), DatePrecision.YEAR);
        if (base == null || base.endDate() != null || c.found().stream().noneMatch(d -> d == base)
                && A_YEAR.matcher(c.sentence().substring(0, m.start())).find()) {
            // "referring to the floods of 2018 … that August": a year of the sentence's own, which the paragraph's
            // date is not
            return Resolution.unsettled(NO_EARLIER_YEAR);
        }
        if (WHEN_BEFORE.matcher(c.sentence().substring(0, m.start())).find()) {
            // "a curiosity when I flew home from Paris that December, made up …": the time of a "when" clause
            return NOT_A_DATE;
        }
        if (REPORTED_THAT.matcher(c.sentence().substring(0, m.start())).find()) {
            // "told analysts … that February had been \"a different story\"": "that" opens what was said
            return Resolution.unsettled("\"that\" opens what was said, and the month has no year of its own");
        }
        YearMonth month = YearMonth.of(yearOf(base.date()), month(m));
        return new Resolution(monthDate(month), null, false, linkedTo(m.group(), base) + ": " + monthName(month) + ", of that year",
                base.date());
    }

    private static Resolution thatWeekend(Matcher m, Context c) {
        EarlierDay earlier = earlierDay(m, c);
        if (earlier == null) {
            return Resolution.unsettled(NO_EARLIER_DAY);
        }
        LocalDate saturday = earlier.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
        return monthsOfDays(saturday, saturday.plusDays(1), earlier.link(m) + "the weekend of its week, " + saturday
                + " to " + saturday.plusDays(1) + " (no single day, so its month", earlier.date().date());
    }

    private static Resolution followingMonthNamed(Matcher m, Context c) {
        ResolvedDate base = earlierDate(c, m.start(), DatePrecision.MONTH);
        if (base == null || base.endDate() != null) {
            return Resolution.unsettled(NO_EARLIER_MONTH);
        }
        YearMonth from = YearMonth.from(LocalDate.parse(padded(base.date())));
        YearMonth month = from.withMonth(month(m));
        if (!month.isAfter(from)) {
            month = month.plusYears(1);
        }
        return new Resolution(monthDate(month), null, false, linkedTo(m.group(), base) + ": the first " + monthName(month)
                .replaceAll("\\s*\\d+", "") + " after it", base.date());
    }

    private Resolution linkedWeeks(Matcher m, Context c) {
        if (FULL_DATE_AFTER.matcher(c.sentence().substring(m.end())).lookingAt()) {
            return NOT_A_DATE;
        }
        EarlierDay earlier = earlierDay(m, c);
        if (earlier == null) {
            return Resolution.unsettled(NO_EARLIER_DAY);
        }
        int weeks = amount(m) * (m.group("dir").equalsIgnoreCase("earlier") ? -1 : 1);
        // counted from a day, "a week earlier" is seven days and "two weeks later" fourteen, as readers count them
        return new Resolution(dayDate(earlier.day().plusWeeks(weeks)), null, false, earlier.link(m)
                + daysApart(weeks * 7), earlier.date().date());
    }

    private Resolution weeksFromWeekday(Matcher m, Context c) {
        if (m.group().toLowerCase(Locale.ROOT).contains(" from ")
                && RATE_BEFORE.matcher(c.sentence().substring(0, m.start())).find()) {
            // "three evenings a week from Monday": a rate, and the Monday is the start ("a week on Monday" is none)
            return NOT_A_DATE;
        }
        DayOfWeek weekday = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        int weeks = amount(m) * (m.group("unit").toLowerCase(Locale.ROOT).startsWith("fortnight") ? 2 : 1);
        if (m.group("ago") != null) {
            // "a week ago Friday": the Friday of the week a week back
            LocalDate day = published.minusWeeks(weeks).with(TemporalAdjusters.previousOrSame(weekday));
            return new Resolution(dayDate(day), null, false, relative + ": the " + weekdayName(weekday) + " of the week "
                    + weeks + " week" + (weeks == 1 ? "" : "s") + " before it", publishedDay);
        }
        LocalDate from = published.with(TemporalAdjusters.nextOrSame(weekday));
        String before = c.sentence().substring(0, m.start()) + m.group().substring(0, m.start("weekday") - m.start());
        if (PERIOD_FROM.matcher(before).find()) {
            // "will close for three weeks from Tuesday": the weeks the coming Tuesday opens, not a day three weeks on
            return periodFrom(new Resolution(dayDate(from), null, false, relative + ": the coming "
                    + weekdayName(weekday), publishedDay), before, "");
        }
        return new Resolution(dayDate(from.plusWeeks(weeks)), null, false, relative + ": " + weeks + " week"
                + (weeks == 1 ? "" : "s") + " after the coming " + weekdayName(weekday) + " (" + from + ")", publishedDay);
    }

    private Resolution weeksFromToday(Matcher m, Context c) {
        int weeks = m.group("unit").equalsIgnoreCase("fortnight") ? 2 : 1;
        boolean tomorrow = m.group("day").equalsIgnoreCase("tomorrow");
        LocalDate day = published.plusDays(tomorrow ? 1 : 0).plusWeeks(weeks);
        return new Resolution(dayDate(day), null, false, relative + ": " + weeks * 7 + " days after "
                + (tomorrow ? "the day after it" : "it") + " (\"" + m.group().toLowerCase(Locale.ROOT) + "\")", publishedDay);
    }

    /**
     * "the following Tuesday": the first Tuesday after the date before it, not one counted from
     * publication; "that Friday": the Friday of the days the paragraph tells, that day or after it.
     */
    private Resolution weekdayOfEarlierDay(Matcher m, Context c, boolean thatDay) {
        EarlierDay earlier = earlierDay(m, c);
        if (earlier == null) {
            // without a day to count from, "that Friday" is left to the rules for a plain weekday
            return thatDay ? NOT_A_DATE : Resolution.unsettled(NO_EARLIER_DAY);
        }
        DayOfWeek weekday = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        LocalDate day = earlier.day().with(thatDay ? TemporalAdjusters.nextOrSame(weekday) : TemporalAdjusters.next(weekday));
        return new Resolution(dayDate(day), null, false, earlier.link(m) + "the " + weekdayName(weekday)
                + (thatDay ? " of those days" : " after it"), earlier.date().date());
    }

    private Resolution followingWeek(Matcher m, Context c) {
        EarlierDay earlier = earlierDay(m, c);
        if (earlier == null) {
            return Resolution.unsettled(NO_EARLIER_DAY);
        }
        int step = m.group("rel").toLowerCase(Locale.ROOT).startsWith("p") ? -1 : 1;
        LocalDate monday = earlier.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
        return monthsOfDays(monday, monday.plusDays(6), earlier.link(m) + "the week " + (step > 0 ? "after" : "before")
                + " it, Monday " + monday + " to Sunday " + monday.plusDays(6) + " (a week gives no day, so its month",
                earlier.date().date());
    }

    private static final String NO_EARLIER_DAY = "it counts from a day the paragraph does not give before it";
    private static final String NO_EARLIER_MONTH = "it counts from a month the paragraph does not give before it";
    private static final String NO_EARLIER_YEAR = "it counts from a year the paragraph does not give before it";
    private static final String SEASON_IS_APPROXIMATE = " (approximate: seasons are told by the weather, not the calendar)";

    /** The day a linked expression counts from, and whether its own sentence gave it. */
    private record EarlierDay(ResolvedDate date, boolean inSentence) {

        LocalDate day() {
            return LocalDate.parse(date.date().value());
        }

        /** "linked by \"that night\" to \"Nov. 8\" (1979-11-08) earlier in the paragraph: ". */
        String link(Matcher m) {
            return linkedTo(m.group(), date, inSentence) + ": ";
        }
    }

    /**
     * The last date at least as precise as {@code precision} before {@code start} in its sentence,
     * else the paragraph's last date if precise enough, else null.
     */
    private static ResolvedDate earlierDate(Context c, int start, DatePrecision precision) {
        ResolvedDate inSentence = null;
        for (ResolvedDate d : c.found()) {
            if (d.end() <= start && d.precision().compareTo(precision) >= 0
                    && (inSentence == null || d.start() > inSentence.start())) {
                inSentence = d;
            }
        }
        if (inSentence != null) {
            return inSentence;
        }
        Matcher year = WRITTEN_YEAR.matcher(c.sentence()).region(0, start);
        int yearAt = -1;
        while (year.find()) {
            yearAt = year.start();
        }
        if (yearAt >= 0) {
            // "The 2017 election was annulled on September 1 of that year", "its peak in August 2022, before that
            // autumn's mini-Budget": a year the sentence wrote, which a later rule dates, comes before the paragraph's
            String written = c.sentence().substring(yearAt, yearAt + 4);
            return new ResolvedDate(yearAt, yearAt + 4, written, yearDate(Integer.parseInt(written)), null, false,
                    "a year given in the text");
        }
        return c.earlier() != null && c.earlier().precision().compareTo(precision) >= 0 ? c.earlier() : null;
    }

    /** A year naming something ("the 2017 election", "her 1978 team") or ending a written month ("August 2022"). */
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?:(?<=\\b" + MONTH_WORD + "\\.?\\s)|(?<![\\d$£€,.]))"
            + "(?:1[89]|20)\\d\\d(?:(?=\\s+(?!(?:and|or|to|as|at|in|on|for|when|with|was|were|is|had|has|but|after|before"
            + "|until|through|the|a)\\b)[a-z]{3,})|(?<=" + MONTH_WORD + "\\.?\\s\\d{4}))");

    /** The last day-precise date before the expression in its sentence, else the paragraph's anchor, else null. */
    private static EarlierDay earlierDay(Matcher m, Context c) {
        ResolvedDate inSentence = null;
        for (ResolvedDate d : c.found()) {
            if (d.end() <= m.start() && d.precision() == DatePrecision.DAY
                    && !RECURRING_AFTER.matcher(c.sentence().substring(d.end())).lookingAt()) {
                inSentence = d;
            }
        }
        if (inSentence != null) {
            return new EarlierDay(inSentence, true);
        }
        return c.anchor() == null ? null : new EarlierDay(c.anchor(), false);
    }

    // ---------------------------------------------------------------- helpers

    /** What may stand between "until" and the day: "until 6 p.m. Tuesday", "until 6pm on Saturday". */
    private static final String UNTIL_TIME = "\\s+(?:at\\s+least\\s+)?(?:(?:\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\.?|noon|midnight)\\s+)?(?:on\\s+)?$";
    private static final Pattern STILL_UNTIL = Pattern.compile("(?i)\\b(?:remains?|stays?|continues?|is|are)\\b[^,;:]{0,40}?"
            + "\\b(?:until|till)" + UNTIL_TIME);
    private static final Pattern UNTIL_BEFORE = Pattern.compile("(?i)\\b(?:until|till|through)" + UNTIL_TIME);

    /** "at their next meeting, on Sept. 24": an event still ahead, and its day. */
    private static final Pattern NEXT_EVENT_BEFORE = Pattern.compile("(?i)\\bnext\\s+(?:[a-z]+\\s+){0,2}(?:meeting|session"
            + "|hearing|sitting|game|match|race|round|appearance|vote|debate)s?,?\\s+(?:(?:on|set\\s+for|scheduled\\s+for)\\s+)?$");
    /**
     * "would take effect", "would come into force", "takes effect July 1" (even after "cosmetics tested on animals"):
     * the start of a rule still ahead.
     */
    private static final Pattern WOULD_TAKE_EFFECT = Pattern.compile("(?i)\\b(?:would\\s+(?:(?:then|only|not)\\s+)?(?:take\\s+effect"
            + "|come\\s+into\\s+(?:force|effect)|go\\s+into\\s+effect|kick\\s+in)|takes\\s+effect)\\b(?:\\s+(?:on|from))?\\s+$");

    private static final Pattern WHEN_WILL_AFTER = Pattern.compile(",\\s+when\\s+(?:[a-z]+\\s+){1,3}?(?:will|are\\s+due\\s+to"
            + "|is\\s+due\\s+to)\\b");

    private static final Pattern DECLARED_AFTER = Pattern.compile("\\s+(?:has|have)\\s+been\\s+declared\\b");

    private static final Pattern ISSUED_FOR = Pattern.compile("(?i)\\b(?:(?:have|has)\\s+(?:issued|declared|announced)"
            + "\\s+(?:[a-z]+\\s+){0,4}?(?:warnings?|alerts?|bans?|increases?|closures?)\\b[^.;:,]{0,60}?\\bfor"
            // "warned of a very high risk of wildfires across much of the country for Sunday"
            + "|warned\\s+of\\s+[^.;:,]{1,70}?\\bfor"
            + "|(?:has|have)\\s+(?:postponed|moved|pushed\\s+back|rescheduled)\\s+[^.;:,]{1,60}?\\bto)\\s+$");

    private static Direction direction(Context c, int start, int end) {
        // the words before and after the phrase, read by most of the checks below
        String before = c.sentence().substring(0, start);
        String after = c.sentence().substring(end);
        if (before.isBlank() && after.startsWith(":")) {
            // "11 December: The scout recommends …": a timeline's label, which the entry's tense does not place
            return Direction.NEAREST;
        }
        if (TIME_CLAUSE_PRESENT.matcher(before).find()) {
            // "a farewell gathering after it shuts on Saturday": a present tense after "after" looks ahead
            return Direction.FUTURE;
        }
        if (DECLARED_AFTER.matcher(after).lookingAt()) {
            // "Tuesday has been declared a day of total fire ban": a day named for what is to come
            return Direction.FUTURE;
        }
        if (CAN_UNTIL.matcher(before).find()) {
            // "can wait until April 1 to take their first distribution", "can request a refund starting Friday": what may
            // still be done runs to a day ahead, or opens then
            return Direction.FUTURE;
        }
        if (STILL_UNTIL.matcher(before).find()) {
            // "A warning issued on Thursday remains in force until 6pm on Saturday": in force now, to a day ahead
            return Direction.FUTURE;
        }
        String clauseBefore = c.sentence().substring(clauseStart(c.sentence(), start), start);
        if (NEXT_EVENT_BEFORE.matcher(before).find()
                || WOULD_TAKE_EFFECT.matcher(clauseBefore).find()) {
            // "agreed to revisit the fee at their next meeting, on Sept. 24", "the higher rate would take effect
            // Jan. 1": the day of an event still ahead
            return Direction.FUTURE;
        }
        if (ISSUED_FOR.matcher(clauseBefore).find()) {
            // "Forecasters have issued amber warnings … for New Year's Eve", "has postponed its fireworks to Saturday,
            // Jan. 4": what was issued or moved is for a day ahead
            return Direction.FUTURE;
        }
        if (WHEN_WILL_AFTER.matcher(after).lookingAt()) {
            // "could also shape turnout in November, when voters will choose a governor": the time the clause names
            return Direction.FUTURE;
        }
        Tense.Kind kind = Tense.governing(c.sentence(), c.cues(), start, end);
        if (kind != null && timetableVerbRightBefore(c, start)
                && !PAST_VERB_NEXT.matcher(c.sentence()).region(end, c.sentence().length()).lookingAt()) {
            // "The board meets Wednesday to discuss extended hours": the timetable's verb, not a later past form
            // ("Skier visits in January were down 6%": "visits" is the subject's noun)
            return Direction.FUTURE;
        }
        if (kind == null && endsAPeriod(before, c.sentence().substring(start, end))) {
            // "The report covers the twelve months to the end of January": a period reported on, no timetable
            return Direction.NEAREST;
        }
        if (kind == null && RESULT_BEFORE.matcher(before).find()) {
            return Direction.PAST;
        }
        if (kind == null && isTimetable(c.sentence(), start, end)
                && !POSSESSIVE_AFTER.matcher(after).lookingAt()) {
            // "The board meets on Thursday", "Residents have until Friday": a timetable or a deadline looks ahead
            return Direction.FUTURE;
        }
        if (kind == null) {
            return Direction.NEAREST;
        }
        if (kind == Tense.Kind.PERFECT && UNTIL_BEFORE.matcher(before).find()) {
            // "has extended its storm warning until 6 p.m. Tuesday": what has been done runs on to that day
            return Direction.FUTURE;
        }
        if ((kind == Tense.Kind.PAST || kind == Tense.Kind.PERFECT) && NotTheClaimsDate.looksAhead(before)) {
            // "They have been told to leave by Oct. 31", "were planned for early September", "agreed to the transfer
            // at a meeting in late July": a plan or deadline told in the past lies on whichever side is nearer, and
            // a deadline ahead, as does a plan that stands now ("Talks have been pencilled in for Tuesday")
            return DEADLINE_BEFORE.matcher(before).find() || DEADLINE_TEXT.matcher(c.sentence().substring(start, end))
                    .lookingAt() || kind == Tense.Kind.PERFECT && !TO_HAVE.matcher(clauseBefore).find()
                    ? Direction.FUTURE : Direction.CLOSEST;
        }
        if (kind == Tense.Kind.CONDITIONAL && (REPORTED_FORECAST.matcher(c.sentence()).find()
                || FORECAST_THEN_SOURCE.matcher(c.sentence()).find()) && !ADJECTIVE_BEFORE.matcher(before).find()) {
            // "She said a review would be completed by the end of September": a plan reported as the story is told
            return Direction.FUTURE;
        }
        return kind == Tense.Kind.FUTURE ? Direction.FUTURE : kind == Tense.Kind.CONDITIONAL ? Direction.OPEN : Direction.PAST;
    }

    /** "expect stocks to have risen": a perfect that looks back from a time ahead, not a plan now standing. */
    private static final Pattern TO_HAVE = Pattern.compile("\\bto\\s+have\\b");
    private static final Pattern PAST_VERB_NEXT = Pattern.compile("\\s+(?:were|was)\\b");

    /** Where the clause holding {@code position} starts: after its last ", " or ";" before, or at 0. */
    private static int clauseStart(String sentence, int position) {
        return Math.max(Math.max(sentence.lastIndexOf(", ", position), sentence.lastIndexOf(';', position)), 0);
    }

    /** A timetable verb before the phrase in its clause, with no tense cue between them. */
    private static boolean timetableVerbRightBefore(Context c, int start) {
        int clauseStart = clauseStart(c.sentence(), start);
        // "A separate report on Tuesday showed": the verb's lookarounds see the words past the region ("report on")
        Matcher verb = TIMETABLE_VERB.matcher(c.sentence()).region(clauseStart, start).useTransparentBounds(true);
        return verb.find() && c.cues().stream().noneMatch(cue -> cue.start() >= clauseStart && cue.end() <= start);
    }

    /**
     * A verb of a timetable in the present tense in the phrase's clause ("meets", "opens", "goes on
     * sale", "is out"), or a deadline just before it ("have until Friday", "by 7 a.m. Monday").
     */
    private static boolean isTimetable(String sentence, int start, int end) {
        int clauseStart = clauseStart(sentence, start);
        Matcher place = PLACE_BETWEEN_COMMAS.matcher(sentence).region(0, clauseStart);
        if (place.find()) {
            // "open the season in Dublin, Ireland, on Aug. 23": a place's commas do not end the clause
            clauseStart = clauseStart(sentence, place.start() - 1);
        }
        int comma = sentence.indexOf(", ", end);
        if (clauseStart == 0 && comma >= 0 && sentence.substring(end, comma).isBlank()) {
            // "On Sunday, the festival closes with …": a fronted day's verb is in the clause after it
            comma = sentence.indexOf(", ", comma + 2);
        }
        String clause = sentence.substring(clauseStart, comma < 0 ? sentence.length() : comma);
        return TIMETABLE_VERB.matcher(clause).find() || DEADLINE_BEFORE.matcher(sentence.substring(0, start)).find();
    }

    private static final Pattern PLACE_BETWEEN_COMMAS = Pattern.compile(",\\s[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?$");

    private static boolean isUndirected(Direction direction) {
        return direction == Direction.NEAREST || direction == Direction.OPEN;
    }

    private static String describe(Direction direction) {
        return direction == Direction.PAST ? "past tense: the most recent"
                : direction == Direction.FUTURE ? "future tense: the next"
                : direction == Direction.NEAREST ? "no tense cue: the nearest"
                : direction == Direction.OPEN ? "\"would\" gives no direction: the nearest"
                : "a plan or deadline told in the past: the nearest";
    }

    private static int amount(Matcher m) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        if (n.contains("-")) {
            // "twenty-five"
            String[] parts = n.split("-");
            return NUMBER_WORDS.get(parts[0]) + NUMBER_WORDS.get(parts[1]);
        }
        return NUMBER_WORDS.containsKey(n) ? NUMBER_WORDS.get(n) : Integer.parseInt(n);
    }

    /** Beyond these, a day or month read as past without a year is more likely ahead, and left undated. */
    private static final int FAR_PAST_DAYS = 304;
    private static final int FAR_PAST_MONTHS = 11;
    /** "Next year's race, for 30,000 runners, is scheduled for April 18th": the year it is ahead is named. */
    static final Pattern PAST_PERFECT = Pattern.compile("\\bhad\\s+(?:(?:not|never|already|just)\\s+)?(?:been|[a-z]+(?:ed|en|wn)"
            + "|fallen|begun|come|gone|left|made|held|run|seen|won|lost|met|set|built)\\b");
    /** "falls on a Tuesday this year"; not "is larger than this year's", a thing of this year. */
    private static final Pattern THIS_YEAR_AFTER = Pattern.compile("(?i)[^,;:.]*?\\bthis\\s+year\\b(?!['’]s)");
    private static final Pattern NEXT_YEAR_BEFORE = Pattern.compile("(?i)\\bnext\\s+year\\b");
    private static final String FAR_AHEAD = "the tense reads it as most of a year after publication, while the same"
            + " day is less than two months before, and the text gives no year to settle it";
    /**
     * "Last year the first frost held off until 28 November", "In 2021, the pandemic pushed the budget
     * to April 19", "Last season, Silver Fork didn't open until Dec. 6": a year the clause or the sentence's opening
     * gave, which the day is of.
     */
    private static final Pattern YEAR_IN_CLAUSE_BEFORE = Pattern.compile("(?i)(?:\\b(?:last|this|next)\\s+year\\b"
            + "|\\b\\d{4}\\b)[^,;:]*$|\\b(?:last|this)\\s+(?:winter|spring|summer|autumn|fall|season)\\b[^;:]*$"
            + "|^[\"“]?(?:(?:but|and|so|yet)\\s+)?(?:in|by|during|throughout)\\s+\\d{4},[^;:]*$");
    /** "Last year's leaflet … was sent out in March", "Last year, the first frost held off until 28 November". */
    private static final Pattern YEAR_OPENS_SENTENCE = Pattern.compile("^(?:(?:But|And|So|Yet)\\s+)?(?:(?:Earlier|Later)\\s+"
            + "(?=this))?(?i:(?<rely>Last|This|Next))\\s+year(?!['’]s\\s+(?:winner|champion|holder|captain)s?\\b)(?:['’]s)?\\b[^;:]*$");

    /**
     * "last", "this" or "next" when the sentence opens with that year, whose day or month a bare one is; not "Last year's
     * winner … was retired in August", a title held since.
     */
    private static String yearOpeningTheSentence(Context c, int start) {
        Matcher opening = YEAR_OPENS_SENTENCE.matcher(c.sentence().substring(0, start));
        return opening.find() ? opening.group("rely").toLowerCase(Locale.ROOT) : null;
    }

    private static final String FAR_PAST = "the tense reads it as most of a year before publication, while the same"
            + " day or month is less than two months ahead, and the text gives no year to settle it";

    private static final String THAT_YEAR = "\"that year\", \"the following year\" and the like count from a year"
            + " given earlier in the text, not from publication";

    private static boolean isThatYear(String relativeYear) {
        return relativeYear != null && !Set.of("last", "this", "next").contains(relativeYear.toLowerCase(Locale.ROOT));
    }

    private static int yearStep(String relativeYear) {
        return switch (relativeYear.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "last", "the previous" -> -1;
            case "next", "the following" -> 1;
            default -> 0;
        };
    }

    /** "linked by \"the following month\" to \"in March 2022\" (2022-03) earlier in the paragraph". */
    private static String linkedTo(String phrase, ResolvedDate base) {
        return linkedTo(phrase, base, false);
    }

    private static String linkedTo(String phrase, ResolvedDate base, boolean inSentence) {
        return "linked by \"" + phrase + "\" to \"" + base.text() + "\" (" + base.date().value() + ") earlier in the "
                + (inSentence ? "sentence" : "paragraph");
    }

    private static String linkedBasis(String relativeYear, ResolvedDate base, int start, Context c) {
        boolean inSentence = c.found().contains(base) && base.end() <= start;
        return linkedTo(relativeYear.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " year", base, inSentence);
    }

    private static int yearOf(EventDate date) {
        return LocalDate.parse(padded(date)).getYear();
    }

    /** A date's first day, whatever its precision ("2022" is 2022-01-01). */
    private static String padded(EventDate date) {
        String value = date.value();
        return value.length() == 4 ? value + "-01-01" : value.length() == 7 ? value + "-01" : value;
    }

    private static String lower(String group) {
        return group == null ? "" : group.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** "first" to "thirty-first", the day of the month at index day - 1. */
    private static final List<String> ORDINAL_WORDS = ordinalWords();

    private static List<String> ordinalWords() {
        List<String> units = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth");
        List<String> words = new ArrayList<>(units);
        words.addAll(List.of("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                "seventeenth", "eighteenth", "nineteenth", "twentieth"));
        units.forEach(unit -> words.add("twenty-" + unit));
        words.addAll(List.of("thirtieth", "thirty-first"));
        return List.copyOf(words);
    }

    private static int month(Matcher m) {
        return monthNumber(m.group("month"));
    }

    private static int monthNumber(String name) {
        return switch (name.substring(0, 3)) {
            case "Jan" -> 1;
            case "Feb" -> 2;
            case "Mar" -> 3;
            case "Apr" -> 4;
            case "May" -> 5;
            case "Jun" -> 6;
            case "Jul" -> 7;
            case "Aug" -> 8;
            case "Sep" -> 9;
            case "Oct" -> 10;
            case "Nov" -> 11;
            default -> 12;
        };
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    private static String weekdayName(LocalDate date) {
        return weekdayName(date.getDayOfWeek());
    }

    private static String weekdayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static EventDate dayDate(LocalDate date) {
        return EventDate.parse(date.toString());
    }

    static EventDate monthDate(YearMonth month) {
        return EventDate.parse(month.toString());
    }

    static EventDate yearDate(int year) {
        return EventDate.parse(Integer.toString(year));
    }
}
