package dev.factline.service.candidates;

import dev.factline.model.EventDate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the temporal expressions of a sentence and resolves them against the publication
 * date, each to the precision it really has: "On Friday" is a day, "this month" a month,
 * "next year" a year, "just over two months before …" an approximate month.
 *
 * <p>Where an expression leaves the direction open (a weekday, a month or a day and month
 * without a year), the tense cue nearest to it decides: future ("will", "is expected to",
 * "plans to") looks forward, past or none looks back. A weekday in the past is the most recent
 * one on or before the publication date, so "on Friday" in an article published on a Friday
 * is that same day (wire copy writes "said Friday" for today); "last Friday" is the one
 * strictly before and "next Friday" the one strictly after. A month or a day and month without
 * a year and without a tense cue is the occurrence nearest the publication date. Weeks run
 * Monday to Sunday.
 */
public final class TemporalResolver {

    private static final String MONTH_NAME = "(?<month>(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December)(?![A-Za-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])\\.?)";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String ON = "(?:(?i:on)\\s+)?";
    private static final String YEAR = "(?<year>\\d{4})(?!\\d)";

    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(?<year>\\d{4})-(?<mm>\\d{2})-(?<day>\\d{2})(?![\\d-])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + ON + DAY + "\\s+(?:of\\s+)?" + MONTH_NAME + ",?\\s+" + YEAR);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + ON + MONTH_NAME + "\\s+" + DAY + ",?\\s+" + YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + ON + DAY + "\\s+(?:of\\s+)?" + MONTH_NAME);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + ON + MONTH_NAME + "\\s+" + DAY + "(?![\\d:])");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(?:(?i:in\\s+)?(?i:early|mid|late|the end of|the start of|the beginning of)[- ]\\s*|(?i:in)\\s+)?"
                    + MONTH_NAME + ",?\\s+" + YEAR);
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(?<mod>(?i:in early|in late|in mid|in|on|since|until|till|by|from|during|of|before|after|through"
                    + "|early|late|mid|last|next|this))[- ]\\s*" + MONTH_NAME + "(?!\\s*\\d)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?<mod>(?i:last|next|this|on|early on|late on|early|late))\\s+)?"
                    + "(?<!(?:Good|Black|Super|Cyber|Ash|Easter|Palm|Bloody|Holy|Maundy) )"
                    + "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
                    + "(?! (?:Times|Telegraph|Express|Mirror|Post|Herald|Night Live|Morning Herald)\\b)");
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?i)\\b(?<word>the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow"
                    + "|last night|this morning|this afternoon|this evening)\\b");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "(?i)\\b(?:(?:earlier|later|early|late|the end of|the start of|the beginning of|the middle of)\\s+)?"
                    + "(?<rel>this|last|next)\\s+(?<unit>week|month|year)\\b");
    private static final Pattern OFFSET = Pattern.compile(
            "(?i)\\b(?:(?<qual>just over|just under|just|nearly|almost|about|around|roughly|some|more than|less than"
                    + "|over|under|exactly)\\s+)?(?<n>\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten"
                    + "|eleven|twelve)\\s+(?<unit>day|week|month|year)s?\\s+(?<dir>ago|from now|before|after)\\b");
    private static final Pattern YEAR_ALONE = Pattern.compile(
            "\\b(?:(?<mod>(?i:in early|in late|in mid|in|since|until|till|by|during|of|from|before|after|for|between"
                    + "|through|early|late|mid|the end of|the start of|the beginning of))[- ]\\s*)?"
                    + "(?<![\\d,.$£€])(?<year>1[89]\\d{2}|20\\d{2})(?!\\d|s\\b|\\s*%|\\s*per ?cent|[.,]\\d|-\\d)");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    private enum Direction { PAST, FUTURE, NEAREST }

    private record Resolution(EventDate date, EventDate endDate, boolean approximate, String basis) {
    }

    @FunctionalInterface
    private interface Rule {
        Resolution resolve(Matcher m, String sentence, List<Tense.Cue> cues);
    }

    private record PatternRule(Pattern pattern, Rule rule) {
    }

    private final LocalDate published;
    private final String relative;
    private final List<PatternRule> rules;

    /** @param published the calendar date (UTC) of the source's publication */
    public TemporalResolver(LocalDate published) {
        this.published = published;
        this.relative = "relative to publishedAt " + published;
        this.rules = List.of(
                new PatternRule(ISO, (m, sentence, cues) -> day(m.group("year"), m.group("mm"), m.group("day"),
                        "an ISO date in the text")),
                new PatternRule(DAY_MONTH_YEAR, (m, sentence, cues) -> day(m.group("year"), month(m), m.group("day"),
                        "a date given in full in the text")),
                new PatternRule(MONTH_DAY_YEAR, (m, sentence, cues) -> day(m.group("year"), month(m), m.group("day"),
                        "a date given in full in the text")),
                new PatternRule(MONTH_YEAR, (m, sentence, cues) -> monthOfYear(m)),
                new PatternRule(DAY_MONTH, (m, sentence, cues) -> dayWithoutYear(m, sentence, cues)),
                new PatternRule(MONTH_DAY, (m, sentence, cues) -> dayWithoutYear(m, sentence, cues)),
                new PatternRule(MONTH_ALONE, (m, sentence, cues) -> monthWithoutYear(m, sentence, cues)),
                new PatternRule(WEEKDAY, (m, sentence, cues) -> weekday(m, sentence, cues)),
                new PatternRule(RELATIVE_DAY, (m, sentence, cues) -> relativeDay(m)),
                new PatternRule(RELATIVE_PERIOD, (m, sentence, cues) -> relativePeriod(m)),
                new PatternRule(OFFSET, (m, sentence, cues) -> offset(m, sentence, cues)),
                new PatternRule(YEAR_ALONE, (m, sentence, cues) -> yearAlone(m, sentence)));
    }

    /** The expressions of {@code sentence} in reading order, with offsets plus {@code offset}. */
    public List<ResolvedDate> find(String sentence, int offset) {
        return find(sentence, offset, Tense.cues(sentence));
    }

    List<ResolvedDate> find(String sentence, int offset, List<Tense.Cue> cues) {
        List<ResolvedDate> found = new ArrayList<>();
        // a match that resolves to nothing ("31 February 2024") still keeps later rules off its words
        List<int[]> taken = new ArrayList<>();
        for (PatternRule rule : rules) {
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (taken.stream().anyMatch(t -> start < t[1] && end > t[0])) {
                    continue;
                }
                taken.add(new int[] {start, end});
                Resolution r;
                try {
                    r = rule.rule().resolve(m, sentence, cues);
                } catch (DateTimeException | EventDate.InvalidEventDateException outOfRange) {
                    // a date outside years 1000-9999 (or LocalDate's range) is no date a claim can take
                    r = null;
                }
                if (r != null) {
                    found.add(new ResolvedDate(start, end, m.group(), r.date(), r.endDate(), r.approximate(), r.basis()));
                }
            }
        }
        found.sort(Comparator.comparingInt(ResolvedDate::start));
        return found.stream().map(f -> f.shift(offset)).toList();
    }

    // ---------------------------------------------------------------- explicit dates

    private static Resolution day(String year, Object month, String day, String basis) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), month instanceof Integer i ? i
                    : Integer.parseInt((String) month), Integer.parseInt(day));
            return new Resolution(dayDate(date), null, false, basis);
        } catch (DateTimeException | EventDate.InvalidEventDateException e) {
            return null;
        }
    }

    private static Resolution monthOfYear(Matcher m) {
        try {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group("year")), month(m));
            return new Resolution(monthDate(month), null, false, "a month and year given in the text");
        } catch (DateTimeException | EventDate.InvalidEventDateException e) {
            return null;
        }
    }

    private static Resolution yearAlone(Matcher m, String sentence) {
        if (m.group("mod") == null) {
            // a bare number is a year only where a year stands: "the 2020 election", "in May, 2023."
            String rest = sentence.substring(m.end());
            String before = sentence.substring(0, m.start()).toLowerCase(Locale.ROOT);
            boolean standsAlone = rest.isEmpty() || ".,;:)".indexOf(rest.charAt(0)) >= 0
                    || rest.startsWith("’s") || rest.startsWith("'s") || before.endsWith("the ");
            if (!standsAlone) {
                return null;
            }
        }
        return new Resolution(yearDate(Integer.parseInt(m.group("year"))), null, false, "a year given in the text");
    }

    // ---------------------------------------------------------------- dates missing a year

    private Resolution dayWithoutYear(Matcher m, String sentence, List<Tense.Cue> cues) {
        int month = month(m);
        int day = Integer.parseInt(m.group("day"));
        Direction direction = direction(sentence, cues, m.start(), m.end());
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
        return new Resolution(dayDate(best), null, false, relative + ": a day and month without a year, "
                + describe(direction) + " one");
    }

    private Resolution monthWithoutYear(Matcher m, String sentence, List<Tense.Cue> cues) {
        int month = month(m);
        String mod = m.group("mod").toLowerCase(Locale.ROOT);
        YearMonth current = YearMonth.from(published);
        YearMonth sameYear = YearMonth.of(published.getYear(), month);
        YearMonth chosen;
        String how;
        switch (mod) {
            case "last" -> {
                chosen = sameYear.isBefore(current) ? sameYear : sameYear.minusYears(1);
                how = "the last one before it";
            }
            case "next" -> {
                chosen = sameYear.isAfter(current) ? sameYear : sameYear.plusYears(1);
                how = "the next one after it";
            }
            case "this" -> {
                chosen = sameYear;
                how = "the one in its year";
            }
            default -> {
                Direction direction = mod.equals("since") ? Direction.PAST : direction(sentence, cues, m.start(), m.end());
                chosen = null;
                for (YearMonth candidate : List.of(sameYear.minusYears(1), sameYear, sameYear.plusYears(1))) {
                    if (isBetter(direction, ChronoUnit.MONTHS.between(current, candidate),
                            chosen == null ? null : ChronoUnit.MONTHS.between(current, chosen))) {
                        chosen = candidate;
                    }
                }
                how = describe(direction) + " one";
            }
        }
        return new Resolution(monthDate(chosen), null, false, relative + ": a month without a year, " + how);
    }

    /**
     * Whether a candidate {@code distance} units from publication beats the best so far: in the
     * past, the latest not after publication; in the future, the earliest not before it;
     * otherwise the nearest, the earlier on a tie. Candidates come in ascending order.
     */
    private static boolean isBetter(Direction direction, long distance, Long best) {
        return switch (direction) {
            case PAST -> distance <= 0 && (best == null || distance > best);
            case FUTURE -> distance >= 0 && (best == null || distance < best);
            case NEAREST -> best == null || Math.abs(distance) < Math.abs(best);
        };
    }

    // ---------------------------------------------------------------- relative to publication

    private Resolution weekday(Matcher m, String sentence, List<Tense.Cue> cues) {
        DayOfWeek target = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        String name = m.group("weekday");
        LocalDate date;
        String how;
        if (mod.equals("last")) {
            date = published.with(TemporalAdjusters.previous(target));
            how = "the " + name + " before it";
        } else if (mod.equals("next")) {
            date = published.with(TemporalAdjusters.next(target));
            how = "the " + name + " after it";
        } else if (direction(sentence, cues, m.start(), m.end()) == Direction.FUTURE) {
            date = published.with(TemporalAdjusters.nextOrSame(target));
            how = date.equals(published) ? "future tense, published on a " + name + ": that day"
                    : "future tense: the next " + name;
        } else {
            date = published.with(TemporalAdjusters.previousOrSame(target));
            how = date.equals(published) ? "published on a " + name + ": that day" : "the most recent " + name;
        }
        return new Resolution(dayDate(date), null, false, relative + " (" + weekdayName(published) + "): " + how);
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
        String how = switch (days) {
            case -2 -> "two days before";
            case -1 -> "the day before";
            case 1 -> "the day after";
            case 2 -> "two days after";
            default -> "the same day";
        };
        return new Resolution(dayDate(published.plusDays(days)), null, false, relative + ": " + how);
    }

    private Resolution relativePeriod(Matcher m) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        int step = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
        String which = switch (step) {
            case -1 -> "the %s before";
            case 1 -> "the %s after";
            default -> "the same %s";
        };
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "year" -> new Resolution(yearDate(published.getYear() + step), null, false,
                    relative + ": " + which.formatted("year"));
            case "month" -> new Resolution(monthDate(YearMonth.from(published).plusMonths(step)), null, false,
                    relative + ": " + which.formatted("month"));
            default -> {
                LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
                LocalDate sunday = monday.plusDays(6);
                YearMonth first = YearMonth.from(monday);
                YearMonth last = YearMonth.from(sunday);
                yield new Resolution(monthDate(first), first.equals(last) ? null : monthDate(last), false,
                        relative + ": " + which.formatted("week") + ", Monday " + monday + " to Sunday " + sunday
                                + " (a week gives no day, so its month" + (first.equals(last) ? ")" : "s)"));
            }
        };
    }

    private Resolution offset(Matcher m, String sentence, List<Tense.Cue> cues) {
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        boolean anchored = dir.equals("before") || dir.equals("after");
        List<Tense.Cue> mainVerb = cues.stream().filter(c -> c.end() <= m.start()).toList();
        if (anchored && direction(sentence, mainVerb, m.start(), m.end()) == Direction.PAST) {
            // "she said two days before the vote": the anchor is the sentence's own past event, not publication.
            return null;
        }
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int amount = NUMBER_WORDS.containsKey(n) ? NUMBER_WORDS.get(n) : Integer.parseInt(n);
        String qualifier = m.group("qual") == null ? "" : m.group("qual").toLowerCase(Locale.ROOT);
        boolean approximate = !qualifier.isEmpty() && !qualifier.equals("just") && !qualifier.equals("exactly");
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        // "N before X": X comes N after the sentence's present, which is the publication date.
        int sign = dir.equals("ago") || dir.equals("after") ? -1 : 1;
        ChronoUnit chronoUnit = switch (unit) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        LocalDate date = published.plus((long) sign * amount, chronoUnit);
        String amountText = (qualifier.isEmpty() ? "" : qualifier + " ") + amount + " " + unit + (amount == 1 ? "" : "s");
        String what = switch (dir) {
            case "before" -> "what follows \"before\" comes " + amountText + " after it";
            case "after" -> "what follows \"after\" came " + amountText + " before it";
            case "from now" -> amountText + " after it";
            default -> amountText + " before it";
        };
        EventDate eventDate;
        if (unit.equals("year")) {
            eventDate = yearDate(date.getYear());
        } else if (unit.equals("day") && !approximate) {
            eventDate = dayDate(date);
        } else {
            eventDate = monthDate(YearMonth.from(date));
            approximate = approximate || unit.equals("week");
        }
        return new Resolution(eventDate, null, approximate,
                relative + ": " + what + (approximate ? " (approximate, so to the " + eventDate.precision().wireName() + ")" : ""));
    }

    // ---------------------------------------------------------------- helpers

    private static Direction direction(String sentence, List<Tense.Cue> cues, int start, int end) {
        Tense.Kind kind = Tense.governing(sentence, cues, start, end);
        if (kind == null) {
            return Direction.NEAREST;
        }
        return kind == Tense.Kind.FUTURE ? Direction.FUTURE : Direction.PAST;
    }

    private static String describe(Direction direction) {
        return switch (direction) {
            case PAST -> "past tense: the most recent";
            case FUTURE -> "future tense: the next";
            case NEAREST -> "no tense cue: the nearest";
        };
    }

    private static int month(Matcher m) {
        String name = m.group("month");
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

    private static String weekdayName(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
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
