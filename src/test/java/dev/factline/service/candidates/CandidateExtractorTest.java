package dev.factline.service.candidates;

import dev.factline.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The candidates of the seed article and of two news texts written for these tests. */
class CandidateExtractorTest {

    private static final String SEED = "seed/biden-xi-apec-2024.txt";
    private static final String STORM = "candidates/gulf-storm-2024-03-01.txt";
    private static final String ECONOMY = "candidates/germany-economy-2024-12-31.txt";

    /** What a test expects of one candidate; {@code signals} must all be present, labels exactly. */
    private record Expected(String quoteStart, String eventDate, String precision, String dateText,
                            Set<String> signals, Set<String> labels) {
    }

    private static Expected expect(String quoteStart, String eventDate, String precision, String dateText,
                                   Set<String> signals, Set<String> labels) {
        return new Expected(quoteStart, eventDate, precision, dateText, signals, labels);
    }

    private static String read(String resource) {
        try (InputStream in = CandidateExtractorTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, "missing test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Candidate find(List<Candidate> candidates, String quoteStart) {
        return candidates.stream().filter(c -> c.quote().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate starts with \"" + quoteStart + "\""));
    }

    private static Set<String> signals(Candidate c) {
        return c.signals().stream().map(Signal::wireName).collect(Collectors.toSet());
    }

    private static Set<String> labels(Candidate c) {
        return c.labels().stream().map(Label::wireName).collect(Collectors.toSet());
    }

    private static void assertCandidate(Expected expected, Candidate actual) {
        String what = "\"" + expected.quoteStart() + "…\"";
        assertTrue(actual.quote().startsWith(expected.quoteStart()), what + " but got \"" + actual.quote() + "\"");
        assertEquals(expected.eventDate(), actual.eventDate() == null ? null : actual.eventDate().value(),
                what + " eventDate (" + actual.dateBasis() + ")");
        assertEquals(expected.precision(), actual.eventDate() == null ? null : actual.eventDate().precision().wireName(),
                what + " precision");
        assertEquals(expected.dateText(), actual.dateText(), what + " dateText");
        assertTrue(signals(actual).containsAll(expected.signals()), what + " signals " + signals(actual));
        assertEquals(expected.labels(), labels(actual), what + " labels");
    }

    private static void assertAll(List<Expected> expected, List<Candidate> actual) {
        assertEquals(expected.size(), actual.size(), () -> "candidates: " + actual.stream()
                .map(c -> c.quote().substring(0, Math.min(40, c.quote().length()))).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertCandidate(expected.get(i), actual.get(i));
        }
    }

    private static void assertQuotesAreExactSubstringsInReadingOrder(String text, List<Candidate> candidates) {
        int previousEnd = 0;
        for (Candidate c : candidates) {
            assertEquals(c.quote(), text.substring(c.start(), c.end()));
            assertTrue(c.start() >= previousEnd, "reading order at " + c.start());
            assertTrue(c.score() >= 0 && c.score() <= 1, "score " + c.score());
            assertTrue(c.quote().length() <= Claim.MAX_QUOTE);
            for (ResolvedDate d : c.dates()) {
                assertEquals(d.text(), text.substring(d.start(), d.end()));
                assertTrue(d.start() >= c.start() && d.end() <= c.end(), d + " lies in its sentence");
            }
            previousEnd = c.end();
        }
    }

    // ---------------------------------------------------------------- the seed article

    @Test
    void seedArticle_datesOnFridayToTheFridayBeforePublication() {
        List<Candidate> candidates = CandidateExtractor.extract(read(SEED), LocalDate.parse("2024-11-16"));
        Candidate friday = find(candidates, "On Friday, Mr Biden");
        assertCandidate(expect("On Friday, Mr Biden", "2024-11-15", "day", "On Friday",
                Set.of("quantity", "named actor", "reported speech"), Set.of()), friday);
        assertEquals("relative to publishedAt 2024-11-16 (Saturday): the most recent Friday", friday.dateBasis());
        assertEquals(0.70, friday.score(), 1e-9, "35 date + 10 quantity + 10 named actor + 15 reported speech");
    }

    @Test
    void seedArticle_datesNextYearToTheYearAfterPublication() {
        List<Candidate> candidates = CandidateExtractor.extract(read(SEED), LocalDate.parse("2024-11-16"));
        Candidate madden = find(candidates, "Shoe brand Steve Madden");
        assertTrue(madden.quote().endsWith("by as much as 45% next year."), madden.quote());
        assertCandidate(expect("Shoe brand Steve Madden", "2025", "year", "next year",
                Set.of("number", "percentage", "comparison"), Set.of("forecast")), madden);
    }

    @Test
    void seedArticle_datesThisMonthsElectionToTheMonthOfPublication() {
        List<Candidate> candidates = CandidateExtractor.extract(read(SEED), LocalDate.parse("2024-11-16"));
        Candidate kim = find(candidates, "Mr Kim ordered testing exercises");
        assertTrue(kim.quote().contains("in the lead-up to this month’s US election"), kim.quote());
        assertCandidate(expect("Mr Kim ordered", "2024-11", "month", "this month", Set.of(), Set.of()), kim);
    }

    @Test
    void seedArticle_datesBidensDepartureJustOverTwoMonthsLaterToAnApproximateMonth() {
        List<Candidate> candidates = CandidateExtractor.extract(read(SEED), LocalDate.parse("2024-11-16"));
        Candidate talks = find(candidates, "The talks on the sidelines");
        assertTrue(talks.quote().contains("just over two months before Mr Biden leaves office"), talks.quote());
        assertCandidate(expect("The talks on the sidelines", "2025-01", "month", "just over two months before",
                Set.of("named actor"), Set.of()), talks);
        assertTrue(talks.dateApproximate());
    }

    @Test
    void seedArticle_givesTheFiftyMinuteDiscussionTheNumberSignal_butNotTheDayOfASentenceBefore() {
        List<Candidate> candidates = CandidateExtractor.extract(read(SEED), LocalDate.parse("2024-11-16"));
        Candidate discussion = find(candidates, "Mr Biden, Mr Yoon and Mr Ishiba spent most of their 50-minute discussion");
        assertCandidate(expect("Mr Biden, Mr Yoon and Mr Ishiba", null, null, null,
                Set.of("number", "reported speech"), Set.of("opinion")), discussion);
        assertNull(discussion.dateBasis(), "no date phrase and no link: undated, not the day of \"On Friday\" before it");
        assertTrue(discussion.dates().isEmpty());
    }

    @Test
    void seedArticle_quotesAreExactSubstrings_andPhotoCreditsAreLeftOut() {
        String text = read(SEED);
        List<Candidate> candidates = CandidateExtractor.extract(text, LocalDate.parse("2024-11-16"));
        assertQuotesAreExactSubstringsInReadingOrder(text, candidates);
        assertFalse(candidates.stream().anyMatch(c -> c.quote().contains("(AP)")));
        Candidate caption = find(candidates, "Mr Biden and other leaders have expressed concern");
        assertEquals(Set.of("caption"), labels(caption));
        assertTrue(caption.quote().endsWith("fighting in Ukraine"), caption.quote());
        assertFalse(candidates.stream().anyMatch(c -> c.quote().startsWith("Talks with President Xi")),
                "a forecast caption with no claim signal and no date is no candidate");
        Candidate tariffs = find(candidates, "There is also uncertainty");
        assertNull(tariffs.eventDate(), "present tense, no date: left undated");
        assertTrue(signals(tariffs).containsAll(Set.of("number", "percentage")));
    }

    // ---------------------------------------------------------------- news texts written for the tests

    @Test
    void gulfStorm_publishedTheDayAfterLeapDay() {
        String text = read(STORM);
        List<Candidate> candidates = CandidateExtractor.extract(text, LocalDate.parse("2024-03-01"));
        assertQuotesAreExactSubstringsInReadingOrder(text, candidates);
        assertAll(List.of(
                expect("A powerful storm tore through the Gulf Coast on Thursday", "2024-02-29", "day", "on Thursday",
                        Set.of("number", "quantity", "reported speech", "comparison"), Set.of()),
                expect("The National Weather Service said winds reached 95 mph near Mobile, Ala., shortly after 4 p.m.",
                        null, null, null, Set.of("number", "reported speech"), Set.of()),
                expect("It was the strongest February storm", null, null, null, Set.of("comparison"), Set.of()),
                expect("Gov. Kay Ivey declared a state of emergency yesterday and asked the U.S. government",
                        "2024-02-29", "day", "yesterday", Set.of("named actor"), Set.of()),
                expect("“We have never seen water rise this fast,” she told reporters.", null, null, null,
                        Set.of("reported speech"), Set.of()),
                expect("“Nobody should be on the roads tonight.”", "2024-03-01", "day", "tonight",
                        Set.of(), Set.of("opinion")),
                expect("Dr. Maria Lopez", null, null, null,
                        Set.of("number", "quantity", "named actor", "reported speech"), Set.of()),
                expect("Insurers estimate the damage at $1.5 billion", "2023-01-09", "day", "on Jan. 9, 2023",
                        Set.of("number", "comparison"), Set.of()),
                expect("The utility expects to restore power", "2024-03-05", "day", "next Tuesday",
                        Set.of(), Set.of("forecast")),
                expect("Schools will reopen on 11 March.", "2024-03-11", "day", "on 11 March",
                        Set.of(), Set.of("forecast")),
                expect("Forecasters warned", "2024-03", "month", "later this month",
                        Set.of("reported speech"), Set.of("forecast")),
                expect("Residents who lost their homes in last year’s floods", "2023", "year", "last year",
                        Set.of("reported speech"), Set.of())),
                candidates);
    }

    @Test
    void germanEconomy_publishedOnNewYearsEve() {
        String text = read(ECONOMY);
        List<Candidate> candidates = CandidateExtractor.extract(text, LocalDate.parse("2024-12-31"));
        assertQuotesAreExactSubstringsInReadingOrder(text, candidates);
        assertAll(List.of(
                // what was reported and the day it was reported differ: readers date such a line by either
                expect("BERLIN (AP) — Germany's economy shrank by 0.2%", null, null, "in the third quarter",
                        Set.of("number", "percentage", "reported speech", "comparison"), Set.of()),
                expect("Chancellor Olaf Scholz lost a confidence vote", "2024-12-16", "day", "on 16 December",
                        Set.of("named actor"), Set.of()),
                expect("\"This government has failed,\" opposition leader Friedrich Merz told the Bundestag.",
                        null, null, null, Set.of("named actor", "reported speech"), Set.of()),
                expect("He called the coalition's record", null, null, null, Set.of("comparison"), Set.of()),
                expect("Unemployment rose to 6.1% in November", "2024-11", "month", "in November",
                        Set.of("percentage", "comparison"), Set.of()),
                expect("The Bundesbank expects growth of only 0.1% next year", "2025", "year", "next year",
                        Set.of("percentage", "comparison"), Set.of("forecast")),
                expect("Exports to China fell for the fifth month in a row.", null, null, null,
                        Set.of("comparison"), Set.of()),
                expect("Some 3,000 workers protested", "2024-12-27", "day", "on Friday",
                        Set.of("number", "quantity"), Set.of()),
                expect("The new government will take office in the spring.", "2025-03", "month", "in the spring",
                        Set.of(), Set.of("forecast")),
                expect("Mr. Scholz said tomorrow's New Year address", "2025-01-01", "day", "tomorrow",
                        Set.of("reported speech"), Set.of("forecast"))),
                candidates);
        Candidate vote = candidates.get(1);
        assertEquals(List.of("2024-12-16", "2025-02-23"), vote.dates().stream().map(d -> d.date().value()).toList(),
                "the election \"on Feb. 23\" after a vote in the past is the next 23 February");
        Candidate contraction = candidates.get(0);
        assertEquals(List.of("2024-07", "2024-12-30", "2024"),
                contraction.dates().stream().map(d -> d.date().value()).toList(),
                "the economy shrank in the third quarter, which the office said on Monday");
        assertEquals("left undated: it is what was reported, and the report has a day of its own (\"on Monday\")",
                contraction.dateBasis());
    }

    // ---------------------------------------------------------------- the wrong dates of issue 15

    private static final LocalDate FRIDAY_14_MARCH_2025 = LocalDate.parse("2025-03-14");

    @Test
    void aForecastOnMonday_inAnArticleOfAFriday_isTheMondayAfter() {
        Candidate plan = CandidateExtractor.extract(
                "The regional water authority will publish a revised drought plan on Monday.", FRIDAY_14_MARCH_2025)
                .get(0);
        assertEquals("2025-03-17", plan.eventDate().value(), plan.dateBasis());
        assertEquals("relative to publishedAt 2025-03-14 (Friday): future tense: the next Monday", plan.dateBasis());
        assertEquals("2025-03-14", plan.dateAnchor().value());
        assertEquals(Set.of("forecast"), labels(plan));
    }

    @Test
    void aSentenceWithoutADatePhrase_isNotGivenItsNeighboursDate() {
        List<Candidate> candidates = CandidateExtractor.extract("The regional water authority will publish a revised"
                + " drought plan on Monday. The plan is expected to cap household use at 50 gallons a day.",
                FRIDAY_14_MARCH_2025);
        Candidate cap = find(candidates, "The plan is expected");
        assertNull(cap.eventDate(), cap.dateBasis());
        assertNull(cap.dateText());
        assertNull(cap.dateBasis());
    }

    @Test
    void aQuote_isNotDatedFromThreeSentencesEarlier() {
        List<Candidate> candidates = CandidateExtractor.extract("Reservoir levels fell to 41% of capacity on March 3."
                + " Officials said 12 towns were affected. Farmers said 40 wells were dry."
                + " “We cannot keep drawing down at this rate,” the chairwoman said.", FRIDAY_14_MARCH_2025);
        assertEquals("2025-03-03", candidates.get(0).eventDate().value());
        for (Candidate later : candidates.subList(1, candidates.size())) {
            assertNull(later.eventDate(), later.quote() + ": " + later.dateBasis());
        }
        assertEquals(4, candidates.size(), "each sentence has reported speech or a number");
    }

    @Test
    void aWeekdayWrittenWithADate_isTheWrittenDate() {
        Candidate vote = CandidateExtractor.extract("The referendum was held on Sunday, October 15.",
                FRIDAY_14_MARCH_2025).get(0);
        assertEquals("on Sunday, October 15", vote.dateText());
        assertEquals("2024-10-15", vote.eventDate().value(), "15 October 2024 was a Tuesday: the written date wins");
        assertTrue(vote.dateBasis().endsWith("the text calls it a Sunday but it is a Tuesday: the written date wins"),
                vote.dateBasis());
        assertEquals(1, vote.dates().size(), "one expression, not a weekday and a date");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Saskatchewan producers have harvested 3 quarters of the crop. Statistics Canada put the canola crop at 19.6 million tonnes. | 2024-10-14
            The film opened in Toronto to 3 standing ovations. Its distributors said the takings were $2 million. | 2024-11-28
            Saskatchewan growers sold 3 million tonnes. Statistics Canada said U.S. buyers took half of it. |
            """)
    void thanksgiving_isCanadasInAStoryThatNamesCanadaTwice_andNothingAmerican(String story, String expected) {
        String text = story + " Farmers hope to have 3 fields in the bin before Thanksgiving.";
        List<Candidate> candidates = CandidateExtractor.extract(text, LocalDate.parse("2024-09-26"));
        Candidate thanksgiving = candidates.get(candidates.size() - 1);
        assertEquals("Thanksgiving", thanksgiving.dateText());
        assertEquals(expected, thanksgiving.eventDate() == null ? null : thanksgiving.eventDate().value(),
                thanksgiving.dateBasis());
        if (expected == null) {
            assertTrue(thanksgiving.dateBasis().contains("names both Canada and the United States"),
                    thanksgiving.dateBasis());
        } else if (expected.endsWith("-10-14")) {
            assertTrue(thanksgiving.dateBasis().contains("Canada's Thanksgiving"), thanksgiving.dateBasis());
        }
    }

    @Test
    void evidenceThatDoesNotSettleTheDay_leavesTheCandidateUndated_withThePhraseShown() {
        Candidate winds = CandidateExtractor.extract("Ferreira, 19, might make his debut at home on Saturday.",
                LocalDate.parse("2025-10-31")).get(0);
        assertNull(winds.eventDate());
        assertNull(winds.dateAnchor());
        assertEquals("on Saturday", winds.dateText());
        assertTrue(winds.dateBasis().startsWith("left undated: \"would\""), winds.dateBasis());
        assertTrue(winds.dates().isEmpty(), "an unsettled expression resolves to no date");
    }

    // ---------------------------------------------------------------- phrases that do not date the claim

    @ParameterizedTest(name = "\"{0}\" of {1} is left undated: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Monarchs arrive in the county each June and leave for Mexico in the fall.                    | 2025-07-15 | in the fall          | a habit
            The club has hosted a public stargazing evening every clear Friday since 2019.             | 2024-08-31 | Friday               | a habit
            Airlines typically carry more passengers in the last week of December than in any other week. | 2024-12-30 | last week            | a habit
            Historically, the most dangerous stretch of the season runs from mid-August to 3 October.   | 2024-05-31 | mid-August           | a habit
            Two blocks away, a musical that critics savaged last spring is selling out at $349 a seat.  | 2025-11-28 | last spring          | the sentence's subject
            Every Hogmanay 3 of us promise ourselves that we will do better in the year ahead.         | 2025-12-31 | Hogmanay             | a habit
            Most international students apply for 3 visas between May and August.                    | 2024-02-29 | between May and August | a habit
            Attendance at Sunday Mass has fallen to about 140 people, from more than 1,200.           | 2023-06-30 | Sunday               | qualifies what follows
            My landlord slipped a notice under my door on Monday saying my rent will go up by $275.    | 2023-11-24 | on Monday            | tenses disagree
            For decades, 3 countries marked their workers' holiday on March 10.                        | 2022-05-01 | March 10             | a habit
            There's a particular smell to 3 estates on Halloween night.                                | 2023-10-28 | on Halloween         | a habit
            Prices for 3 holidays have tended to dip again in late February.                           | 2022-12-27 | late February        | a habit
            Northsea cannot drive 3 piles between 1 March and 31 August in any year.                   | 2024-02-29 | 1 March              | a habit
            The normal date for the complete withdrawal of the monsoon from 3 states is October 15.     | 2022-10-16 | October 15           | any day of its kind
            The company had been targeting a launch of 3 satellites in late April.                      | 2024-02-29 | late April           | looks ahead from a moment
            Passenger numbers peak in the last week of December, when 4 million people travel.         | 2024-12-30 | last week            | is a week of a month
            Sales of 3 brands rose in the last week before Christmas.                                   | 2024-05-08 | last week            | is the week before a day
            Last weekend's champion, the racing drama Redline Summer, slipped to second with $26.5m.    | 2022-07-03 | Last weekend         | qualifies what follows it
            The Aldwick Bridge is toll-free every Christmas Day, the council said.                       | 2024-01-04 | Christmas Day        | a habit
            Ortiz had held the title since beating Sakura Ito in Tokyo in 2019.                          | 2025-02-12 | in 2019              | "since" clause
            Auto sales have cooled since hitting a record 17.55 million vehicles in 2016.                | 2025-02-12 | in 2016              | "since" clause
            Jenny Clarke said a bike she ordered on the 8th of December had still not arrived.          | 2025-12-29 | 8th of December      | relative clause in the subject
            Margaret Pengelly remembers the great storm of January 1953 most clearly of all.             | 2025-06-21 | January 1953         | remembers
            The government's budget for next year is unlikely to pass, 3 ministers said.                 | 2023-11-17 | next year            | period of the sentence's subject
            Ashcroft's sales rose 9% on the same period of 2024.                                         | 2025-07-20 | 2024                 | point of comparison
            Utilities have delayed the retirement of coal plants that were due to close this year, 3 analysts said. | 2025-11-14 | this year | relative clause
            The 300 benches had emptied faster than a seaside car park in November.                      | 2027-03-18 | in November          | point of comparison
            Every Boxing Day he would lead the village's charity swim.                                   | 2022-12-27 | Boxing Day           | a habit
            For 60 years he read the names aloud on the courthouse steps every Memorial Day.             | 2022-05-31 | Memorial Day         | a habit
            Collingwood booked their place with a win over GWS at the MCG last Friday night.             | 2023-09-30 | last Friday          | a week before
            Nurses will see a 3% rise in their pay, backdated to April 2018.                             | 2025-03-01 | April 2018           | backdated
            Port operators say the code, last overhauled in 2016, lags behind 3 rivals.                  | 2024-02-29 | in 2016              | an aside
            The electoral commission has set Dec. 20 as polling day for 3 provinces.                     | 2022-12-31 | Dec. 20              | most of a year after
            Enrollment figures are up about 2 percent on last year, Dana Whitfield said.                 | 2026-08-19 | last year            | point of comparison
            Ms Reeves has repeated the phrase 12 times since she first used it in October.               | 2027-03-18 | in October           | "since" clause
            If the government cut them tomorrow, some shops would survive.                             | 2026-05-29 | tomorrow             | part of a condition
            The society promised to close no branches within six months of completion.                 | 2025-06-30 | within six months    | counts from an event
            Patrons have asked for Sunday opening for years, 300 of them in a petition.                | 2026-01-02 | Sunday               | qualifies what follows
            Neighbors plan to gather outside City Hall ahead of Tuesday's vote, 40 of them said.        | 2026-07-15 | Tuesday              | qualifies what follows
            Residents have campaigned for a new surgery since the old one closed in 2019, 4,000 of them. | 2027-05-31 | 2019                 | a "since" clause
            The students were chosen from a pool of 6,870 applicants, up 14 percent from last year.   | 2027-12-15 | last year            | a point of comparison
            Wildfires have already burned 410,000 acres in Oregon, more than in all of 2024.         | 2025-08-21 | 2024                 | a point of comparison
            Baltic Reign was second, with last year's winner Harbour Light a gallant third, 3 lengths back. | 2030-04-14 | last year  | qualifies what follows
            Halvorsen, founded in 1868, enrolls about 7,200 undergraduates.                          | 2027-12-15 | 1868                 | an aside
            Doyle, who won the title in 2024 and 2025, said he had run out of energy after 9 frames. | 2026-02-02 | 2024 and 2025        | a span of years
            Doyle, who won the title in 2025, said he had run out of energy after 9 frames.          | 2026-02-02 | 2025                 | an aside
            Waste fires are more common in the summer months, 40 of them a year.                     | 2027-06-15 | summer               | a habit
            Snow in March is not unusual, said Clare Nolan, who has kept 30 years of records.        | 2023-02-27 | March                | a habit
            "I'd go back tomorrow," he said of the 3 albums.                                         | 2029-11-18 | tomorrow             | imagined
            In most years the first frost arrives here in the middle of October, 2 weeks early.      | 2024-10-31 | October              | a habit
            This one could rank among the 5 biggest in Burlington, where records began in 1884.        | 2026-01-28 | 1884                 | a relative clause
            This one could rank among the 5 biggest at the airport where records began in 1884.        | 2026-01-28 | 1884                 | a record began
            Staff hope to bring back the Christmas book sale, which raised £3,400 in 2023.           | 2025-06-06 | 2023                 | a relative clause
            The vote was a test for the 41 councillors, who took control of the council on 1 May.    | 2025-05-14 | 1 May                | a relative clause
            It costs $200 less than the original Fold X, which launched in 2026.                     | 2028-02-29 | 2026                 | a relative clause
            The university, founded in 1891 as a teachers college, now enrolls 22,000 students.      | 2025-10-02 | 1891                 | an aside about the sentence's subject
            Kingsford, champions as recently as 2019, have now lost 4 games in a row.                | 2025-11-30 | 2019                 | an aside about the sentence's subject
            Similar rules in Portland, adopted a decade ago, produced 300 units a year.              | 2027-04-15 | a decade ago         | an aside about the sentence's subject
            Built in 1902 with money from Andrew Carnegie, the library has served 3 towns.            | 2025-06-06 | 1902                 | the participle clause
            Car imports have been disrupted 12 times since the Key Bridge collapse in March 2024.     | 2025-03-31 | March 2024           | a "since" clause
            The council said the work had been brought forward from September by 3 months.           | 2025-06-06 | September            | moved from
            "He was outstanding today," said manager Steve Crane after Saturday's 3-1 win.           | 2025-11-30 | today                | the day it was spoken
            The four-hour target has not been met since July 2015, 3 reports say.                     | 2025-12-30 | July 2015            | a "since" clause
            Observers have not had such a good view of a comet since Hale-Bopp in 1997, 3 said.       | 2025-11-12 | 1997                 | a "since" clause
            Organizers expect 20,000 visitors, roughly the same as last year.                        | 2019-08-08 | last year            | a point of comparison
            Police estimated the crowd at about 100,000, similar to last year.                       | 2024-02-18 | last year            | a point of comparison
            Attendance at the main Sunday eucharist has risen from about 40 in 2019 to 110.          | 2024-02-29 | 2019                 | a point of comparison
            Wheat yields have averaged 48 bushels so far, down from 55 bushels a year ago.           | 2019-08-08 | a year ago           | a point of comparison
            Crime experts cautioned against comparisons with 2021, an unusually violent year.        | 2025-10-09 | 2021                 | a point of comparison
            Obituaries and this week's sale bills, 40 of them, appear on Page 6.                     | 2019-08-08 | this week            | qualifies what follows
            If you cannot wait until summer, the city has 12 museums to offer sooner.                | 2025-05-09 | until summer         | part of a condition
            Europa, whose surface was photographed by 2 probes in 1979, is thought to hide an ocean.  | 2025-02-27 | 1979                 | a relative clause
            The RMT is seeking a pay rise of at least 7%, citing inflation of 9% in April.            | 2022-06-20 | April                | the source the sentence cites
            Anyone with information is asked to call 101, quoting incident 94 of 15th November.      | 2025-11-16 | 15th November        | a reference number
            That is down from a peak of nearly 8% last October.                                       | 2024-08-20 | last October         | a point of comparison
            Flu admissions are 4 times the level seen at this point last winter.                      | 2024-12-31 | last winter          | a point of comparison
            Every Fourth of July for 50 years, Evelyn Marsh has sat at the corner of Main Street.     | 2025-07-03 | July                 | a habit
            Fenella is the sixth named storm of a season that began in September, 12 in all.        | 2025-11-18 | September            | a relative clause
            Consumer prices rose 6.8% in the 12 months through November, 3 economists said.          | 2021-12-10 | through November     | ends a period
            The agency screened 3.1 million people on the Sunday after the storm last year.         | 2024-11-22 | Sunday               | counted from an event
            That is lower than the same quarter last year, when there were 33,900 starts.            | 2025-07-09 | last year            | a point of comparison
            The median sale price was $422,400, up 1% from July last year.                            | 2025-08-21 | July last year       | a point of comparison
            Founded as a single shop in Leicester in 1962, Harlow & Finch now has 214 stores.        | 2025-07-31 | 1962                 | the participle clause
            The festival closes at 5pm on the Sunday, after 3 days.                                   | 2025-08-28 | Sunday               | a week the text gave before
            Official figures show 31,250 housing starts in England between January and March.        | 2025-07-09 | January and March    | no tense says whether the months
            He finished at 17-under 263, a stroke outside the record set by Doug Meyers in 1998.      | 2025-06-15 | 1998                 | a point of comparison
            No American spacecraft has landed on the moon since Apollo 17 in December 1972, 3 said.  | 2025-02-26 | December 1972        | a "since" clause
            Piper carries 6 NASA instruments under a $118 million contract the agency awarded in 2019. | 2025-02-26 | 2019                 | a relative clause
            Born in Whitwick in 1931, the son of a colliery winder, he left school at 14.             | 2025-03-10 | 1931                 | the participle clause
            His wife, Jean, whom he married in 1955, died at 90.                                      | 2025-03-10 | 1955                 | a relative clause
            Vance, 41, has won 4 Grammys, including best Americana album in 2021.                     | 2025-06-02 | 2021                 | the source the sentence cites
            Job growth averaged 186,000 a month in the three months through February.                | 2019-03-08 | through February     | ends a period
            The 7 and 7A will run every 20 minutes until 11pm, Monday to Saturday.                    | 2025-01-03 | Monday               | a habit
            The decision, reported in these pages last week, will leave 3 villages without a bus.     | 2025-10-06 | last week            | an aside
            Bookings were running well ahead of last year, 3 analysts said.                           | 2025-02-27 | last year            | a point of comparison
            Temperatures beat the previous record, set in 2019, by 0.4C.                              | 2023-11-07 | 2019                 | a point of comparison
            The hours cost £38,000, met partly from a reserve fund set up in 2021.                    | 2025-03-31 | 2021                 | a relative clause
            The cause was complications of a fall he had suffered in October, 2 doctors said.         | 2020-12-09 | October              | a relative clause
            Bills have risen to £612, compared with £518 last year.                                   | 2025-04-16 | last year            | a point of comparison
            Claims could top £100 million, based on the cost of Storm Babet in October 2023.          | 2025-01-24 | October 2023         | the source the sentence cites
            Somerset finished runners-up 6 times, most recently in 2019.                              | 2025-09-14 | 2019                 | the source the sentence cites
            Ortega, a former board member who first ran for office in 2018, has said he will accept 2 recounts. | 2025-11-20 | 2018   | a relative clause
            The council will answer your Feb. 3 letter on the plan to close 2 pools.                  | 2017-02-08 | Feb. 3               | most of a year after publication
            His time broke the course record of 2:10:37, set by Tesfaye Bekele in 2011.              | 2025-04-06 | 2011                 | a point of comparison
            Organisers hope to beat last year's total of 9,000 sightings.                             | 2024-05-15 | last year            | qualifies what follows
            The final dividend will be cut to 2p, from 5.1p last year.                                | 2026-02-19 | last year            | a point of comparison
            Net income rose to $612 million from $498 million, or 77 cents, a year ago.               | 2024-10-24 | a year ago           | a point of comparison
            The road carries 18,000 vehicles a day, almost double the figure in 2010.                 | 2025-11-06 | 2010                 | a point of comparison
            Director Nadia Crane, whose debut "Salt Road" won a prize in 2019, has made 2 films since. | 2025-03-01 | 2019                 | a relative clause
            We are closer than we were in the spring, 3 officials said.                              | 2026-09-30 | the spring           | a point of comparison
            That is about £20/t below where it stood a year ago, 3 traders said.                     | 2026-07-16 | a year ago           | a point of comparison
            Bookings were running 11% ahead of last winter, 3 agents said.                           | 2025-12-31 | last winter          | a point of comparison
            A prisoner exchange agreed last weekend has still not taken place, 2 sources said.       | 2028-05-14 | last weekend         | a participle in the subject
            A federal heat rule proposed by OSHA in 2024 was never finalized, 3 lawyers said.        | 2028-07-21 | 2024                 | a participle in the subject
            The ethics ordinance she introduced in February has been amended 14 times.               | 2026-12-31 | February             | relative clause
            Adopt the ordinance as drafted in February and fund 2 inspectors.                        | 2026-12-31 | February             | a version of the text
            Herrera said the market now accepts SNAP benefits, a program that began last summer, 3 said. | 2028-06-02 | last summer      | a relative clause
            "Tidewater," a two-hander that premiered Sunday, is 2 hours long.                       | 2027-07-21 | Sunday               | whose verb speaks of now
            The figures, released today, are based on 48 readings a day.                             | 2028-02-29 | today                | whose verb speaks of now
            The paper she wrote in 1980 is still cited 300 times a year.                             | 2027-01-02 | 1980                 | in the subject
            Another 8 inches is possible on top of the 9.4 inches that fell over the weekend.        | 2027-01-18 | the weekend          | a relative clause
            He finished fifth, matching his best result of the year, set in Canada three weeks ago.  | 2028-07-09 | three weeks ago      | a point of comparison
            Within a year, the town's unemployment rate had more than doubled, to 11.2%.             | 2024-11-07 | Within a year        | counts from an event
            Veritek's fiscal year runs from July through June, 12 months.                            | 2029-01-31 | July                 | a habit
            Ofqual wants 3 grades to settle at the levels last seen in 2019.                         | 2026-08-15 | 2019                 | a point of comparison
            That left prices about 14% below their level of last year.                               | 2025-11-30 | last year            | a point of comparison
            "We cannot afford a repeat of 2018," the minister told 3 reporters.                     | 2026-05-31 | 2018                 | a point of comparison
            The same law moved the start of the legal year from March 25 to Jan. 1, 3 historians say. | 2029-01-02 | March 25            | a plan was moved from
            Since 2007, daylight saving time has started on the second Sunday in March in 48 states. | 2029-03-08 | second Sunday        | has held since
            A year ago, the target range stood 3 points higher.                                      | 2026-03-18 | A year ago           | readers date it either way
            The company expects to fill all 3 orders within six weeks.                               | 2025-07-02 | within six weeks     | readers date it by either month or by both
            Labor Day used to be the moment when 3 wards started paying attention.                   | 2020-09-08 | Labor Day            | a habit
            The summer of 2022-23 was the wettest in 3 decades.                                      | 2026-01-27 | summer               | no northern summer
            Many families are still paying off 3 debts built up over Christmas.                      | 2025-02-19 | over Christmas       | no tense says
            Lincoln East has won 26 straight games dating to October 2023.                           | 2025-11-29 | October 2023         | where a run starts
            The festival always opens on 1 December, 3 guides say.                                   | 2027-09-04 | 1 December           | a habit
            The fire, which was sparked by lightning on Saturday, has now burnt 38,000 hectares.     | 2028-02-29 | Saturday             | whose verb speaks of now
            Residents who left on Sunday have been told 3 times not to return.                       | 2028-02-29 | Sunday               | whose verb speaks of now
            Millbrook has roughly 2,300 of them, most installed before 1950.                         | 2024-12-30 | 1950                 | bounds the time
            Ridership has recovered to about 90 per cent of what it was in 2019.                     | 2026-01-30 | 2019                 | a point of comparison
            For most of my life I have celebrated on the 28th, 3 friends say.                        | 2028-02-29 | the 28th             | a habit
            The region is still rebuilding 3 bridges destroyed by Cyclone Gabrielle five years ago.  | 2028-02-29 | five years ago       | a relative clause
            By the afternoon of Sunday, Oct. 11, 3 gauges had stopped reporting.                      | 2025-10-11 | Sunday, Oct. 11      | the tense rules out
            The traditional peak dengue season runs from June to October, in 3 of 5 regions.          | 2026-06-01 | from June to October | a habit
            Hogmanay, by contrast, has always been the main event for 3 cities.                       | 2025-12-28 | Hogmanay             | a habit
            "The pipeline is there, but the first quarter is always the weakest," said 3 economists.  | 2026-03-31 | the first quarter    | a habit
            The rivers are still rising and could exceed levels set in 1974 at 3 gauges.             | 2025-03-31 | 1974                 | a point of comparison
            Unlike last year, when a bright moon washed out 3 showers, the sky should be dark.        | 2027-04-18 | last year            | a point of comparison
            Analysts expect prices up 3.6% in the year to February.                                   | 2029-05-02 | February             | an annual rate
            Northcrest Inc. swung to a loss of $38m in its fourth quarter, the company said.          | 2027-09-30 | fourth quarter       | fiscal quarter
            Residents will follow the plows on a live map, a feature the city promised two years ago.  | 2025-11-22 | two years ago        | an aside about a noun
            Turnout appears to be down on four years ago, with 3 councils below 30%.                 | 2025-05-02 | four years ago       | a point of comparison
            Lanes will be shut between 8pm and 6am from Sunday to Thursday nights on 3 bridges.     | 2025-03-31 | Sunday               | a habit
            He changed his 3 pleas on the morning his trial was due to start in June.                | 2025-10-31 | in June              | no tense says
            The package includes $2 billion in aid for communities in Texas hit by flooding this summer. | 2025-11-26 | this summer        | a relative clause
            Head teacher Priya Sandhu said the shorter Friday would give 3 staff time for training.   | 2026-01-15 | Friday               | "would"
            Families will gather for Thanksgiving in 3 states.                                        | 2026-10-08 | Thanksgiving         | both near
            Many said their 3 contracts were due for renewal in the autumn, when prices are expected to double. | 2022-07-14 | in the autumn | tenses disagree
            Every summer, Delgado closes for a week in July so 3 staff can take vacation.            | 2026-05-22 | in July              | a habit
            Paddy was sown on 98 lakh hectares, against 80 lakh hectares in the corresponding period last year. | 2025-07-14 | last year | a point of comparison
            "Christmas Eve is one of the busiest nights of the year on our roads," 3 officers said.  | 2024-01-11 | Christmas Eve        | a habit
            She moved to Chicago at 18 and within a year was playing 6 nights a week.               | 2025-01-02 | within a year        | counts from an event
            Last winter was the wettest in 3 counties since records began.                          | 2024-03-28 | Last winter          | either way
            Not everything has gone smoothly: the time capsule buried in 1925 turned out to hold 3 coins. | 2025-11-28 | 1925          | relative clause
            A labour dispute in the first quarter cut output by about 3,000 tonnes.                 | 2024-10-15 | first quarter        | fiscal quarter
            The union said an offer made last April was still on the table for 3 grades.            | 2024-02-29 | last April           | relative clause
            The campaign was starting earlier than in 2024, 3 officials said.                       | 2025-10-06 | 2024                 | a point of comparison
            Rates are far below their pandemic peak of more than $14,000, reached in September 2021. | 2024-01-03 | September 2021       | a point of comparison
            Contractors had originally been due to finish 3 blocks by the end of April.             | 2025-09-01 | by the end of April  | no tense says
            The display, which runs until the end of the month, includes 3 photographs and a station clock that stopped in 1964. | 2024-04-07 | until the end of the month | a relative clause
            Although she stopped touring after a stroke in 2011, she taught 3 singers every Thursday. | 2025-06-14 | in 2011          | a habit
            The centrepiece is a ledger of 3 volumes, discovered beneath floorboards during building work in the spring of 2023. | 2025-08-26 | in the spring of 2023 | an aside
            Anyone who renewed 3 mortgages this fall might dispute that anything got cheaper.         | 2024-12-28 | this fall            | an aside about the sentence's subject
            "We cannot wait for another Hammanskraal," she said, referring to the 2023 outbreak that killed 30 people. | 2025-06-11 | 2023 | refers to
            The council set the rate at 62.9 cents, down slightly from last year's 63.2 cents.      | 2025-09-17 | last year            | a point of comparison
            The June-September season brings about 70 per cent of India's annual rainfall.          | 2025-06-05 | The June-September   | a habit
            A stretch sagged, and the cover, a song the band first tried out at Glastonbury in 2022, felt dutiful to 3 fans. | 2025-11-15 | in 2022 | an aside
            The new material, much of it from Pale Signal, the album due out on 6 February, is 3 times more expansive. | 2025-11-15 | on 6 February | an aside
            The museum is open from Tuesday to Sunday, 10am to 4pm, for 3 pounds.                    | 2025-08-26 | Tuesday to Sunday    | a habit
            Neighbors plan to gather outside City Hall ahead of Tuesday's vote, 3 groups said.       | 2026-07-15 | Tuesday              | qualifies what follows
            The closure scrambles 3 bus routes, the same issue that dominated Thursday's board debate. | 2025-09-15 | Thursday           | qualifies what follows
            Revenue climbed 31% to £186m, with like-for-like sales ahead of 2019 levels.            | 2023-03-23 | 2019                 | a point of comparison
            The airport operates under a cap of 32 million passengers a year, imposed in 2007.      | 2024-07-02 | 2007                 | an aside
            Organisers expect up to 20,000 visitors, almost double the attendance of a decade ago. | 2025-07-30 | a decade ago         | a point of comparison
            Residents are advised to keep 3 N95 masks at hand, as many did during the 2019 episode. | 2023-10-02 | 2019                | a point of comparison
            Oklahoma sees most of its 3 dozen tornadoes between April and June.                     | 2025-06-09 | between April and June | a habit
            Many of them mark their 3 birthdays on 28 February or 1 March in other years.           | 2024-02-29 | 28 February          | a habit
            The bells will ring in the new year and 3 choirs will sing in the new year.             | 2025-12-10 | in the new year      | some readers
            3 cases remained high for the rest of the month.                                         | 2025-12-10 | the rest of the month | told of before
            Teagasc advisers said this week that stocks on 3 farms were down to two weeks.        | 2024-02-29 | this week            | either way
            A state law that took effect in July 2022 requires 3 schools to start later.            | 2023-09-14 | July 2022            | an aside
            The Honor Society, a U.S.-based club founded in 1997, says 3 members join each year.   | 2024-02-29 | 1997                 | an aside
            Industry groups say the delays are nowhere near as severe as in 2021, 3 ports said.     | 2026-01-11 | 2021                 | a point of comparison
            Reis would be the record signing, surpassing the £30m paid for 3 players in 2022.       | 2023-06-28 | 2022                 | a point of comparison
            Net profit fell 18 per cent to $412 million in the 2025 financial year, 3 analysts said. | 2025-10-22 | 2025               | a fiscal or financial year
            The utility spent $1.1 billion on 3 reactors in fiscal year 2028.                       | 2028-10-27 | 2028                 | a fiscal or financial year
            The items carry use-by dates between 18 May and 24 May, 3 retailers said.               | 2025-05-17 | 18 May               | printed on a product
            The case was brought by 3 journalists and several others who had covered protests in the spring of 2023. | 2026-01-20 | spring of 2023 | relative clause
            Sales rose 3% to $2.8 billion, helped by price increases the company put through in January. | 2025-04-30 | January | relative clause
            Whitfield said price increases taken early this year had stuck at 3 chains.            | 2024-10-29 | early this year      | relative clause
            The minister praised the biggest shake-up of 3 bus networks since deregulation in 1986. | 2025-03-27 | 1986               | since
            In the years without a Feb. 29, she has always celebrated on the 28th with 3 friends.  | 2024-02-29 | Feb. 29             | any day of its kind
            The total is up by almost 9,000 on last month, 3 hospitals said.                       | 2025-12-26 | last month           | a point of comparison
            Values in 3 cities remain below their March 2022 peak.                                 | 2025-10-31 | March 2022           | a point of comparison
            Residents could see 3 plumes of smoke on Tuesday night.                                 | 2025-10-31 | on Tuesday           | "would" looks ahead
            "We went into January with a much cleaner cost base than we had 12 months ago," 3 said. | 2024-02-29 | 12 months ago | a point of comparison
            Friday's headliner is the soul revue Motor City, which drew a crowd of 12,000 in 2019. | 2025-05-22 | Friday     | no tense says
            "In the other years I have my cake on the 28th," 3 friends said.                        | 2024-02-29 | on the 28th | any day of its kind
            Her 3 bands wore red wool uniforms even in August heat.                                 | 2023-04-09 | in August  | any day of its kind
            Fireworks are banned in 3 towns between 11pm and 7am, except on Bonfire Night.          | 2022-10-31 | on Bonfire Night | any day of its kind
            The proposal is up 6.2% from the budget commissioners adopted last June.                | 2026-03-01 | last June  | a point of comparison
            Build cost inflation has eased to around 1%, from a peak of more than 10% in 2022.      | 2025-07-31 | 2022       | a point of comparison
            The normal date of onset over 3 states is June 1, with a deviation of seven days.       | 2022-05-31 | June 1     | any day of its kind
            Kanaboshi lists 3 games for release in its fiscal third quarter.                         | 2026-01-31 | third quarter | a fiscal quarter
            Packages have "best if used by" dates of Feb. 3, 2025, through March 14, 2025, on 3 flaps. | 2024-11-29 | Feb. 3, 2025 | printed on a product
            The ceremony, originally planned for Saturday morning, was moved up a day for 3 schools. | 2026-05-30 | Saturday   | the date the claim replaced
            Store traffic at the 3 malls rose 6% from 2024, she said.                                | 2026-03-04 | 2024       | a point of comparison
            Turnout across the 3 wards was 31.4%, down from 35.9% when these seats were last contested in 2021. | 2024-05-03 | 2021 | a point of comparison
            The district faces a $4.2 million shortfall in the 2023-24 fiscal year, which begins July 1. | 2023-03-01 | July 1 | a relative clause
            On Sunday evening, Sunder Nursery hosts a walk through its 3 gardens, led by architects. | 2025-10-15 | On Sunday  | no tense says
            "If you have 3 ballots, please don't wait until next week," the director said.          | 2022-10-31 | next week  | advises against
            "People remember our 3 pantries at Thanksgiving and Christmas," Reyes said.             | 2023-12-31 | Thanksgiving | any day of its kind
            She left school at 16 to work in a bacon factory, and joined the union within a week.    | 2026-01-02 | within a week | counts from an event
            The "Never on Sunday" rule dates to 1893, when 3 churches complained.                    | 2023-01-01 | 1893         | where a run starts
            There is a particular kind of gloom that settles over 3 high streets at the end of November. | 2025-12-01 | the end of November | a habit
            "We always see a bump after Thanksgiving," said 3 nurses. | 2025-11-27 | Thanksgiving | a habit
            Festival director Ciarán Moloney said 3 ticket sales were running ahead of 2019. | 2024-06-01 | 2019 | a point of comparison
            That pace would be slower than the 5.4% increase 3 groups recorded for the 2022 holiday season. | 2023-11-18 | 2022 | a point of comparison
            3 economists expect a modest rebound after January's contraction. | 2026-04-06 | after January | counted from
            Bramble says it will refund 3 members if a price drops within 14 days. | 2022-07-12 | within 14 days | a condition
            The week closes with 3 family days at Eldon Square on the final Sunday. | 2024-08-31 | Sunday | a week the text gave before
            Boxing Day cricket at 3 grounds has become a summer ritual for many families. | 2022-12-27 | Boxing Day | a habit
            "The December quarter is always soft for 3 of our divisions," she said. | 2025-10-17 | December quarter | a habit
            That would tie the record for the date, set in 1974, 3 forecasters said. | 2025-05-24 | 1974 | a record began or was set
            The vote passed, with 3 members who supported last year's budget voting no. | 2023-05-31 | last year | qualifies what follows
            "We punted again, just like we did two years ago," 3 councillors said. | 2023-05-31 | two years ago | likened to
            "We were playing as if it was still Christmas Day," said 3 players. | 2023-12-26 | Christmas Day | likened to
            Tuala said the week had felt "like Christmas Eve" for 3 players. | 2022-09-30 | Christmas Eve | likened to
            Madaraka Day marks the anniversary of 3 treaties signed on 1 June 1963. | 2026-06-01 | 1 June 1963 | an anniversary counts from
            The middle Sunday, a rest day for 3 decades, became a day of play in 2022. | 2026-06-28 | Sunday | a week the text gave before
            The affected bags carry a best-by date of April 15, 2026, and 3 lot codes. | 2025-10-01 | April 15, 2026 | printed on a product
            "We'd rather be playing 3 games in December," she said. | 2023-11-25 | December | would rather
            Organizers expect a crowd about the size of last year's, roughly 15,000 people. | 2024-09-14 | last year | a point of comparison
            Entries from 3 clubs are up by almost a third on last year. | 2023-02-05 | last year | a point of comparison
            Officials said the disaster already rivalled the floods of 2010, which killed 1,700 people. | 2022-08-27 | 2010 | a point of comparison
            Refinery workers fear shortages at 3 depots similar to those seen last autumn. | 2023-03-06 | last autumn | a point of comparison
            The deficit is $4 billion more than expected in December's mid-year update. | 2026-05-12 | December | a point of comparison
            Before that, clocks in 3 states changed on the first Sunday in April and the last Sunday in October. | 2026-03-06 | first Sunday in April | a habit
            Every 19th of November he led 3 drummers to the beach at Dangriga. | 2022-12-31 | 19th of November | a habit
            Thanksgiving is the one day of the year when 3 pies are not enough. | 2022-11-24 | Thanksgiving | any day of its kind
            The labor force is 600,000 people smaller than it was before the pandemic struck in early 2020. | 2022-10-07 | 2020 | a point of comparison
            "My bill is double what it was in 2020," said 3 farmers. | 2023-03-01 | 2020 | a point of comparison
            The peso ended June at 20.1, little changed from the end of March at 3 banks. | 2022-07-28 | end of March | a point of comparison
            Sudden temperature swings are common in early spring in 3 provinces. | 2025-03-01 | early spring | a habit
            The department predicted a run of 1.4 million sockeye in 3 rivers, roughly in line with 2024. | 2025-05-14 | 2024 | a point of comparison
            People born on or after 6 April 1960 are affected, with 3 ages depending on their birthday. | 2024-01-27 | 6 April 1960 | who is meant
            Someone born on 1 May 1960, for example, will reach pension age at 66 years and 3 months. | 2024-01-27 | 1 May 1960 | who is meant
            The studio has moved the release of its sci-fi thriller Meridian from July 19 to Nov. 22, 3 sources said. | 2024-02-29 | from July 19 | a plan was moved from
            Employees can refuse Sunday work if they give 14 days' notice. | 2025-08-02 | Sunday | qualifies what follows
            The digital test dates for 3 schools are March 9, May 4 and June 1.        | 2023-08-31 | March 9 | no tense says
            "We went to bed on the Monday night thinking we'd lose 3 rows," a grower said. | 2023-03-01 | Monday | of a week the text gave before
            On the Saturday morning there is a bread-baking tent for 3 age groups.     | 2025-03-01 | Saturday | of a week the text gave before
            """)
    void aPhraseThatDoesNotDateTheClaim_orWhoseDirectionIsInDoubt_leavesItUndated_withThePhraseShown(
            String sentence, String published, String phrase, String reason) {
        Candidate candidate = CandidateExtractor.extract(sentence, LocalDate.parse(published)).get(0);
        assertNull(candidate.eventDate(), candidate.dateBasis());
        assertTrue(candidate.dateText().contains(phrase), candidate.dateText());
        assertTrue(candidate.dateBasis().startsWith("left undated: ") && candidate.dateBasis().contains(reason),
                candidate.dateBasis());
    }

    @ParameterizedTest(name = "\"{0}\" of {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Ministers are due to decide on further funding in the second quarter.                    | 2025-03-31 | ~2025-04..2025-06
            Feld told 3 analysts that Kestrel "sold every watch we could make" between Thanksgiving and Christmas. | 2026-01-30 | 2025-11..2025-12
            PASADENA, Calif. — Because New Year's Day falls on a Sunday this year, game 3 will be played Monday, Jan. 2. | 2023-01-01 | 2023-01-02
            The cathedral will hold the Easter Vigil at 8pm on Saturday, with 3 masses on Easter Sunday. | 2026-04-01 | 2026-04-04
            If nothing changes by the end of the year, the target will already be out of reach.      | 2025-06-15 | 2025
            Governor Haruhiko Kuroda's term ends on April 8.                                        | 2023-03-10 | 2023-04-08
            The National Weather Service issued an excessive heat warning for 40 counties on Monday. | 2024-07-30 | 2024-07-29
            Ten years ago this month, the council adopted its first inclusionary zoning rule.        | 2026-07-15 | 2016-07
            Ten years ago, the council adopted its first inclusionary zoning rule.                   | 2026-07-15 | 2016
            Speaking on Monday, the health secretary said 400 operations had been delayed.           | 2024-02-29 | 2024-02-26
            On Monday, the health secretary said 400 operations had been delayed.                    | 2024-02-29 | 2024-02-26
            Union leaders have said they could call a strike of 9,000 dockers as early as mid-January. | 2025-12-31 | 2026-01
            The Met Office expects more unsettled weather, with 40 mm of rain, in early April.        | 2026-03-29 | 2026-04
            The 9 pools that are open will be packed by the Fourth of July.                          | 2026-06-01 | 2026-07-04
            The treaty, backed by 41 states, was signed on the twenty-first of March last year.      | 2026-06-01 | 2025-03-21
            If the council acts then, 300 meters could be running by the spring.                     | 2025-08-15 | ~2026-03..2026-05
            Forecasters expect heavy rain in the spring across 4 states of the Southwest.            | 2026-08-31 | ~2027-03..2027-05
            The company will publish its full third-quarter results, 4% down, on 26 October.          | 2023-10-17 | 2023-10-26
            The court heard that between March 2019 and August 2022 he took £30,000 from residents.   | 2024-05-31 | 2019-03..2022-08
            On March 3 and 4 more homes were flooded, 300 in all.                                   | 2025-03-20 | 2025-03-03
            Harlan will give a fuller picture of 2026, with 3 new routes, at its investor day on Nov. 18. | 2025-10-28 | 2025-11-18
            Passenger numbers this week have been the lowest since 2020, with 40 trains cancelled.     | 2026-01-02 | 2025-12..2026-01
            She retired a decade ago but continued to attend almost every opening night, 300 of them. | 2023-11-08 | ~2013
            Margaret Aldous, the theatre director, died on Saturday at the age of 85.                 | 2023-11-08 | 2023-11-04
            A spin-out company, Northmoor Sensing, will be formally launched on campus on 8 January.   | 2024-12-30 | 2025-01-08
            This year it ran for four days, from 27 to 30 August, and sold 25,000 tickets.             | 2026-09-03 | 2026-08
            Next year's race, for 30,000 runners, is scheduled for April 18th.                        | 2026-04-20 | 2027-04-18
            The Fed will publish the minutes of Wednesday's meeting, 40 pages, on February 21.        | 2024-01-31 | 2024-02-21
            A hundred years ago today, on Thursday 14 April 1927, the first 400 tins came off the line. | 2027-04-14 | 1927-04-14
            The bridge, built in 1968, was last inspected in November, with 3 faults found.          | 2027-03-16 | 2026-11
            Last year the council collected 1,400 tonnes of recycling in December, a record.        | 2025-12-04 | 2024-12
            Plans to transform the park, at a cost of £4m, were approved on Tuesday night.          | 2024-06-13 | 2024-06-11
            Thirty years ago this week, 4 teenagers from Stockport released an album.               | 2029-11-18 | 1999-11
            Last year's heat wave killed 12 people in the region.                                    | 2024-07-31 | 2023
            Threads, which opened at the museum on Saturday, tells the story of 3 mills.            | 2025-10-08 | 2025-10-04
            The column, published on Sunday 9 March 2025, claimed 3 things.                          | 2025-06-01 | 2025-03-09
            Admitted students have until January 5 to accept 1,200 offers.                           | 2027-12-15 | 2028-01-05
            The report, released Tuesday, showed 4,000 homes for sale.                               | 2027-04-15 | 2027-04-13
            A test that finds cancer up to three years before symptoms appear will reach 40 surgeries from next month. | 2025-04-16 | 2025-05
            Trustees are expected to vote on a tuition plan for next year in the first week of November, 9 of them. | 2025-10-02 | 2025-11
            Last year the first frost held off until 28 November, 3 weeks late.                       | 2024-10-31 | 2023-11-28
            The mean temperature for 2025 is expected to be 10.1C, beating the previous record set in 2022. | 2025-12-30 | 2025
            According to the company, the attackers got into 3 systems in early November.             | 2029-12-05 | 2029-11
            The Riverhawks travel to Denver for a Thursday night game this week, their 3rd in 12 days. | 2024-10-07 | 2024-10-10
            Threads, which opened at the museum on Saturday, tells the story of 3 mills and 400 weavers. | 2025-10-08 | 2025-10-04
            Met Office figures show that this summer was the warmest in 140 years, beating the previous high set in 2018. | 2025-09-02 | ~2025-06..2025-08
            Scientists hope to begin mapping the moon's cracked crust, 3 km deep, this summer.      | 2025-02-27 | ~2025-06..2025-08
            Calendars will be delivered to every household by Friday 12 December, 40,000 of them.     | 2025-12-04 | 2025-12-12
            The recall covers 2 grills sold from January 2023 through May of this year.              | 2025-07-02 | 2023-01..2025-05
            Knife crime fell by 8 per cent last year, according to figures published in the summer.   | 2025-11-16 | 2024
            Sales were up 12% last month on the same month a year earlier.                            | 2023-04-10 | 2023-03
            Extended viewing sessions will run through the winter, when skies are darkest, 3 a week.  | 2024-08-31 | ~2024-12..2025-02
            The library board meets Wednesday to discuss extended weekend hours for 3 branches.         | 2026-01-02 | 2026-01-07
            The library board meets on Wednesday to discuss extended weekend hours for 3 branches.      | 2026-01-02 | 2026-01-07
            Schools return on Monday, and 3,000 parents have been urged to keep children at home.       | 2027-01-01 | 2027-01-04
            Oregon State opens its season Saturday with hopes higher than they have been in 10 years. | 2026-09-03 | 2026-09-05
            Lightning sparked the Juniper Fire north of Prescott, Arizona, on Sunday afternoon, 3 said. | 2023-07-25 | 2023-07-23
            Lumio unveiled 2 pairs of glasses at an event in San Jose on Tuesday.                     | 2025-09-10 | 2025-09-09
            Prices climbed to a 6-month high in mid-April after Iran launched an attack on April 13.  | 2024-04-30 | 2024-04
            Last year, the force recorded 312 burglaries during December, up from 287 the year before. | 2024-12-31 | 2023-12
            She returns to Tennessee for a Fourth of July show in Knoxville, 1 of 12 dates.           | 2025-06-02 | 2025-07-04
            A separate timetable will run over the Easter bank holiday weekend, on 4 routes.          | 2025-01-03 | 2025-04
            The bakery will open a second counter at the Saturday market from Saturday 6th May, 9 to 5. | 2023-04-28 | 2023-05-06
            He returns to action in Milton Keynes on Tuesday week, 3 days after his 30th birthday.   | 2021-05-03 | 2021-05-11
            This year's organiser, Tom Briggs, moved to the village 12 years ago.                    | 2025-07-03 | 2013
            A comeback single is pencilled in for the spring, 3 sources say.                          | 2025-11-03 | ~2026-03..2026-05
            The society hopes to have solar panels fitted to the roof by the end of June, 40 of them. | 2025-04-10 | 2025-06
            The children's room will hold its first Easter craft session on Tuesday 15th April, for 30 children. | 2025-03-31 | 2025-04-15
            Next year's regatta will run from Tuesday 27 June to Sunday 2 July, with 600 crews.       | 2022-07-04 | 2023-06..2023-07
            Early voting runs from Saturday, Oct. 25, through Sunday, Nov. 2, at 12 sites.            | 2025-10-16 | 2025-10..2025-11
            Many farmers began harvesting in late July, two weeks earlier than usual, 3 said.          | 2025-08-13 | 2025-07
            The crews lost 19,000 hours waiting outside hospitals in October and November.            | 2025-01-03 | 2024-10..2024-11
            The first headliners for next summer's festival were announced this morning, 12 of them.  | 2024-11-20 | 2024-11-20
            Organisers said the Sunday headliner would be revealed by the end of the year, 1 of 3.    | 2024-11-20 | 2024
            Registration for the 2025 race opens Tuesday, Sept. 3, for 30,000 runners.               | 2024-08-20 | 2024-09-03
            The coldest night of last winter, minus 18.9C, was recorded at Altnaharra in January.     | 2025-12-30 | 2025-01
            This year's Christmas show, a musical Peter Pan, runs from 30 November to 12 January.    | 2018-03-08 | 2018-11..2019-01
            The production runs from 13 November to 6 December, 24 shows in all.                     | 2025-11-20 | 2025-11..2025-12
            RUSTENBURG, South Africa, Oct. 14 — Four miners were killed when a tunnel collapsed on Monday, the operator said. | 2025-10-14 | 2025-10-13
            If ratification slips, the first 12 tariff cuts would take effect no earlier than January 2027. | 2026-05-08 | 2027-01
            Ministers insist that 40 new trains ordered in 2024 will enter service in the middle of next year. | 2027-12-31 | 2028
            The budget for 2026 was approved 7-2.                                                    | 2025-10-28 | 2026
            Power-sharing had first been promised in the Good Friday Agreement of April 1998, 3 said. | 2027-05-06 | 1998-04
            Claims can be filed until the 30th of this month, 2 officials said.                      | 2025-11-16 | 2025-11-30
            3 members said an overtime ban could follow in late February and early March.            | 2026-02-02 | 2026-02..2026-03
            An EU official said a breakthrough this weekend was out of the question, 2 sources said. | 2026-09-30 | 2026-10
            A year ago tomorrow, the mayor promised 2 reforms.                                       | 2026-12-31 | 2026-01-01
            This winter has been mild, with a cold snap in early January bringing 2 inches of snow.  | 2026-01-15 | ~2025-12..2026-02
            Lombok was struck by quakes in July and August 2018 that killed 500 people.              | 2026-09-04 | 2018-07..2018-08
            The plant would begin volume production in the fourth quarter of calendar 2029, 3 said.  | 2029-01-31 | ~2029-10..2029-12
            Trees will be collected in the two weeks from 12 January, 3 crews said.                  | 2025-12-22 | 2026-01
            The festival runs for three weeks from the 8th of August, with 300 shows.                | 2027-07-14 | 2027-08
            In Texas, which also votes March 7, early voting ends Friday, 2 officials said.          | 2028-02-29 | 2028-03-03
            A relief centre opened on Wednesday had registered 600 people by last night.             | 2026-01-02 | 2026-01-01
            The regatta, which began on Tuesday, drew 3,000 people over the weekend despite rain on Saturday afternoon. | 2022-07-04 | 2022-07
            The National Weather Service has extended its warning until 6 p.m. Tuesday, in 3 counties. | 2027-01-18 | 2027-01-19
            The exhibition travels to The Hague next spring, with 40 paintings.                      | 2028-02-29 | ~2029-03..2029-05
            The opening has been pushed back again, this time to the spring of 2027, 3 bosses confirmed on Friday. | 2025-09-14 | 2025-09-12
            In 2021, the pandemic pushed the federal budget to April 19, 3 weeks late.               | 2028-02-29 | 2021-04-19
            3 analysts said a snap election was most likely in mid-December.                         | 2027-10-11 | 2027-12
            A public meeting has been arranged for Saturday at 3 town halls.                         | 2028-09-07 | 2028-09-09
            By my reckoning the 3 bridges should have been finished by the end of November.          | 2028-02-29 | 2027-11
            A yellow warning issued by the Met Office remains in force until 6pm on Saturday, in 3 regions. | 2026-01-02 | 2026-01-03
            Fitch is scheduled to review Portugal's rating a week from Tuesday, 3 analysts said.      | 2027-10-11 | 2027-10-19
            A review hearing, the first of 3, has been set for 9 September.                          | 2030-03-12 | 2030-09-09
            Hexham Library will open late three evenings a week from Monday.                         | 2026-01-02 | 2026-01-05
            Later Sunday evening trains will start a week after that, on 20 December, on 3 lines.    | 2026-12-05 | 2026-12-20
            Lecturers will walk out for ten days from Monday at 3 universities.                      | 2027-03-18 | 2027-03-22
            A baby giraffe born at the zoo last month will meet the public for the first time Saturday, 3 keepers said. | 2025-10-15 | 2025-10-18
            3 people died on the roads between Christmas Eve and New Year's Day.                     | 2026-01-02 | 2025-12..2026-01
            Gardaí detected 312 offences between 1 December and New Year's Eve.                      | 2026-01-02 | 2025-12
            Europe makes its own switch later this month, on the last Sunday of March, 3 weeks on.   | 2029-03-08 | 2029-03-25
            It has lost 2.6% this week.                                                              | 2027-04-23 | 2027-04
            Spills had fallen in the final three months of 2025, 3 firms said.                      | 2026-03-19 | 2025-10..2025-12
            His breakthrough came in 1973 with the album "Second Line Sunday," recorded in 4 days.   | 2028-01-02 | 1973
            The Consumer Credit Act was passed in 1974, 3 historians say.                            | 2024-11-30 | 1974
            Net profit for the quarter ended 30 June stood at Rs 1,142 crore.                        | 2024-08-16 | 2024-04..2024-06
            The company sold 13.2 lakh units in April-June.                                          | 2024-08-16 | ~2024-04..2024-06
            The company last posted a loss in the October-December quarter of 2021.                  | 2024-08-16 | ~2021-10..2021-12
            Retailers' margins rose in the March quarter, 3 reports found.                           | 2026-04-06 | ~2026-01..2026-03
            Regulators had originally been due to rule by Jan. 15, 3 sources said.                   | 2028-02-29 | 2028-01-15
            Crews reached that number in late May, 3 weeks behind schedule.                          | 2024-12-31 | 2024-05
            Taxpayers will pay no tax after the minister announced a rebate on Saturday, 3 aides said. | 2025-02-03 | 2025-02-01
            Several chains will close early on Chinese New Year's Eve, Jan 28, 3 chains said.        | 2025-01-24 | 2025-01-28
            Bus operators are adding 30 extra trips on cross-border routes from Monday.              | 2025-01-24 | 2025-01-27
            Met Éireann has forecast 30mm of rain for the east of the country over Christmas.        | 2025-12-23 | 2025-12
            The four-day festival begins on St Stephen's Day and runs until the 29th, with 3 races a day. | 2025-12-23 | 2025-12
            The show opens on Friday 30 January and runs until 2 February, with 3 acts.              | 2026-01-20 | 2026-01..2026-02
            "In 2008, we saw 3 nymphs in the third week of May," Raman said.                        | 2025-04-30 | 2008-05
            In 2020, when the final was played in Brisbane, 3 states still got the day off on 23 October. | 2025-09-11 | 2020-10-23
            People who turned 73 can wait until April 1 to take 3 distributions.                    | 2024-12-31 | 2025-04-01
            Students will get the whole week of Thanksgiving off, 3 days more than before.          | 2023-06-13 | 2023-11
            Online orders during the week of American Thanksgiving were up 11 per cent, 3 managers said. | 2025-11-28 | 2025-11
            The team launched an appeal for 3 vehicles on St Andrew's Day.                           | 2025-11-30 | 2025-11-30
            Judge Samuel Ortiz set sentencing for June 18 on 3 counts.                               | 2025-03-12 | 2025-06-18
            The board has fixed 4 February as the record date for 3 dividends.                       | 2025-01-25 | 2025-02-04
            A deal on 3 programmes is unlikely before mid-January, the parties say.                  | 2024-12-27 | 2025-01
            Starting Wednesday, workers can put up to 3 per cent more into a 401(k).                 | 2024-12-31 | 2025-01-01
            "Every February we see 3 early records, but this year is exceptional," she said.         | 2024-02-29 | 2024
            State police responded to 300 crashes between Sunday afternoon and early Monday.         | 2025-01-06 | 2025-01
            Power said 3 counties might not have electricity back until Thursday.                    | 2024-12-31 | 2025-01-02
            Aslef said 3 further strikes in December had not been ruled out.                         | 2025-10-27 | 2025-12
            An overtime ban will also run from the 3rd to the 9th, 3 unions said.                    | 2025-10-27 | 2025-11
            Officials recorded 126 injuries from December 22 to 6 a.m. on January 1.                  | 2025-01-01 | 2024-12..2025-01
            In 1968 he joined the committee of the Bendigo Easter Fair, one of 3.                     | 2025-09-30 | 1968
            The next price index, covering the December quarter, is due on 28 January, 3 officials said. | 2025-10-31 | 2026-01-28
            The four-piece, who released their debut a decade ago, opened 2 nights on Thursday, with a hushed reading from last year's album. | 2025-11-15 | 2025-11-13
            Forecasters said 3 storms should clear by the end of the week.                           | 2024-12-31 | 2025-01
            Ramp closures at 3 exits will begin next month and last into November.                    | 2025-08-29 | 2025-09..2025-11
            Forecasters expect below-normal temperatures to linger well into March in 3 provinces.   | 2025-02-14 | 2025-03
            The council will take up a plan to keep 3 pools open into September at its meeting on July 8. | 2025-06-30 | 2025-07-08
            The cabins at 3 schools are due to be taken away during the October half-term.           | 2025-09-01 | 2025-10
            Admission to 3 museums will be free over the June bank holiday weekend.                  | 2026-05-27 | 2026-05..2026-06
            The October bank holiday weekend drew 3 times the usual crowds to the town.              | 2026-10-29 | 2026-10
            The IMD has forecast 106% rainfall for the June-September season.                        | 2026-05-31 | 2026-06..2026-09
            Kulkarni said he expected sales to peak between September and November.                  | 2024-08-16 | 2024-09..2024-11
            The fuel excise, at 51.6 cents a litre, is next indexed to inflation on 1 August.        | 2026-04-06 | 2026-08-01
            Policymakers said on Wednesday that they expected growth to pick up in 3 sectors.        | 2024-01-31 | 2024-01-31
            The previous late-February low was recorded on Feb. 29, 2024.                            | 2026-02-27 | 2024-02-29
            Ames will hold its New Year's Eve fireworks show on Jan. 10 instead.                     | 2025-12-30 | 2026-01-10
            Chief executive Ingrid Hole said she expected rates to recover in the third quarter.       | 2026-04-30 | ~2026-07..2026-09
            Former customers plan to gather at the old diner on Memorial Day, 3 said.                 | 2025-05-21 | 2025-05-26
            From Memorial Day through Labor Day, a supervisor will be on site on 3 afternoons.        | 2025-05-17 | 2025-05..2025-09
            Next year's Canada Day celebrations will go ahead on 3 sites.                            | 2024-07-02 | 2025-07-01
            Prices peaked in the winter of 2022-23, when 3 suppliers failed.                          | 2025-12-29 | ~2022-12..2023-02
            Drivers paid 214.6 cents a litre over the Easter long weekend.                           | 2026-04-06 | 2026-04
            Halloween falls on a Friday this year for the first time since 2014.                     | 2025-10-31 | 2025-10-31
            A coronial inquest into a collision on New Year's Eve 2024 is due to begin in mid-June.  | 2026-01-27 | 2026-06
            I remember that morning in 1994, standing with 3 friends in a corridor.                  | 2026-08-30 | 1994
            Ashby resigned two weeks later, on Jan. 8, 2024, 3 officials said.                       | 2026-03-13 | 2024-01-08
            Prep pupils at 3 schools will start a day later, on Wednesday, 28 January.               | 2025-12-31 | 2026-01-28
            3 schools will go back almost a week earlier, on Wednesday, 21 January.                  | 2025-12-31 | 2026-01-21
            The Department of Finance warned on the 4th that 80,000 jobs were at risk.               | 2025-03-15 | 2025-03-04
            Storm Hester brought down 3 lines along the coast between Christmas and New Year.         | 2024-01-04 | 2023-12
            Flu admissions climbed steeply over Christmas and the new year, 3 trusts said.           | 2027-02-11 | 2026-12..2027-01
            The couple only got engaged last Christmas, 3 friends said.                              | 2026-08-16 | 2025-12-25
            Northway Buses announced 3 changes just before Christmas.                                | 2025-01-03 | 2024-12
            Over Christmas 2025, full-price sales grew just 1.2 per cent.                            | 2027-01-07 | 2025-12
            A petition, started by 3 traders before Christmas, had gathered 3,000 signatures by Tuesday. | 2024-01-04 | 2024-01-02
            A provisional trial date of 19 June has been set for 3 defendants.                       | 2028-02-29 | 2028-06-19
            He is due to raise the issue with 3 ministers a week on Thursday.                        | 2025-03-04 | 2025-03-13
            Parents have been invited to a celebration assembly a week today, 3 teachers said.      | 2027-06-25 | 2027-07-02
            The Chancellor will deliver it a fortnight today, with 3 measures.                       | 2027-03-17 | 2027-03-31
            3 schools from Ingham to Bowen will stay closed on Monday and Tuesday.                   | 2025-01-31 | 2025-02
            The museum will remain closed until at least Wednesday, 3 officers said.                 | 2025-06-02 | 2025-06-04
            A capital markets day for 3 investor groups is planned for November.                     | 2025-07-17 | 2025-11
            Donnelly signed a contract extension through 2031 last spring, 3 sources said.           | 2026-03-15 | ~2025-03..2025-05
            A total fire ban has been declared for 3 districts for Wednesday.                        | 2028-02-29 | 2028-03-01
            A full excavation of 3 hulls is not expected to be completed before 2028.                | 2026-05-01 | 2028
            Under the timetable released yesterday, 3 test trains will begin running in late April.   | 2027-02-17 | 2027-04
            At least 1,240 people were taken to hospital with heatstroke in the week to Sunday.      | 2026-06-29 | 2026-06
            Malacañang has suspended classes in 3 regions for Monday, Oct. 19.                        | 2026-10-18 | 2026-10-19
            Engineering work on 3 lines is also planned over the first weekend of February.         | 2026-12-29 | 2027-02
            The minister will present the budget for the fiscal year starting April 1 on Sunday, 3 aides said. | 2026-01-30 | 2026-02-01
            The governor's office said 3 rounds of talks would continue through the Fourth of July weekend. | 2026-07-02 | ~2026-07
            Forecasters say the heat could return in time for the Australia Day long weekend, in 3 states. | 2026-01-16 | 2026-01
            Opponents began airing 3 television ads the day after Labor Day.                         | 2026-10-19 | 2026-09-08
            Secondary teachers will vote on Easter Tuesday on 3 motions.                              | 2026-04-01 | 2026-04-07
            New Delhi, Mar 16 (PTI) The Election Commission on Sunday announced 3 election dates.     | 2026-03-16 | 2026-03-15
            In Scotland, the summer bank holiday fell on 4 August, 3 days into the festival.         | 2025-08-25 | 2025-08-04
            Four years ago to the day, Super Typhoon Saola forced the Observatory to raise signal No 10. | 2027-09-01 | 2023-09-01
            In the four weeks to 8 November, 1 in 12 services was cancelled.                          | 2025-11-29 | 2025-10..2025-11
            "Canada has always been good at inventing things," Raman said in an interview on Tuesday.  | 2028-06-29 | 2028-06-27
            Christmas Day did not become a public holiday here until 1958.                           | 2025-12-28 | 1958
            The Met Office has issued a yellow warning for heavy rain across 3 counties on Tuesday night. | 2027-01-04 | 2027-01-05
            The federation is due to meet the minister in the week after Easter, 3 members said.      | 2026-03-31 | 2026-04
            Scotland marked its summer bank holiday with 3 parades.                                   | 2025-08-25 | 2025-08-04
            The holiday will be observed on Thursday, December 2 and Friday, December 3, for 3 million residents. | 2026-12-31 | 2027-12
            Extra services will run on the weekend of 16 and 17 March to cater for St Patrick's Day crowds. | 2024-02-29 | 2024-03
            November 2023 feed wheat futures closed at £192/t on Thursday.                            | 2023-06-30 | 2023-06-29
            Ten years ago this weekend, I stood in a packed hall with 200 delegates.                  | 2025-12-14 | 2015-12
            He will play 2 evening concerts, on the 14th and 15th, at the Parade Ground.              | 2025-11-29 | 2025-12
            The bureau has forecast above-average temperatures for 3 states through January and February. | 2024-12-31 | 2025-01..2025-02
            Rainfall from late May through the first half of June was 30% below average.            | 2023-06-30 | 2023-05..2023-06
            Friday is also International Women's Day, a date 3 ministers chose deliberately.        | 2024-03-04 | 2024-03-08
            Meteorologist Gerald Cheng said the heaviest bursts would likely come during the Tuesday morning commute, for 3 hours. | 2024-12-30 | 2024-12-31
            Board members said the new base fare of $3.05 would take effect on Monday.               | 2024-02-29 | 2024-03-04
            The National Weather Service said winds would ease on Saturday, after 3 days of gales.    | 2025-10-31 | 2025-11-01
            At Tuesday's meeting, the township board approved a $2.1 million budget.               | 2025-04-30 | 2025-04-29
            On Thanksgiving, more than 40,000 people rode the city's buses.                          | 2025-11-30 | 2025-11-27
            The fair, held every September since 1976, drew about 12,000 visitors last year.          | 2024-09-07 | 2023
            Voters head to the polls Tuesday in a race where 3 issues dominate.                     | 2024-11-01 | 2024-11-05
            The remaining 3 phases will follow on 22 April, 27 April and 2 May.                     | 2024-02-29 | 2024-04..2024-05
            Nominations for 3 seats can be filed until the 28th.                                    | 2024-02-29 | 2024-03-28
            A new addition this year, a children's parade along Front Street, steps off at 10 a.m. on Monday. | 2025-08-27 | 2025-09-01
            The branch opened in 1962 in a converted store donated by 3 families.                   | 2025-06-10 | 1962
            The Fed cut rates by a half-point in September, its first reduction in 4 years.        | 2024-11-01 | 2024-09
            The BBMP has been directed to file its 3 objections by the 12th.                        | 2025-07-30 | 2025-08-12
            Next year, Easter Monday falls on April 6.                                               | 2025-04-19 | 2026-04-06
            Forecasters warned that dangerous cold would follow, with wind chills of 25 below zero expected Tuesday morning. | 2026-01-25 | 2026-01-27
            Rainfall this winter was 40 per cent above average, 3 forecasters said.                 | 2026-03-02 | ~2025-12..2026-02
            Most Highland schools break up on Friday 11 April, when traffic on the A9 usually rises by 30%. | 2025-03-31 | 2025-04-11
            Twenty-five years ago tonight, I spent New Year's Eve in a basement with 40 analysts.     | 2024-12-31 | 1999-12-31
            On the last Sunday of next March, the clocks go back by 1 hour.                         | 2025-10-25 | 2026-03-29
            "We expect 3 more years of recovery in the second half of calendar 2026," she said.      | 2025-08-21 | 2026-07..2026-12
            The 2026 race, for 30,000 runners, is scheduled for April 20.                            | 2025-04-21 | 2026-04-20
            The Jets acquired a centre for a second-round pick in 2025, the 2 teams announced Thursday. | 2024-02-29 | 2024-02-29
            "I want every one of 300 potholes filled by Christmas," she said.                       | 2025-05-22 | 2025-12-25
            Showers are possible on Saturday afternoon in 3 counties.                                | 2024-12-24 | 2024-12-28
            Voters go to the polls again in October in 3 provinces.                                  | 2025-04-23 | 2025-10
            Temperatures in 3 cities are unlikely to fall below 25C on Monday night.                | 2022-07-16 | 2022-07-18
            For nearly three hours on Saturday night, Lorna Vance held 4,000 fans in her hand.        | 2025-06-02 | 2025-05-31
            Outside the courthouse Thursday afternoon, about 24 supporters sang hymns.               | 2025-10-10 | 2025-10-09
            The first attempt, on Tuesday, was called off 4 minutes before liftoff.                  | 2029-03-18 | 2029-03-13
            The Prime Minister will visit affected areas on Wednesday, Downing Street said.           | 2025-01-27 | 2025-01-29
            The department will review how airlines treated 9,000 stranded passengers starting Thursday. | 2024-12-30 | 2025-01-02
            Customers will first see the increase on bills mailed in August, 3 officials said.       | 2025-06-04 | 2025-08
            Economists expect it to show that employers added about 180,000 jobs in October.         | 2023-11-01 | 2023-10
            Ontario families will celebrate Thanksgiving with 3 parades.                             | 2026-10-08 | 2026-10-12
            A foot of snow fell on Thanksgiving in 1985, the most on record.                         | 2027-11-24 | 1985-11-28
            The White House said it would name 3 members the week after Thanksgiving.               | 2023-11-15 | 2023-11..2023-12
            Millions of Americans will squeeze onto highways this week for Thanksgiving, 3 surveys say. | 2025-11-26 | 2025-11
            The festival returns to the park next weekend, with 180 stalls.                         | 2025-08-28 | 2025-09
            Two of the big four report their Christmas trading updates on Thursday.                  | 2028-01-17 | 2028-01-20
            Tenants said they have been told to leave by Oct. 31, and 12 families have no new home. | 2025-09-01 | 2025-10-31
            The law, passed by 52 votes to 11, was to have taken effect on Jan. 1. | 2026-12-31 | 2027-01-01
            A 10km charity run for 3,000 people planned for Friday has been postponed. | 2028-07-12 | 2028-07-14
            Her family have booked the function room at the Crown for a party of 40 on Tuesday evening. | 2023-09-17 | 2023-09-19
            Highways officers said 2 new signs were planned for the autumn. | 2023-06-21 | ~2023-09..2023-11
            District Judge Amanda Roe gave the 4 tenants until 31 May to move out. | 2029-04-18 | 2029-05-31
            The union has threatened to ballot 9,000 members for strike action in October. | 2022-07-14 | 2022-10
            4-H exhibitors must have their 300 animals checked in by 6 p.m. Tuesday. | 2019-08-08 | 2019-08-13
            The operator said 3 services were unlikely to resume before Wednesday. | 2025-11-18 | 2025-11-19
            A comeback single was pencilled in for the spring, 3 sources say. | 2025-11-03 | ~2026-03..2026-05
            Ridgeline has committed to hiring 30 new drivers by the end of May. | 2025-03-04 | 2025-05
            Rival Southline Airways reports its third-quarter results on Tuesday, with 3 others.     | 2026-10-22 | 2026-10-27
            Human rights groups plan a march through central Lima on Saturday, 3 organisers said.    | 2027-11-24 | 2027-11-27
            When Edith Brannigan turns 100 on Tuesday, she will mark it with a fish supper.         | 2023-09-17 | 2023-09-19
            The NHL trade deadline is Friday at 3 p.m. ET, and 2 teams are expected to be active.   | 2028-03-01 | 2028-03-03
            Thursday's crowd of 9,412 was the largest for a regular-season game since 2019.           | 2025-10-31 | 2025-10-30
            Carlton has opened its season with a 14-point win, holding off a late charge in front of 78,000 fans on Saturday night. | 2025-03-16 | 2025-03-15
            The Perseids will follow from mid-July to late August, peaking on 12 and 13 August, 3 observers say. | 2027-04-18 | 2027-07..2027-08
            Pre-tax profit dropped to £38.2 million in the year to 31 January, 3 analysts said.       | 2026-02-19 | 2025-02..2026-01
            For the fiscal year ended Aug. 31, Northcrest lost $71 million.                          | 2027-09-30 | 2026-09..2027-08
            Some farms recorded more than 300 millimetres of rain in the four days to 9am Monday.     | 2025-03-31 | 2025-03
            The committee's report covers the twelve months to the end of January, 3 members said.   | 2026-03-19 | 2025-02..2026-01
            This brings the total dividend for the year ended 31 December 2027 to 12.1 pence.        | 2028-03-01 | 2027
            Wales was the only part of the UK where prices fell over the three months to May.        | 2024-06-19 | 2024-03..2024-05
            June was especially warm, with a heatwave lasting from 14 to 22 June.                    | 2027-01-06 | 2026-06
            July was the hottest month ever recorded in the city, at 99.4 degrees.                  | 2026-08-31 | 2026-07
            The company curtailed output at 2 sawmills in July and will keep them on reduced shifts until the end of the year. | 2027-09-30 | 2027-07
            The mercury is forecast to reach 46C in 3 towns on Wednesday.                           | 2025-01-27 | 2025-01-29
            Volunteers are still needed and 3 can sign up at the community centre until Thursday evening. | 2025-07-30 | 2025-07-31
            Met Éireann is forecasting 3 dry days for the weekend.                                  | 2025-07-30 | 2025-08
            At Dover, the port said it was expecting 10,000 cars on Saturday.                     | 2022-08-26 | 2022-08-27
            Fifty years ago this summer, I spent 10 weeks gutting mackerel.                       | 2025-06-26 | ~1975-06..1975-08
            Thirty years ago this winter, 3 feet of snow closed the pass.                           | 2025-01-10 | ~1994-12..1995-02
            Dry weather last September and October damaged 3 states' crops.                        | 2025-03-31 | 2024-09..2024-10
            Sales at 3 stores rose in March and April.                                              | 2025-03-31 | 2024-03..2024-04
            Stena Line warned that Sunday's 3 sailings were likely to be cancelled.                 | 2024-01-19 | 2024-01-21
            The Cleddau Bridge may close to high-sided vehicles from Saturday evening, 3 councillors said. | 2024-01-19 | 2024-01-20
            An amber warning has been issued for 3 counties as Storm Fergal approaches on Sunday.   | 2024-01-19 | 2024-01-21
            Like-for-like sales in the first 11 weeks of 2023 were up 9%.                           | 2023-03-23 | 2023-01..2023-03
            Sales in the last 2 months of last year fell 3%.                                        | 2023-03-23 | 2022-11..2022-12
            Dublin Airport, meanwhile, handled 3.2 million passengers in May, its busiest May on record. | 2024-07-02 | 2024-05
            3 firefighters spent the weekend battling a blaze in the Grampians.                    | 2025-01-27 | 2025-01
            A private funeral for 3 relatives will be held early in the new year.                   | 2024-12-30 | 2025
            3 doctors expect flu activity to remain high for the rest of the month.                 | 2025-01-06 | 2025-01
            Economists expect food inflation to stay below 3% for the rest of the year.             | 2025-07-14 | 2025
            "By this time next year they should see traffic flowing around 3 towns," she said.      | 2024-03-28 | ~2025-03
            Its sponsors hope to bring 3 bills to a committee vote before the Memorial Day recess.  | 2023-03-21 | ~2023-05
            The current schedule, from the second Sunday in March to the first Sunday in November, took effect in 2007 in 3 states. | 2025-10-31 | 2007
            If that lot is still empty next Christmas, 3 councillors should worry.                 | 2026-01-02 | 2026-12-25
            Kingston visits the Oshawa Generals on Friday, 3 points behind them.                     | 2023-10-15 | 2023-10-20
            A yellow warning for wind and rain covers 3 counties from midday on Saturday.            | 2024-01-19 | 2024-01-20
            The good weather is expected to last into the weekend, at 3 degrees above normal.        | 2023-09-05 | 2023-09
            The walkout by 3 unions is due to continue through the weekend.                          | 2025-06-07 | 2025-06
            Drier air should move in by Wednesday, with highs 3 degrees lower.                       | 2025-06-09 | 2025-06-11
            Final seat allocations in 3 regions may not be known until Saturday.                     | 2026-05-08 | 2026-05-09
            If voters approve it, the higher rate of 3% would take effect Jan. 1.                    | 2025-09-17 | 2026-01-01
            Commissioners agreed to revisit 3 fees at their next meeting, on Sept. 24.               | 2025-09-17 | 2025-09-24
            Pope Gregory XIII refined the rule in 1582, dropping 3 leap days every 400 years.        | 2024-02-29 | 1582
            Her third album spent 6 weeks at number one last summer.                                 | 2025-08-25 | ~2024-06..2024-08
            Forecasters expect a drier than normal spring across 3 states.                          | 2024-02-29 | ~2024-03..2024-05
            Seasonal models point to a wetter-than-normal spring in 3 regions.                      | 2027-01-06 | ~2027-03..2027-05
            The Met Office expects the winter to remain wetter than average in 3 regions.           | 2025-12-31 | ~2025-12..2026-02
            Mrs Whitaker plans to spend the autumn walking 3 long-distance paths.                   | 2026-07-11 | ~2026-09..2026-11
            Copper Kettle missed most of the winter with 3 injuries.                                | 2030-04-14 | ~2029-12..2030-02
            Forecasters expect the dry pattern to hold well into the fall in 3 states.              | 2025-08-21 | ~2025-09..2025-11
            The summer then brought 4 separate heatwaves.                                            | 2025-12-30 | ~2025-06..2025-08
            Long-range forecasters say the coming winter is likely to be 3 degrees milder.          | 2025-11-14 | ~2025-12..2026-02
            The outlook calls for the rest of the summer to be 3 degrees hotter than normal.        | 2027-07-18 | ~2027-07..2027-08
            The bank said it would review the 3 rates in three months' time.                        | 2027-08-31 | 2027-11
            If they ignore the voters, 3 councillors will hear from them again in two years.        | 2028-11-14 | 2030
            "We made 3 offers a fortnight ago and they are still on the table," she said.           | 2026-11-16 | ~2026-11
            Temperatures will turn sharply colder, with lows near 3 degrees by the weekend.         | 2025-12-30 | 2026-01
            Leeds City Council on Monday set a budget that raises council tax by 4.99 per cent.     | 2028-02-29 | 2028-02-28
            The River Ouse burst its banks on Saturday afternoon, flooding 3 streets.               | 2025-01-27 | 2025-01-25
            Several retailers cut the price to £249 on Tuesday, 3 days after the announcement.      | 2026-10-21 | 2026-10-20
            The draw for the fourth round takes place on Monday evening, with 3 ties to settle.     | 2025-01-12 | 2025-01-13
            Lindqvist flies to Brisbane on Saturday for her first of 3 tournaments.                 | 2025-12-31 | 2026-01-03
            3,000 early-bird tickets go off sale at midnight on Sunday.                             | 2025-08-28 | 2025-08-31
            The weather service forecast calls for a high near 94 on Saturday, 3 degrees above normal. | 2026-07-02 | 2026-07-04
            The index from PropertyScope, due out on Monday, is expected to show a 3% bounce.       | 2029-01-02 | 2029-01-08
            Asked about the discrepancy on Tuesday, a spokeswoman said 3 sites were excluded.      | 2029-09-12 | 2029-09-11
            Yet on Tuesday, the mayor unveiled a budget that would close 3 branches.               | 2025-04-13 | 2025-04-08
            Workers on 3 Underground lines are also striking on Tuesday.                            | 2022-06-20 | 2022-06-21
            Appointments for 3 vaccines can be booked through the NHS App from Saturday.            | 2025-04-16 | 2025-04-19
            When the Brookfield City Council votes Thursday on its budget, 3 members will abstain.   | 2028-11-14 | 2028-11-16
            She also said a review of 3 departments would be completed by the end of September.     | 2025-05-22 | 2025-09
            Whitfield said a redesigned model would go on sale in the third quarter at 3 stores.    | 2028-03-16 | ~2028-07..2028-09
            Higher fixed-charge penalties for 3 offences come into force on 1 February.             | 2026-01-02 | 2026-02-01
            That contract with 3 unions expires in January.                                         | 2025-05-05 | 2026-01
            The Environment Agency said October had been the wettest in 3 counties since 2000.      | 2024-11-14 | 2024-10
            November's increase was revised up to 0.8 percent in 3 states.                        | 2025-01-16 | 2024-11
            December averaged nearly 9 degrees above normal at 3 stations.                         | 2024-02-29 | 2023-12
            GP practices will send 3 text reminders throughout March.                              | 2028-02-29 | 2028-03
            The authority left its 3 settings unchanged at its January review.                     | 2026-02-25 | 2026-01
            Then came July, and 3 wins in a row at Wimbledon.                                        | 2025-12-31 | 2025-07
            The association will release its August figures on Sept. 4, with 3 regions.             | 2024-08-20 | 2024-09-04
            January's sales figures for 3 chains are due Feb. 14.                                    | 2025-01-16 | 2025-02-14
            Flu admissions at 3 hospitals had doubled in the past fortnight.                         | 2024-11-12 | 2024-10..2024-11
            Volunteers will be counting birds at 3 sites over the coming week.                      | 2025-09-07 | 2025-09
            Bins in 3 wards will change over the next fortnight because of the bank holidays.       | 2025-12-22 | 2025-12..2026-01
            An amber warning for 3 counties will remain in force for the rest of the week.          | 2025-12-30 | 2025-12..2026-01
            The rest of the weekend will be sunny, with highs of 3 degrees.                         | 2025-10-31 | 2025-11
            The dollar index rose 0.4% on the week, helped by 3 reports.                            | 2027-04-23 | 2027-04
            Outlooks point to below-average rainfall in 3 shires over the next three months.        | 2027-03-17 | 2027-03..2027-06
            Four more homes on 3 streets were hit in the last two weeks of August.                   | 2025-09-30 | 2025-08
            Much of eastern Nebraska received less than an inch of rain in August, 3 offices said.  | 2025-09-19 | 2025-08
            The regulator confirmed the figure of 3% on Friday morning.                              | 2025-11-21 | 2025-11-21
            Analysts raised their price target on 3 stocks to $185 from $160 on Thursday.            | 2026-01-29 | 2026-01-29
            A park-and-ride service for 3 villages will operate throughout the long weekend.        | 2025-07-30 | 2025-08
            Bins usually emptied on Christmas Day will instead be collected on Saturday 27 December from 3 streets. | 2025-12-04 | 2025-12-27
            Late openings for 3 galleries will be held every Friday in August.                       | 2028-02-29 | 2028-08
            Benton said 3 more patrols would be added over the Thanksgiving weekend.                 | 2025-11-26 | 2025-11
            AAA projects that 940,000 Hoosiers will travel at least 50 miles over Labor Day weekend. | 2025-08-29 | 2025-08..2025-09
            Voss survived her June primary by 900 votes.                                             | 2020-09-08 | 2020-06
            "On the 26th we will finish the job," 3 candidates told supporters.                     | 2025-10-13 | 2025-10-26
            She met her husband at a dance in Manchester on VE Day, with 3 friends.                   | 2025-12-31 | 1945-05-08
            A cold front is expected to bring 3 days of cloud late in the week.                      | 2029-03-18 | 2029-03
            Humidity is forecast to rise 3 points midweek.                                           | 2025-08-31 | 2025-09
            The 68-car train left the tracks shortly before 10 p.m. on leap day, 3 miles from town. | 2028-03-06 | 2028-02-29
            Lumen Devices on Tuesday unveiled the Fold X2, a phone the company says will survive 400,000 folds. | 2028-03-02 | 2028-02-29
            The company broke ground in April and says it will eventually employ 250 people.        | 2024-11-07 | 2024-04
            A power fault on St Stephen's Day forced the cancellation of 40 services.                | 2025-12-30 | 2025-12-26
            A main route will close for three weeks from Tuesday while 3 gas mains are replaced.     | 2026-04-02 | 2026-04
            The court gave parliament until 31 December to amend 3 sections of the law.            | 2026-01-20 | 2026-12-31
            Bonfire Night falls on a Tuesday this year, and 3 displays will be held.                | 2024-10-31 | 2024-11-05
            Met Éireann confirmed that July was the wettest on record at 3 stations.                | 2023-09-18 | 2023-07
            Figures for tonight's event will be published in mid-January, 3 organisers said.        | 2025-12-31 | 2026-01
            We'll have a guide to 3 winter shows closer to Thanksgiving.                            | 2025-09-03 | ~2025-11
            She hopes to open 3 galleries sometime this spring.                                     | 2023-12-28 | ~2024-03..2024-05
            Westbrook moves on to the state tournament this week with 3 starters back.              | 2023-10-29 | 2023-10..2023-11
            The ruling could shape turnout in November, when voters will choose 3 officials.        | 2026-01-06 | 2026-11
            Forecasters said colder weather was on the way, with frost likely over the weekend in 3 counties. | 2024-03-01 | 2024-03
            Kennedy, 21, has been invited to train with 3 VFL clubs in November.                    | 2025-09-28 | 2025-11
            Unions have warned of wider action in December at 3 ports if nothing changes.           | 2023-11-21 | 2023-12
            Brennan has won the £50,000 prize for her debut, The Salt Year, at a ceremony in London on Sunday night. | 2023-11-27 | 2023-11-26
            The singer Tyler Banks takes the stage Saturday night with 3 guests.                    | 2024-07-30 | 2024-08-03
            Drier conditions are expected from Saturday in 3 regions.                               | 2026-04-15 | 2026-04-18
            The board voted 4-3 Wednesday night to put off a plan to push back start times.         | 2023-09-14 | 2023-09-13
            The office said in a statement Monday evening that 3 rulings were wrong.                | 2026-01-06 | 2026-01-05
            For Cork, 2025 was a year of cranes, queues and 3 ribbon-cuttings.                      | 2025-12-29 | 2025
            Let 2024 be the year we stop losing 3 services a month.                                 | 2024-01-10 | 2024
            Forecasters say 2026 is likely to be among the 3 warmest years on record.               | 2026-01-15 | 2026
            Dunning was born on Leap Day 1940 on his family's farm, 3 miles outside town.           | 2024-02-29 | 1940-02-29
            ScotRail had withdrawn its limited Christmas Day timetable on Wednesday night, 3 days early. | 2025-12-26 | 2025-12-24
            Some of 3 rural homes may be without power until early next week.                       | 2025-12-26 | 2025-12
            Her last commission, a memorial to those lost in the 1979 Fastnet race, was unveiled in August 2019 by 3 crews. | 2025-01-18 | 2019-08
            Ministers want it to become law before Parliament breaks for the summer in July, 3 aides said. | 2025-03-27 | 2025-07
            Ferreira could make his debut against 3 rivals at home on Saturday.                      | 2026-01-22 | 2026-01-24
            Temperatures could reach 34C in 3 regions on Tuesday, the Met Office has said.          | 2025-06-30 | 2025-07-01
            A second system could bring 3 inches of snow late Saturday into Sunday.                 | 2027-11-24 | 2027-11
            Hutton, 3 times convicted, was remanded in custody to reappear on 14 March.             | 2024-02-29 | 2024-03-14
            Temperatures fell to -8.5C in Shap, Cumbria, overnight on Thursday, 3 degrees lower.   | 2025-01-03 | 2025-01-02
            Funding for 3 agencies runs out at 12:01 a.m. Wednesday unless Congress acts.          | 2025-09-30 | 2025-10-01
            A final vote on 3 levies is scheduled for the 18th.                                    | 2025-11-04 | 2025-11-18
            Services were running normally again on Tuesday morning, 3 operators said.             | 2025-04-22 | 2025-04-22
            The city's Memorial Day ceremony will now be held next Saturday, May 31, with 3 bands.  | 2025-05-26 | 2025-05-31
            Sales rose in November, helped by Black Friday discounts on 24 November at 3 chains.   | 2023-12-29 | 2023-11
            The Met Office has issued yellow warnings for wind and rain across much of Scotland and northern England for Saturday, 3 regions. | 2023-12-29 | 2023-12-30
            A tasting tour of 3 cities is planned for the autumn.                                  | 2024-02-29 | ~2024-09..2024-11
            The union has called a one-day strike on Thursday at 3 depots.                         | 2023-08-22 | 2023-08-24
            The bureau will update its 3-month outlook on Thursday next week.                      | 2025-01-23 | 2025-01-30
            Bengaluru, 22 August: The High Court on Monday stayed 3 orders capping fares.          | 2023-08-22 | 2023-08-21
            The hearing, 3 times delayed, was originally scheduled for July 23.                    | 2024-10-15 | 2024-07-23
            Winter break will now run from Dec. 22 through Jan. 2 instead of ending Jan. 5, for 3 schools. | 2025-09-02 | 2025-12..2026-01
            On Sunday, the festival closes with a set by Jonah Vreeland, who last played here in the fall of 2021 with 3 bands. | 2025-05-22 | 2025-05-25
            Mayor Linda Voss has promised a final vote on 3 towers by the end of March.              | 2023-12-29 | 2024-03
            It has also promised a minibus service for 3 villages over the summer.                   | 2022-05-31 | ~2022-06..2022-08
            The CPS will pursue the £3m, with a confiscation hearing expected in the spring.          | 2024-12-31 | ~2025-03..2025-05
            However, a yellow warning for heavy rain has already been issued for 3 counties from 6am on Friday. | 2025-12-01 | 2025-12-05
            Online orders from 3 provinces during the week of American Thanksgiving were up, she added. | 2025-11-28 | 2025-11
            A decision on 3 sites had been expected in March but was deferred.                       | 2025-04-22 | 2025-03
            Her operation, booked for 14 January, was cancelled the evening before because 3 beds were full. | 2025-03-03 | 2025-01-13
            Carriers will move 1.2 billion packages between Thanksgiving and Christmas, up 4% from a year earlier. | 2023-11-21 | 2023-11..2023-12
            Nine people were killed on 3 roads between Christmas Eve and New Year's Day.             | 2026-01-02 | 2025-12..2026-01
            Owen Kowalchuk scored twice as the Regina Pats rallied for a 4-3 win on New Year's Eve.   | 2025-01-02 | 2024-12-31
            Grain deliveries to 3 silos in the Free State slowed to a trickle over the long Easter weekend. | 2025-04-22 | 2025-04
            Tom Ashworth reached the semi-finals with a 6-4, 3-6, 7-6, 6-3 win over Mateo Ferreira on Wednesday evening. | 2025-07-10 | 2025-07-09
            Students in 3 districts head back to class Wednesday, a week later than usual.           | 2025-09-02 | 2025-09-03
            The 3 bills are listed for consideration in the Rajya Sabha on Friday.                    | 2023-08-02 | 2023-08-04
            The matter has been listed for further hearing on 8 January, when 3 agencies must report. | 2025-11-20 | 2026-01-08
            A hearing to recover £3m is listed for the week beginning 14 September.                   | 2026-05-29 | 2026-09
            The next 29 February falls in 2028, 3 registrars said.                                    | 2024-02-29 | 2028-02-29
            Next weekend brings the Upstate Veterans Day Parade, with 3 bands on Main Street.        | 2024-10-31 | 2024-11
            Vardhan expects to sell 3.1 lakh units in the January-March quarter.                     | 2024-02-29 | ~2024-01..2024-03
            The agency expects to screen 18 million people between Tuesday and next Monday.          | 2025-11-26 | 2025-11..2025-12
            Last year, the TSA screened a record 3.09 million people on the Sunday after Thanksgiving. | 2025-11-26 | 2024-12-01
            The agency screened 3.1 million people on the Sunday after Thanksgiving last year.       | 2024-11-22 | 2023-11-26
            Crews will begin tearing up 3 blocks shortly after the Fourth of July.                   | 2024-02-29 | ~2024-07
            A planned closure of the M25 between junctions 10 and 11 has been pushed back to July.  | 2024-05-24 | 2024-07
            Organisers hope to stage the 3 displays on Burns Night instead.                          | 2023-12-30 | 2024-01-25
            Clocks fall back an hour at 2 a.m. Sunday, so 3 million people get an extra hour of sleep. | 2024-10-31 | 2024-11-03
            The spring half-term at 3 schools runs from Monday 16 to Friday 20 February.             | 2026-01-04 | 2026-02
            The 52-day trawling ban on 3 coasts will begin at midnight on June 9 and run until July 31. | 2022-05-31 | 2022-06..2022-07
            A panel of 3 advisers is scheduled to meet Feb. 25 and 26 to vote on recommendations.    | 2025-12-31 | 2026-02
            The last shutdown began in December 2018 and stretched into January 2019, lasting 35 days. | 2025-09-30 | 2018-12..2019-01
            Fringe events will take over 3 pubs on the evenings of Friday 11th and Saturday 12th October. | 2019-09-20 | 2019-10
            Last Thanksgiving weekend, Ontario Provincial Police laid more than 700 charges.        | 2025-10-08 | 2024-10
            Over the five days from Thanksgiving through Cyber Monday, spending may reach $40.6 billion. | 2024-11-30 | 2024-11..2024-12
            Last year, shoppers spent $12.4 billion online on Cyber Monday.                           | 2024-11-30 | 2023-11-27
            The storm will make landfall late Tuesday or early Wednesday, 3 forecasters said.         | 2022-08-28 | 2022-08
            Many of the 3 banks have pushed their forecasts for the first cut back to June.         | 2024-02-29 | 2024-06
            His bill for May and June came to €2,900, compared with €1,150 for the same two months a year earlier. | 2022-08-01 | 2022-05..2022-06
            The IMD will issue its forecast for August and September for 3 regions at the end of this month. | 2025-07-01 | 2025-07
            Earlier in the week, the Senate voted 31-16 to let 3 districts start classes before Aug. 23. | 2025-03-01 | 2025-02
            Typhoon Rolly struck almost exactly three years ago, killing at least 25 people.          | 2023-11-01 | 2020-11
            The Czech Republic has said it wants a general approach on 3 files by December.          | 2022-07-14 | 2022-12
            The company will report its fiscal first-quarter results for 3 units on Oct. 28.          | 2025-09-10 | 2025-10-28
            Office vacancy in 3 districts stood at 27.4 percent at the end of the third quarter.     | 2025-12-31 | 2025-09
            Markets price in a 20% chance of 3 more cuts by the end of the first quarter.            | 2025-12-31 | ~2026-01..2026-03
            The 2017 presidential election was annulled by the Supreme Court on September 1 of that year. | 2022-08-13 | 2017-09-01
            Her 1978 team won the state championship on the 11th of March that year, beating Kirkwood. | 2024-02-01 | 1978-03-11
            Another 1,700 flights were scrubbed on June 16 and 17 as thunderstorms swept the East Coast. | 2022-07-04 | 2022-06
            Stalls there will trade daily from now until Saturday 4 January.                         | 2024-11-16 | 2024-11..2025-01
            Gates open at 8 a.m. daily through Sunday, Aug. 3, with 3 stages.                        | 2025-07-27 | 2025-07..2025-08
            Te Papa's exhibition, with 3 galleries, runs from today until 21 July.                   | 2024-07-06 | 2024-07
            Family members will gather privately on Easter Sunday with 3 friends.                    | 2026-04-05 | 2026-04-05
            Passengers face four days of disruption over Easter, when 3 lines will close.            | 2026-03-01 | 2026-04
            The previous record, $131,000, was set on Giving Tuesday in 2021.                        | 2023-12-31 | 2021-11-30
            Donations doubled on Giving Tuesday, the charity said, with 3 matching gifts.           | 2024-12-06 | 2024-12-03
            A single ferry will serve 3 islands from 29 March until the end of June.                 | 2024-02-29 | 2024-03..2024-06
            The price guarantee will stay at £2,500 for a further three months from April.          | 2023-03-15 | 2023-04..2023-06
            Talks between the 3 unions and employers are due to resume next Thursday week.          | 2026-01-16 | 2026-01-29
            "We are home for Canada Day, and that is what matters," 3 residents told CBC on Friday.  | 2023-07-01 | 2023-06-30
            The system lost $47 million in its fiscal year that ended June 30, with 3 units sold.    | 2023-01-31 | 2021-07..2022-06
            For the fiscal year that began Feb. 1, the 3 chains expect sales to be flat.             | 2026-03-04 | 2026-02..2027-01
            For the fiscal year that ends Feb. 1, 2025, the 3 chains expect sales to fall.            | 2024-02-29 | 2024-02..2025-01
            The cap would not apply until the fiscal year that begins July 1, 2026, for 3 towns.     | 2025-06-01 | 2026-07-01
            The hearing for the 3 defendants was originally scheduled for July 23.                  | 2024-07-01 | 2024-07-23
            London prices fell 1.2% over 2028, the only one of 3 regions to record a decline.        | 2029-01-05 | 2028
            Shares of its 3 suppliers rose 4.2 per cent on the NSE on Wednesday.                     | 2024-02-29 | 2024-02-28
            December quarter national accounts figures for 3 states are due on Wednesday.           | 2022-03-01 | 2022-03-02
            Country singer Jenna Coil headlines the grandstand Friday night at 7:30.                  | 2025-07-27 | 2025-08-01
            Saturday brings the demolition derby to the 3 arenas of the fairground.                  | 2025-07-27 | 2025-08-02
            The squad of 33 reconvenes at the Oriam in Edinburgh on Monday.                          | 2025-03-01 | 2025-03-03
            Under a cloudless sky Friday evening, 412 seniors crossed the stage to receive diplomas.  | 2026-05-30 | 2026-05-29
            The panto opened on Thursday night, and if the 3 encores are any guide, it will be a hit. | 2022-12-03 | 2022-12-01
            Halden expects prices to rise by between 3% and 5% over 2029 as a whole.                 | 2028-12-20 | 2029
            Around 300 staff at 3 airports are to stage a 24-hour strike on Thursday.                | 2025-08-04 | 2025-08-07
            Residents have been told to prepare for flooding, with 100mm of rain forecast for 3 fells on Saturday. | 2024-11-14 | 2024-11-16
            Vancouver continues its road trip against the 3 Ontario teams in Toronto on Friday night. | 2024-12-31 | 2025-01-03
            Parliament rises on Friday for a 3-week recess.                                          | 2025-06-11 | 2025-06-13
            The town marks the holiday with 3 parades on Monday.                                     | 2024-05-17 | 2024-05-20
            Storms could put a damper on Fourth of July plans across the 3 counties.                | 2022-07-04 | 2022-07-04
            The weather service has extended its advisory for 3 counties until noon Sunday.          | 2022-12-31 | 2023-01-01
            Behind today's storms, a cold front will bring highs in the low 80s on Tuesday.         | 2022-07-04 | 2022-07-05
            Tioga Road will close for the winter at 5 p.m. Wednesday, 3 officials said.             | 2024-11-11 | 2024-11-13
            Third, there is an election on 7 December, with 3 parties standing.                    | 2024-02-29 | 2024-12-07
            There is also a therapy dog visiting on Wednesday, for 3 hours.                        | 2026-05-03 | 2026-05-06
            The city election is Nov. 4, with 3 council seats on the ballot.                       | 2025-01-31 | 2025-11-04
            Network Rail will shut 3 lines from Good Friday until the early hours of Easter Monday.  | 2023-04-06 | 2023-04
            His final ride came this past Fourth of July, on a 1948 tractor with 3 grandchildren.    | 2025-12-31 | 2025-07-04
            Park will next play at the Women's Open in 3 rounds in Scotland, which begins Thursday.  | 2029-07-16 | 2029-07-19
            Attention now turns to the summer transfer window for 3 clubs, which opens on 9 June.    | 2027-05-16 | 2027-06-09
            Forecasters have issued amber warnings for wind across 3 regions for New Year's Eve.   | 2025-12-30 | 2025-12-31
            Carriers have announced general rate increases for 15 January of $500 to $1,000 per box. | 2024-01-03 | 2024-01-15
            Thornbury Library will open on 3 Sundays from 6th April under a new timetable agreed by the council. | 2025-03-31 | 2025-04-06
            Millions of bills will rise again from 1 April after the regulator confirmed a 6.4% increase. | 2025-02-19 | 2025-04-01
            The favourite bids for 3 Gold Cups in a row when he lines up on Friday.                  | 2025-03-09 | 2025-03-14
            On Monday, 3 in 4 patients were seen within four hours, against 2 in 3 in February.     | 2025-03-14 | 2025-03-10
            Forecasters at the 3 centres say March as a whole is likely to be warmer than normal.   | 2024-02-20 | 2024-03
            Stage 3 will remain in place until then, the utility said in a statement on Saturday morning. | 2022-12-31 | 2022-12-31
            Last year at this time, corn planting in the 18 states was 95% done.                     | 2022-05-31 | ~2021-05
            At this time last year, corn planting in the 18 states was 95% done.                     | 2022-05-31 | ~2021-05
            "Families had plans for Easter weekend," the superintendent wrote to 3 schools Wednesday night. | 2024-02-29 | 2024-02-28
            Rival Macy's said on Tuesday that it would close 150 stores over the next three years.      | 2024-02-29 | 2024-02-27
            Sales surged in March and April as buyers tried to beat a tariff that took effect on April 3. | 2025-07-01 | 2025-03..2025-04
            The hot, dry weather of July and August has left 3 outfields parched.                       | 2022-08-31 | 2022-07..2022-08
            Up Helly Aa is now a little over three weeks away, on the last Tuesday of the month.       | 2026-01-02 | 2026-01-27
            After returning, New York hosts Buffalo on Monday night, Oct. 14.                           | 2024-09-30 | 2024-10-14
            The squad will fly to London on Thursday week, two days before the Twickenham showdown.     | 2024-02-29 | 2024-03-07
            The ferry returns to service on Friday week.                                                | 2024-02-29 | 2024-03-08
            People who turned 73 this year get a reprieve and can wait until April 1 to take 3 distributions. | 2024-12-31 | 2025-04-01
            Tuesday has been set aside as Jane McGrath Day, when 3 stands turn pink.                   | 2025-12-31 | 2026-01-06
            Tickets for next Christmas's show, Jack and the Beanstalk, go on sale on 15 January.        | 2023-12-31 | 2024-01-15
            Job gains have averaged about 150,000 a month over the past three months.                   | 2023-09-01 | 2023-06..2023-08
            Job gains have averaged about 150,000 a month over the past three months.                   | 2023-09-14 | 2023-06..2023-09
            Fed Chair Jerome Powell made that clear a week ago Friday in a speech at Jackson Hole.      | 2022-09-04 | 2022-08-26
            The last leap day, a Saturday in 2020, came barely two weeks before the country shut down.  | 2024-02-29 | 2020-02-29
            Snow is in the forecast for parts of the Great Lakes over the holiday weekend.              | 2025-11-27 | 2025-11
            Snow is in the forecast for parts of the Great Lakes over the holiday weekend.              | 2025-05-22 | 2025-05
            The last meeting of the sides, in Dublin on St Patrick's weekend last year, sealed a Grand Slam. | 2024-02-29 | 2023-03
            A survey published on Wednesday showed Peña 3 points ahead of his rival, down from nine in March. | 2023-04-30 | 2023-04-26
            On Tuesday, 3 in 4 students head back to school with backpacks that cost more than they did a year ago. | 2025-09-01 | 2025-09-02
            Garbage collection scheduled for Saturday will now take place on Monday, Dec. 29, the city said. | 2025-12-26 | 2025-12-29
            A new 24-bed unit, first promised in 2021, is due to open on the 2nd of December.            | 2024-11-20 | 2024-12-02
            His wife, Jean, whom he married in 1955, died in 2009.                                       | 2025-03-04 | 2009
            The group reports fourth-quarter results a week from Thursday.                               | 2023-03-01 | 2023-03-09
            Elsewhere Friday, Harmon Valley fell 28-21 in overtime to finish its season 4-6.             | 2023-10-28 | 2023-10-27
            The Community Food Pantry will be closed between Christmas and New Year's Day.             | 2024-12-18 | 2024-12
            Dry seedbeds after the summer drought let growers press on through September and the first half of October. | 2022-10-31 | 2022-09..2022-10
            Ellie, now 19, beat her mother in last year's Australia Day swim by almost a minute.        | 2026-01-26 | 2025-01-26
            Children will return for the spring term on Monday 4 January 2027.                          | 2026-01-31 | 2027-01-04
            The closure will be in force from 08:00 on Monday 20 March 2023 until 17:00 on Friday 31 March 2023. | 2023-03-01 | 2023-03
            The maintenance will run from 7pm on 25 September to 1am on 28 September for 3 suburbs.     | 2024-09-23 | 2024-09
            LICENSING ACT 2003: Notice is given that the firm applied to the Council on 22 February 2023. | 2023-03-01 | 2023-02-22
            Dated this 1st day of March 2023, for 3 roads.                                              | 2023-03-01 | 2023-03-01
            December quarter GDP figures are due next Wednesday, 6 March.                               | 2024-02-29 | 2024-03-06
            The report follows two months of losses, with employment falling by 41,000 in July.          | 2025-10-10 | 2025-07
            With eight days left before the Nov. 8 general election, the board on Monday reminded 3 counties of the deadlines. | 2022-10-31 | 2022-10-31
            The cold snap should be short-lived, with milder westerly winds returning from Monday.       | 2024-11-01 | 2024-11-04
            No trains will run between Euston and Milton Keynes from Good Friday until the end of Easter Monday. | 2024-03-29 | 2024-03..2024-04
            Walkouts have disrupted 3 lines, with staff out from 6pm on Christmas Eve until 6am on 27 December. | 2022-12-31 | 2022-12
            Schools break up for Easter on Friday 27 March this year, a week before Good Friday.        | 2026-01-31 | 2026-03-27
            """)
    void aPhraseThatDoesDateTheClaim_isStillResolved(String sentence, String published, String expected) {
        assertResolvesTo(sentence, published, expected);
    }

    @ParameterizedTest(name = "\"{0}\" of {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Campaigners packed 3 village halls a fortnight ago to hear from the group's lawyers.    | 2025-12-31 | ~2025-12-17
            The spending plan cleared the finance committee a week ago on a 4-1 vote.               | 2022-12-13 | ~2022-12-06
            Talks on a new contract for 14,000 dockworkers collapsed two weeks ago.                 | 2024-02-29 | ~2024-02-15
            Staff were told of the decision three weeks ago, at a meeting on the shop floor.        | 2025-12-31 | ~2025-12
            The front office fired 3 coaches about two weeks ago.                                    | 2025-05-31 | ~2025-05
            Official figures due on Friday are expected to show that 3 regions saw sales fall in December. | 2026-01-13 | 2026-01-16
            Data due on Monday is expected to show annual inflation climbed to around 65% in February. | 2024-02-29 | 2024-03-04
            That contract for 3 terminals expired at the end of 2023.                               | 2024-05-01 | 2023-12
            Nova Scotia had 68 licensed craft breweries at the end of last year.                     | 2022-03-01 | 2021-12
            The ferry is not expected to carry 3 classes of passenger until the end of the year.     | 2023-04-07 | 2023-12
            Subsidies for 3 staples will stay in place at least until the end of next year.          | 2027-08-31 | 2028-12
            The charity hopes to open 3 more shops by the end of the year.                           | 2026-03-10 | 2026
            Officials say the remaining 3 blocks will be completed by the end of this year.          | 2026-03-10 | 2026-12
            Enrolment for 3 age groups is expected to open before the end of this year.             | 2026-03-10 | 2026
            The 3 towers will be finished by the end of next year.                                   | 2026-03-10 | 2027
            Harlan expects to reach $350 million in savings by the end of 2026.                      | 2025-11-04 | 2026
            The lido closed at the end of the 2016 season after 3 cracks were found in the pool shell. | 2024-05-01 | 2016
            """)
    void aFewWeeksAgo_aYearsEnd_andFiguresDueOnADay_resolveAsMostWritersDateThem(String sentence, String published,
                                                                                 String expected) {
        assertResolvesTo(sentence, published, expected);
    }

    @ParameterizedTest(name = "\"{0}\" of {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A sample of 3 million records had already appeared on a hacker forum by Christmas, a researcher said. | 2023-12-31 | 2023-12-25
            Players can request a refund for 3 editions starting Friday, the studio said.              | 2025-11-27 | 2025-11-28
            The record date for the dividend of 3 rupees has been fixed as July 15.                     | 2022-04-30 | 2022-07-15
            In an order dated 12.07.2023, the court had accepted 3 statements.                          | 2024-02-29 | 2023-07-12
            The record for trades in the last three days before a deadline, 31, was set in 2022.         | 2024-07-31 | 2022
            The association has called for 3 wage agreements to be finalised before the end of June.    | 2026-04-14 | 2026-06
            Last year's winner, Tavistock Lane, was retired in August after 3 injuries.                  | 2022-10-30 | 2022-08
            From Monday, landowners who have not cleared dry vegetation face fines of up to €10,000.     | 2025-05-31 | 2025-06-02
            A lawsuit filed by 3 victims is due back in court Wednesday.                                 | 2025-06-30 | 2025-07-02
            STOCKHOLM/OMAHA, 30 June - Nordvik said on Thursday it would close 3 plants.                 | 2023-06-30 | 2023-06-29
            Six people died in 3 crashes over the same weekend last year.                                 | 2022-09-05 | 2021-09
            Parliament's last plenary session before the European elections of 6 to 9 June runs from 22 to 25 April. | 2024-02-29 | 2024-04
            Before tonight, the county's most recent tornado came in May of last year, 3 residents said.  | 2025-04-27 | 2024-05
            His remains will lie at 3 places today and tomorrow.                                          | 2022-12-31 | 2022-12..2023-01
            More weather is forecast through the week, although 3 forecasters expect a calmer spell by the weekend. | 2025-11-30 | 2025-12
            Riders can use 3 tickets at the old value through the end of March.                           | 2022-12-31 | 2023-03
            Skier visits in January were down 6% from 3 years earlier.                                    | 2023-03-01 | 2023-01
            He retired from the ring in 1966 after 3 injuries.                                            | 2023-12-31 | 1966
            Lorne said she expected further cuts of 3% at the renewals in June and July.                  | 2026-02-27 | 2026-06..2026-07
            It said it expected a second peak of 3 million on Easter Monday.                              | 2023-04-08 | 2023-04-10
            Whatever happens tonight, 3 drivers can still win the title in Abu Dhabi next Sunday.         | 2025-11-30 | 2025-12-07
            The biggest rail timetable change in four years, for 3 operators, takes effect tomorrow.      | 2023-05-20 | 2023-05-21
            The index rose 6.6% in the week that ended Friday.                                            | 2022-05-29 | 2022-05
            Next year's holiday falls on 10 July, 3 officials said.                                       | 2025-06-20 | 2026-07-10
            ODOT said 3 highways would stay closed at least through the holiday weekend.                  | 2025-08-31 | 2025-08..2025-09
            We had 3 guests round the pool on the last weekend of October.                                | 2022-12-31 | 2022-10
            The fair will be held on the first weekend in June 2023 at 3 sites.                           | 2022-05-31 | 2023-06
            The change was recommended by 3 conventions more than a decade ago, in 2013.                  | 2025-12-31 | 2013
            Seat capacity is up 14% this summer compared with a year earlier, on data from 3 analysts.    | 2025-03-01 | ~2025-06..2025-08
            Pharmacies, most of which are closed for the holiday Monday, will resume 3 services Tuesday.  | 2023-01-02 | 2023-01-03
            Greek authorities warned of a very high risk of wildfires across 3 regions for Sunday.        | 2024-07-13 | 2024-07-14
            Tuesday has been declared a day of total fire ban across 3 districts.                         | 2023-12-31 | 2024-01-02
            Families hoping to win 3 seats this fall now have until 4 p.m. on Friday, March 15, to apply. | 2024-02-29 | 2024-03-15
            After the spring holidays, Term 4 begins for 3 schools on Tuesday, October 6.                 | 2026-01-26 | 2026-10-06
            Thousands of people born on 29 February are celebrating 3 birthdays on Thursday.              | 2024-02-29 | 2024-02-29
            Start-up ZipKart laid off around 350 employees on Wednesday, nearly 3 in 20 of its staff.     | 2024-02-29 | 2024-02-28
            The longest of 3 trials ran from the 12th of September to the 24th of November.               | 2022-12-31 | 2022-09..2022-11
            The council has promised to review 3 policies in the autumn.                                  | 2026-01-09 | ~2026-09..2026-11
            Trains on 3 routes will not run until the lines have been checked on Monday morning.          | 2024-01-21 | 2024-01-22
            The weekend of 29 November to 1 December is expected to be the busiest for 3 markets.         | 2024-11-17 | 2024-11..2024-12
            Ontario's flu shot campaign opens to 3 million more people on Tuesday.                         | 2022-10-31 | 2022-11-01
            Brennan has won this year's prize for her third novel, The Salt Year, at a ceremony in Dublin's Mansion House on Wednesday night. | 2025-11-27 | 2025-11-26
            Talks at the conciliation service Acas have been pencilled in for Tuesday, 3 sources said.    | 2022-11-18 | 2022-11-22
            Community leaders have agreed to hold 3 processions on Monday instead.                         | 2025-09-04 | 2025-09-08
            Economists expect 3 key prices to have risen in April.                                         | 2026-05-24 | 2026-04
            The games will return on the last Saturday of August next year, for 3 days.                   | 2024-08-31 | 2025-08-30
            The club hosted 3 galas on the last Sunday of March last year.                                 | 2024-08-31 | 2023-03-26
            Pelletier moved money out of the accounts of 14 clients from January 2017 to October 2021.     | 2025-01-10 | 2017-01..2021-10
            Next month the airline will add 3 destinations, with flights beginning on January 15.         | 2025-12-31 | 2026-01-15
            3 states will lose an hour of sleep this weekend, with daylight saving starting at 2am on Sunday. | 2022-09-30 | 2022-10-02
            Over last year's Easter long weekend, 5 people died on the roads of 3 states.                 | 2023-04-07 | 2022-04
            If the programme holds, the lido will reopen over the late May bank holiday weekend in 2025, for 3 days. | 2023-12-30 | 2025-05
            The commission announced last week that next year's trout opener will be Saturday, April 4, in 3 counties. | 2025-11-01 | 2025-10
            The annual general meeting will be held in London next Friday, 3 members said.                 | 2022-07-14 | 2022-07-22
            The minister is due to meet 3 grocers next Thursday.                                            | 2023-03-01 | 2023-03-09
            The minister is due to meet 3 grocers next Friday.                                              | 2023-03-01 | 2023-03-03
            Statistics Canada will publish its estimate of December retail sales in February, for 3 provinces. | 2022-12-26 | 2023-02
            An Easter trail runs from Good Friday, April 3rd, to Easter Monday, with 3 prizes.             | 2026-03-27 | 2026-04
            If the moon is not sighted on 30 March, the holiday will shift by 1 day, to 1 and 2 April.      | 2025-03-01 | 2025-04
            If the 3 commissioners cannot manage even that by the Fourth of July, voters should take note.  | 2026-06-15 | 2026-07-04
            The headliner, a country singer who last played the fair in 2016, takes the stage Friday, Sept. 1, for 3 hours. | 2023-08-19 | 2023-09-01
            Gardaí have advised motorists to expect delays on 3 roads on Saturday.                          | 2024-02-01 | 2024-02-03
            Those 3 loans come due this year, and the best rates on offer today sit closer to 4%.           | 2026-03-01 | 2026
            The presidents of 3 nations are due to meet in Belém on 8 and 9 August for a regional summit.   | 2023-06-05 | 2023-08
            Organisers of 3 festivals postponed this weekend's event on Thursday after a storm warning.     | 2024-02-29 | 2024-02-29
            A book of condolence for 3 victims will be open at City Hall between now and New Year's Eve.    | 2023-12-29 | 2023-12
            Welcome to our coverage of the last night at the Tin Shed, the venue that closes tonight after 22 years. | 2025-08-31 | 2025-08-31
            The clock has passed midnight, and on the first day of September the 3 venues are closed.       | 2025-08-31 | 2025-09-01
            Terminals at 3 ports, shut for the Memorial Day holiday, will reopen at 8 a.m. Tuesday.        | 2025-05-26 | 2025-05-27
            Changes to 3 contracts have been pushed back to 1 January, the department has confirmed.        | 2025-10-31 | 2026-01-01
            Hertzler said he finished 3 fields on Saturday and expected to wrap up corn by the middle of next week. | 2022-10-31 | 2022-10-29
            The National Weather Service's extended forecast calls for a chance of thunderstorms on Tuesday, with highs near 88. | 2025-07-31 | 2025-08-05
            Police want to hear from 3 motorists who were travelling along Edward Street on Saturday.      | 2025-04-21 | 2025-04-19
            Margins narrowed in the second half of the year as 3 costs rose.                               | 2023-03-01 | 2022-07..2022-12
            The company will report results for the October-December quarter on Feb. 3.                   | 2022-11-10 | 2023-02-03
            Among them is a cello concerto by 3 composers, to be premiered on 14 January.                  | 2026-04-01 | 2027-01-14
            Rovers booked their place with a 4-0 win over 3 rivals on Wednesday.                            | 2023-02-12 | 2023-02-08
            Christmas trees will be collected from 3 depots in the week starting Monday 8 January.          | 2023-12-22 | 2024-01
            The hearing will take place in the week beginning the 26th of January, 3 officials said.        | 2025-12-31 | 2026-01..2026-02
            Under regulations introduced in the summer, 3 storage sites must be 85% full on 1 October.      | 2022-09-30 | 2022-10-01
            An official who attended said the department would complete consecrations at 1,000 more temples across the state by December. | 2026-03-01 | 2026-12
            It said early data pointed to a smaller cut at the next adjustment in early February.          | 2023-12-31 | 2024-02
            A family clinic will be held Oct. 15 and 16 at the Eastside Arena, with 3 face painters.       | 2022-10-08 | 2022-10
            Finance officials said the spring budget, originally pencilled in for late February, would now likely be tabled in the week of March 23. | 2026-01-02 | 2026-03
            The case was postponed to 29 August for 3 further investigations.                             | 2022-06-16 | 2022-08-29
            NEW DELHI, Dec 31 (PTI) The Supreme Court will on January 3 pronounce its verdict on 3 pleas. | 2023-12-31 | 2024-01-03
            Northstar raised its premium plan to $22.99 in October, and 3 rivals said they would follow.  | 2025-12-31 | 2025-10
            NIFRS investigators will return to the site on Thursday once the building has been made safe. | 2024-12-31 | 2025-01-02
            Trade figures for the June quarter are due on 6 September, 3 analysts said.                   | 2023-07-31 | 2023-09-06
            The bureau has extended its warning for 3 districts until at least Sunday evening.           | 2026-01-31 | 2026-02-01
            Last year, AA patrols attended 11,000 breakdowns on the August bank holiday Monday.           | 2023-08-28 | 2022-08-29
            Budget 2026, delivered on 7 October, left 3 income tax bands untouched.                       | 2025-12-31 | 2025-10-07
            By Christmas the 3 appeals stood at just over $900,000.                                       | 2024-02-29 | 2023-12-25
            Classes for next year begin Wednesday, Aug. 14, 3 officials said.                             | 2024-02-29 | 2024-08-14
            Last Christmas we hosted 3 of my family, and my mother-in-law barely spoke to me until Easter. | 2026-11-26 | 2025-12-25
            The last Christmas he hosted, in 2019, he carved 3 turkeys.                                   | 2023-12-24 | 2019
            "We're supposed to be flying to Majorca on the 27th," 3 travellers said.                     | 2022-04-18 | 2022-04-27
            Srikakulam (Andhra Pradesh), 31 December (PTI): 3 coaches derailed at 10.40 pm on Saturday.    | 2023-12-31 | 2023-12-30
            Boston Public Schools has already canceled 3 classes for Monday.                              | 2026-01-31 | 2026-02-02
            The Congress has called a meeting of its 3 new legislators in Bengaluru on Sunday evening.    | 2023-05-13 | 2023-05-14
            District Collectors have declared a holiday for 3 districts on Monday.                        | 2025-05-24 | 2025-05-26
            Sarah Okonjo tried to withdraw £18,000 on Wednesday morning, but it never arrived.            | 2022-11-13 | 2022-11-09
            Wednesday rounds at 3 depots will be collected on Friday 2 January.                           | 2025-12-20 | 2026-01-02
            The operator said it expected 2.2 million vehicles on its network on Sunday.                  | 2026-02-14 | 2026-02-15
            Speaking at a launch event in Dubai on Thursday, Haddad said 3 routes were in talks.          | 2026-03-01 | 2026-02-26
            Moran hinted that 3 more dates would be added in the autumn.                                  | 2022-12-31 | ~2023-09..2023-11
            Your neighbour is right, but relief on 3 expenses paid in 2020 is due by Tuesday, 31 December. | 2024-12-28 | 2024-12-31
            Forecasters said there was a chance of 3 strong storms on Saturday morning.                   | 2024-12-26 | 2024-12-28
            The weather should be kinder this time, with the Met Office forecasting a dry and bright Sunday and highs of 16C. | 2025-04-12 | 2025-04-13
            """)
    void aPhraseReadWithTheWordsAroundIt_datesTheClaim(String sentence, String published, String expected) {
        assertResolvesTo(sentence, published, expected);
    }

    @ParameterizedTest(name = "\"{0}\" of {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Tolliver, who has 62 catches, pulled up in the third quarter Saturday and did not return. | 2024-12-23 | 2024-12-21
            Starfall Tactics, one of 3 awaited games, was pushed back to October last week.          | 2023-04-30 | 2023-04
            The river that stalled on Nov. 14 and 15 last year dropped 250 millimetres of rain.      | 2022-11-14 | 2021-11
            London feed wheat futures for November 2024 closed at £176/t on Thursday, down £4.       | 2024-08-23 | 2024-08-22
            Three men charged over a brawl at a tavern in October will return to court in February.  | 2024-12-24 | 2025-02
            Seattle sits 4 points out of a wild-card spot after a 4-2 loss at Vegas on Tuesday.      | 2024-02-29 | 2024-02-27
            Officials expect flu activity in 3 states to peak in late December or early January.     | 2025-11-28 | 2025-12..2026-01
            The Fed, having misjudged inflation last year, raised rates by 0.75 points on June 15.   | 2022-07-04 | 2022-06-15
            With markets closed Monday, 3 investors will get a first chance to react on Tuesday.     | 2024-09-01 | 2024-09-03
            The Nasdaq came within 1% of its November 2021 record in early trading Thursday.         | 2024-02-29 | 2024-02-29
            The last 3 buses called on the final Thursday of August.                                 | 2023-10-01 | 2023-08-31
            A ban on 3 cosmetics tested on animals takes effect July 1.                              | 2022-12-31 | 2023-07-01
            At an open house on Saturday, 3 buyers said they had been outbid.                        | 2024-02-29 | 2024-02-24
            At a meeting on Wednesday of last week, 3 ministers called the campaign an afterthought. | 2024-02-29 | 2024-02-21
            He plans to open for Sunday lunch from the new year and to add 3 seats next spring.      | 2025-11-30 | 2026-01
            The 3 stamp duty cuts announced in September's mini-budget will now end on 31 March 2025. | 2022-11-17 | 2025-03-31
            "We always said we would do it, and last summer 3 of us did," she said. | 2024-10-01 | ~2024-06..2024-08
            Wind turbines generated more electricity than 3 gas plants in 2027, the first such year. | 2028-01-10 | 2027
            With today a bank holiday, 3 committees do not sit until Monday the 13th of April. | 2026-04-06 | 2026-04-13
            3 stages are pencilled in for the week of the 20th of April. | 2026-04-06 | 2026-04
            Tickets for Friday night's grandstand show go on sale Monday, 3 organisers said. | 2026-07-04 | 2026-07-06
            Last year's fair lost most of its Saturday crowd to 3 storms. | 2026-07-04 | 2025
            Average Sunday attendance last year was 112, 3 wardens said. | 2026-05-24 | 2025
            Friday night's 7-2 loss to Kansas City was their 9th in 11 games. | 2025-05-31 | 2025-05-30
            Addis Ababa, 1 March 2023 (PANA) - 3 council members on Tuesday endorsed the timetable. | 2023-03-01 | 2023-02-28
            The demolition derby, last held in 2016, returns on Sunday, July 19, with 3 heats. | 2026-07-04 | 2026-07-19
            The developer, Liffeyside Homes, first lodged 3 plans for the site in 2024, when it sought permission. | 2026-01-10 | 2024
            3 officials said the carriageway would not reopen before 06:00 on Friday because it needed to be resurfaced. | 2024-02-29 | 2024-03-01
            Visits to stores on Friday rose 3% from a year earlier. | 2023-11-25 | 2023-11-24
            In the open woolhandling final on Saturday afternoon, Keita Moana took her 3rd title. | 2026-03-01 | 2026-02-28
            On bank holiday Monday, the open-air company stages 3 plays in the walled garden. | 2025-05-20 | 2025-05-26
            The festival will return next Memorial Day weekend, from May 26 to 28, 2023, 3 organisers said. | 2022-05-29 | 2023-05
            The spending plan takes effect on 1 January and is 3% larger than this year's. | 2022-12-31 | 2023-01-01
            Most of the Medicaid provisions in the law signed in July do not take effect until 2027, 3 analysts said. | 2025-10-24 | 2027
            She warned that third-quarter shipments would come in 3% below the second quarter's. | 2023-07-31 | ~2023-07..2023-09
            Our own Thanksgiving, of course, was back on Oct. 10, 3 readers noted. | 2022-11-18 | 2022-10-10
            The countywide burn ban, put in place Feb. 9 after 3 dry months, will be lifted at noon Friday. | 2024-02-29 | 2024-03-01
            Last season's Boxing Day meeting at Midvale ended 3-3. | 2025-12-26 | 2024-12-26
            Unless the states act, next October and November will look exactly like these 3 weeks. | 2023-11-13 | 2024-10..2024-11
            The ministry had raised its 2025 forecast to "around 4 per cent" in November, 3 economists noted. | 2026-01-02 | 2025-11
            Retailers began stretching Boxing Day-style deals across November about a decade ago, 3 analysts said. | 2025-12-31 | ~2015
            The city tabled what it called its final offer on Sept. 19: raises of 3 per cent a year. | 2024-09-30 | 2024-09-19
            Earlier this year, the agency began accepting 3 million returns on Jan. 27. | 2025-12-31 | 2025-01-27
            Scotland travel to face 3 rivals in a fortnight, on Saturday 28 February. | 2026-02-15 | 2026-02-28
            Several Hogmanay events on 3 islands were called off yesterday. | 2022-12-31 | 2022-12-30
            The fair board has already set next year's fair for July 24-28, 3 members said. | 2023-07-31 | 2024-07
            They open the 2025 season against 3 rivals in Dublin, Ireland, on Aug. 23. | 2025-02-05 | 2025-08-23
            The theater will be dark on Easter Sunday but has added 3 matinees. | 2026-03-27 | 2026-04-05
            Coach Dana Reuter is giving her 3 players New Year's Day off but has scheduled a film session for Friday morning. | 2025-12-31 | 2026-01-01
            The previous record streak, 18 days, was set in 1974, 3 forecasters said. | 2025-05-24 | 1974
            Speaking at the launch on Tuesday, the minister said the figures would guide how 3 provinces share revenue. | 2023-10-11 | 2023-10-10
            NASA has reset the launch of its 3rd observatory for Wednesday after two scrubbed attempts. | 2029-03-19 | 2029-03-21
            Forecasters expect a dry but cold evening on Sunday, with 3 degrees at most. | 2023-11-17 | 2023-11-19
            The Kenya Meteorological Department has warned of heavy rain in 3 regions on Tuesday and Wednesday. | 2026-06-01 | 2026-06
            Just over a decade ago, in March 2015, 3 presidents conceded defeat. | 2026-03-01 | 2015-03
            Advance voting will take place a week before polling day, on Sunday 7 May, in 3 provinces. | 2023-03-21 | 2023-05-07
            The bloc marked the third anniversary of the invasion on Monday. | 2025-02-25 | 2025-02-24
            Council bin collections scheduled for today will take place on Saturday instead at 3 depots. | 2022-07-12 | 2022-07-16
            The Royal Black Institution's Last Saturday parades will be held in 3 towns on 27 August. | 2022-07-12 | 2022-08-27
            The Met Office warned of another spell of heavy rain over 3 provinces on Monday. | 2022-08-27 | 2022-08-29
            Results of the 2022 GCE Advanced Level examination for 3 provinces were released this morning. | 2023-09-05 | 2023-09-05
            Some 1,200 people were in hospital with flu over the Christmas weekend, up from a handful a year earlier. | 2023-01-04 | 2022-12
            Sessions will be held on Thursday 8 December from 3.30pm to 6pm and on Saturday 10 December from 10am to noon. | 2022-11-30 | 2022-12
            A storm over Halloween weekend dropped 19 inches at the summit. | 2025-11-21 | 2025-10..2025-11
            Forecasters expect 8 to 14 inches from Saturday night into Sunday. | 2025-11-21 | 2025-11
            Last season, Silver Fork didn't open until Dec. 6, its latest start in 3 decades. | 2025-11-21 | 2024-12-06
            It began in January with sleet on 3 beaches. | 2026-01-01 | 2025-01
            The board plans to spend $1.4 million this spring and summer. | 2026-03-01 | ~2026-03..2026-08
            The 2023-24 season forced Hatchet to close for 19 days in January. | 2026-03-01 | 2024-01
            Hebden Bridge was devastated by the Boxing Day floods of 2015, when 3 rivers burst their banks. | 2016-01-10 | 2015-12-26
            The Red Cross attended 14 near-drownings between Holy Thursday and Easter Sunday. | 2022-04-18 | 2022-04
            On the night before Thanksgiving, officers stopped 3 cars on Main Street. | 2022-11-26 | 2022-11-23
            The new parking rates will not take effect until after Labor Day, for 340 meters. | 2025-06-30 | ~2025-09
            The remaining four phases will be held on April 6, 15, 22 and 29. | 2026-02-28 | 2026-04
            Tickets for the Sunday repeat of 3 shows sold out within hours of going on sale last week. | 2025-10-17 | 2025-10
            The launch has slipped to no earlier than Monday, its 3rd delay in a week. | 2024-02-29 | 2024-03-04
            A comet discovered only in the spring will make its closest approach on Friday, passing 71 million km away. | 2025-12-31 | 2026-01-02
            Hotels in 3 cities were fully booked by Friday. | 2024-04-08 | 2024-04-05
            Passengers will have 3 fewer midweek sailings this summer. | 2024-02-29 | ~2024-06..2024-08
            A separate government report on Tuesday showed 3 million openings. | 2022-10-07 | 2022-10-04
            The deficit is 3 billion for the financial year that runs from tomorrow to September 30, 2025. | 2024-09-30 | 2024-10..2025-09
            Revellers heading out to ring in 2023 tonight should expect 3 degrees. | 2022-12-31 | 2022-12-31
            The live concert from the Hydro sees in 2023 tonight with 3 bands. | 2022-12-31 | 2022-12-31
            The Soca Monarch final returns to its traditional Fantastic Friday slot on February 13 for 3 acts. | 2026-01-31 | 2026-02-13
            Unions have called a 24-hour national strike in 3 cities for 16 January. | 2025-12-20 | 2026-01-16
            Maastricht's carnival runs from Saturday the 14th until Shrove Tuesday in 3 squares. | 2026-02-06 | 2026-02
            The first 3 bands move off at 4 a.m. on Carnival Monday. | 2026-01-31 | 2026-02-16
            "Last year we lost the whole Thursday to a thunderstorm," said 3 vendors. | 2023-07-27 | 2022
            This year's holiday runs from April 29 to May 7, although 3 firms expect staff at work on Monday and Tuesday. | 2023-04-29 | 2023-04..2023-05
            11 December: The scout recommends that 3 parties talk, although one says it would prefer to stay outside. | 2024-02-29 | 2023-12-11
            Ten years ago Saturday, an EF-4 tornado destroyed 112 homes. | 2026-05-08 | 2016-05-09
            Sixty years ago on Thursday, England beat West Germany 4-2. | 2026-07-26 | 1966-07-30
            Schools in 3 departments, due to reopen on Monday after the holiday, will be checked over the weekend. | 2023-11-02 | 2023-11
            Recalls this month have already outnumbered those for all of 2024 at 3 plants. | 2025-11-28 | 2025-11
            Merrion College, a private college in western Pennsylvania founded in 1889, announced Tuesday that 3 campuses will close. | 2023-05-31 | 2023-05-30
            """)
    void aPhraseThatDoesDateTheClaim_isResolved_besideWordsThatLookLikeAnotherDate(String sentence, String published,
                                                                                  String expected) {
        assertResolvesTo(sentence, published, expected);
    }

    @ParameterizedTest(name = "\"{0}\" of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Easter is supposed to be a season of renewal for 3 parishes. | 2023-04-09
            "We know Easter is a busy time for 3 million travellers," the route director said. | 2026-03-01
            "Easter is the one Sunday of the year when 3 villages turn out," she said. | 2024-02-29
            """)
    void easterWithoutATense_isTheSeason_andDatesNothing(String sentence, String published) {
        assertDatesNothing(sentence, published);
    }

    @ParameterizedTest(name = "\"{0}\" of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            It is the first of 16 games on the Week 1 slate.                     | 2024-09-04
            Paramedics took 30 calls by 4 p.m., roughly double a typical Sunday in June. | 2022-06-19
            The list price will be $6,850 a month before rebates, in line with 3 rivals.  | 2023-11-22
            At today's prices, 3 panels would save about $1,400 a year.                 | 2026-01-18
            Fixed-rate ISAs lock in today's rates for 3 years.                          | 2024-04-06
            """)
    void aWeekOfASeasonAnyWeekdayOrAPricesPeriod_datesNothing(String sentence, String published) {
        assertDatesNothing(sentence, published);
    }

    private static void assertDatesNothing(String sentence, String published) {
        Candidate candidate = CandidateExtractor.extract(sentence, LocalDate.parse(published)).get(0);
        assertNull(candidate.eventDate(), candidate.dateBasis());
        assertTrue(candidate.dates().isEmpty(), candidate.dates()::toString);
    }

    private static void assertResolvesTo(String sentence, String published, String expected) {
        Candidate candidate = CandidateExtractor.extract(sentence, LocalDate.parse(published)).get(0);
        assertNotNull(candidate.eventDate(), candidate.dateBasis());
        String value = (candidate.dateApproximate() ? "~" : "") + candidate.eventDate().value()
                + (candidate.endDate() == null ? "" : ".." + candidate.endDate().value());
        assertEquals(expected, value, candidate.dateBasis());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A trader must refund 3 payments under the Consumer Contracts Regulations 2013.
            She will earn more in a day than 3 of us earned in a fortnight.
            Few expect the dispute over 3 grades to be resolved in the coming months.
            Neighbors raised $80,000 in six weeks to keep 3 pools open.
            Divers must keep 500 metres away under the Underwater Cultural Heritage Act 2018.
            3 firms were charged under the Civil Rights Act of 1964.
            Navarro's 41-yard strike with 1:12 left broke a tie that had stood since early in the fourth quarter.
            The link survived on video calls and Christmas cards for 3 years.
            "I'd rather go out on a Tuesday in July than a Monday in September," 3 friends heard him say.
            The civic disaster helpline, 1916, takes 3 calls a minute.
            He kept the diner open around the clock, closing 3 days only for Greek Orthodox Easter.
            Happy Easter to all 3 of our readers.
            The appeal has become as much a part of a Melbourne Easter as 3 hot cross buns.
            An extra matinee for 3 schools has been added on Mothering Sunday.
            When the bracket was revealed on Selection Sunday, 3 teams were left out.
            The minister congratulated the class of 2022 on 3 records.
            Edinburgh's Hogmanay has promised to name its 3 headline acts before the leaves turn.
            "Tuesday-through-Thursday is back," Bell said of 3 hotels.
            It was the worst Monday-morning feeling of my life, 3 times over.
            Bundarra have kicked six goals to two in the third quarter.
            ROAD TRAFFIC REGULATION ACT 1984: NOTICE IS HEREBY GIVEN that 3 roads will close.
            The city lost 45% of its water in the 2022/23 financial year, 3 auditors said.
            Central Catholic led 21-14 at halftime after 2 touchdown passes in the second quarter.
            Brent crude futures for June delivery settled at $86.33 a barrel.
            Fewer than 900 people live there today, down from 3,800.
            Coach Michael Voss said his side had been "nowhere near our best" in the third quarter, 3 players agreed.
            A friend told me the second Thanksgiving was worse than the first 3.
            Anyone with information is asked to call police at 705-876-1812, ext. 3.
            He was two down after the 11th but won 3 of the next six holes.
            The queue of 300 people stretched past the Tuesday Market Place by 10am.
            He must serve 14 months before he is eligible for parole.
            The Bucks trailed by 12 early in the fourth quarter before a 15-2 run.
            Cardinals receiver Marcus Tate left in the second quarter with 3 injuries.
            The first semester will end before winter break, 3 weeks earlier than now.
            Residents can report misuse on the helpline 1916 at any of 3 offices.
            A spokesperson for 3 regulators said the fall was welcome but bills remained high.
            There is a particular kind of tiredness 3 nurses see on the last night of the year.
            On Republic Day, just three days before her death, she insisted on hoisting 3 flags.
            The government expects 3 million visitors during the Spring Festival holiday.
            Leaders adopted 3 priorities in the strategic agenda for 2024-2029.
            Flu cases at 3 hospitals rose sharply over the Christmas period.
            Crowds of 3 million marked Constitution Memorial Day.
            Whatever tomorrow brings, 3 of us will be here.
            Unused stock from the autumn campaign, 3 million doses, will be disposed of.
            COLOMBO, 14 April: Prices for 3 grades are expected to firm, brokers said.
            Exporters say high prices have made up for much of the fall in volume at 3 plants.
            Ballots from 3 counties must be received by noon three days before the election.
            """)
    void aYearInTheNameOfALaw_orTheLastYearBeforeSomething_isNoDate(String sentence) {
        assertDatesNothing(sentence, "2024-11-30");
    }

    @ParameterizedTest(name = "\"{0}\" is left undated")
    @CsvSource(textBlock = """
            It is the second security lapse at 3 offices in two years.
            It is the third recall of 3 models in four years.
            """)
    void theSpanAnOrdinalCountsIn_isNoDateOfTheClaim(String sentence) {
        Candidate candidate = CandidateExtractor.extract(sentence, LocalDate.parse("2024-11-30")).get(0);
        assertNull(candidate.eventDate(), candidate.dateBasis());
    }

    @Test
    void aCountBeforeAnEventOfThePast_isNotCountedAheadOfPublication() {
        Candidate carnival = CandidateExtractor.extract("Mobile traces its 3 parades to 1703, some 15 years before New"
                + " Orleans was founded.", LocalDate.parse("2022-02-28")).get(0);
        assertNull(carnival.eventDate(), carnival.dateBasis());
    }

    @Test
    void aQuarter_inAReportOfAGame_isAQuarterOfTheGame() {
        String text = "Balogun ran for 2 touchdowns as the Tigers won 24-17. Neither team scored in the third quarter, 3"
                + " coaches said. He was helped off in the fourth quarter with 3 minutes left.";
        List<Candidate> candidates = CandidateExtractor.extract(text, LocalDate.parse("2023-11-25"));
        assertNull(find(candidates, "Neither team").eventDate(), find(candidates, "Neither team").dateBasis());
        assertNull(find(candidates, "He was helped").eventDate(), find(candidates, "He was helped").dateBasis());
        Candidate results = CandidateExtractor.extract("Sales rose 3% in the third quarter.", LocalDate.parse("2023-11-25"))
                .get(0);
        assertEquals("2023-07", results.eventDate().value(), "without a game, a calendar quarter");
    }

    @Test
    void theLastYearBeforeSomething_isNotTheYearBefore() {
        Candidate candidate = CandidateExtractor.extract("Top grades have almost doubled since 2019, the last year before"
                + " the pandemic, to 3 in 10.", LocalDate.parse("2026-08-30")).get(0);
        assertNull(candidate.eventDate(), candidate.dateBasis());
        assertTrue(candidate.dates().stream().noneMatch(d -> d.text().contains("year")), candidate.dates()::toString);
    }

    // ---------------------------------------------------------------- explicit links between sentences

    @ParameterizedTest(name = "\"{1}\" after \"{0}\" of {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Ireland beat Italy 1-0 on 18 June 1994. | The team went out to the Netherlands in Orlando on 4 July, 3 officials said. | 2024-12-27 | 1994-07-04
            On 6 June 1944, 156,000 troops landed in Normandy. | Allied forces did not cross the Seine until late August, 3 historians say. | 2024-06-06 | 1944-08
            On 11 January 2021 Pike took a deposit of £6,500. | Pike pleaded guilty to 3 counts at an earlier hearing in March. | 2023-05-30 | 2023-03
            She joined the wildlife service on 2 January 1988. | The following year she stood a few yards away when the president set fire to 12 tonnes of ivory on 18 July 1989. | 2022-10-15 | 1989-07-18
            The lido will reopen in 2025. | That would be 2 years later than first promised, 3 councillors said. | 2023-12-30 |
            """)
    void aDateOfTheNextSentence_readWithTheParagraphsDayYearsBack(String first, String second, String published,
                                                                  String expected) {
        List<Candidate> candidates = CandidateExtractor.extract(first + " " + second, LocalDate.parse(published));
        Candidate next = find(candidates, second.substring(0, 20));
        assertEquals(expected, next.eventDate() == null ? null : next.eventDate().value(), next.dateBasis());
    }

    @ParameterizedTest(name = "\"{1}\" after \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Farmers met board members on Tuesday. | The talks ended that afternoon without a deal, 12 farmers said. | 2025-03-11 | that afternoon
            Farmers met board members on Tuesday. | The following day, the county declared a drought in 14 towns. | 2025-03-12 | The following day
            Farmers met board members on Tuesday. | Officials said the same day that 14 towns were dry. | 2025-03-11 | the same day
            The council first discussed the plan on the 3rd. | Three days later, the finance committee endorsed it by 5 votes. | 2025-03-06 | Three days later
            The dam was inspected on 10 March. | Engineers had found 3 cracks two days earlier. | 2025-03-08 | two days earlier
            The storm hit on Thursday. | Residents were evacuated later that evening, 200 of them. | 2025-03-13 | later that evening
            The bill passed on Monday and was signed the next day by 3 ministers. | The law took effect the previous day, officials said. | 2025-03-10 | the previous day
            The consultation closed on Friday. | The cabinet will review the 300 responses the following Tuesday. | 2025-03-18 | the following Tuesday
            The consultation closed on 4 March. | The cabinet reviewed the 300 responses the following Tuesday. | 2025-03-11 | the following Tuesday
            The weekly figure was 2,900 on Thursday. | A week earlier, the figure had been 2,300. | 2025-03-06 | A week earlier
            The cyclist was hit on 3 March. | Two weeks later, an examination showed 2 faults in the brakes. | 2025-03-17 | Two weeks later
            Collections stopped on New Year's Day. | Thursday's bins were emptied the following day, 2 days late. | 2025-01-02 | the following day
            The first debate is in Atlanta on 27 March. | A third will follow in Philadelphia the next week, 3 aides said. | 2025-03 | the next week
            The petition was handed in on Tuesday. | It had been drafted the previous week, 3 organisers said. | 2025-03 | the previous week
            Snow closed 3 roads on Tuesday. | Footfall still fell by a third that weekend. | 2025-03 | that weekend
            The book is launched on Thursday 13th March. | Ellery will read from 3 chapters the evening before. | 2025-03-12 | the evening before
            Gardaí made 23 arrests on Tuesday. That compares with 31 arrests last year. | A man was arrested that evening after 3 assaults. | 2025-03-11 | that evening
            The cyclist was hit on 3 March. | He died in hospital hours later, 3 witnesses said. | 2025-03-03 | hours later
            The index closed lower on Tuesday. | Earlier in the day, 3 banks had led a brief rally. | 2025-03-11 | Earlier in the day
            The capsule will land on Tuesday. | A helicopter will carry it to 3 clean rooms that same morning. | 2025-03-18 | that same morning
            The dam failed on Nov. 9, 1979, after 3 days of rain. | Within an hour, a wall of water had swept through the valley. | 1979-11-09 | Within an hour
            A fire broke out at the depot on 25 December. | Cole was seen riding away on 3 bikes minutes earlier. | 2024-12-25 | minutes earlier
            The parade is on Saturday. | 3 roads close from 4pm that afternoon until the early hours of the following morning. | 2025-03-15 | that afternoon
            The Jets host 3 rivals on Sunday night. | They face the Oilers two nights later in their first game of 2025. | 2025-03-18 | two nights later
            The bank is expected to raise rates on Thursday 20 March. | First-quarter GDP figures for 3 sectors follow the next day. | 2025-03-21 | the next day
            """)
    void anExplicitLink_countsFromTheLastDayOfTheParagraph(String first, String second, String date, String link) {
        List<Candidate> candidates = CandidateExtractor.extract(first + " " + second, FRIDAY_14_MARCH_2025);
        Candidate linked = find(candidates, second.substring(0, 20));
        assertEquals(date, linked.eventDate() == null ? null : linked.eventDate().value(), linked.dateBasis());
        assertEquals(link, linked.dateText());
        assertTrue(linked.dateBasis().startsWith("linked by \"" + link + "\" to \""), linked.dateBasis());
        assertTrue(linked.dateBasis().contains("earlier in the paragraph"), linked.dateBasis());
        assertEquals(candidates.get(0).dates().get(candidates.get(0).dates().size() - 1).date(), linked.dateAnchor());
    }

    @ParameterizedTest(name = "\"{1}\" after \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The board voted on March 4 to end Sunday hours. | The director announced her retirement the following day, 3 staff said. | 2025-03-05
            The resort opened on 10 March. On my first morning the lifts stayed shut. | The next morning 3 lifts opened. |
            On Tuesday, the committee advanced a budget for the fiscal year that begins July 1. | The Senate held its first hearing the same day, 3 members said. | 2025-03-11
            Warsaw's museums open on Saturday 17 May, with workshops on Sunday 18 May. | Kraków stages 3 museum nights a week later, on the 24th of May. | 2025-05-24
            King's Day falls on 27 April. | When the king's birthday lands on a Sunday, 3 events move to the day before. |
            """)
    void aLink_skipsADayThatNamesAKind_andAfterADayTheTextDoesNotDate_countsFromNothing(String first, String second,
                                                                                       String date) {
        Candidate linked = find(CandidateExtractor.extract(first + " " + second, FRIDAY_14_MARCH_2025),
                second.substring(0, 15));
        assertEquals(date, linked.eventDate() == null ? null : linked.eventDate().value(), linked.dateBasis());
    }

    @Test
    void aRetrospective_toldInThePastPerfect_keepsTheYearItsStoryOpenedWith() {
        String text = "Fifty years ago today, on Nov. 9, 1979, the dam above the town failed.\n\n"
                + "Heavy rain had fallen for three days, and by the evening of Nov. 8 the lake stood 18 inches below"
                + " the crest. At 11:40 that night, the caretaker phoned 2 deputies. He watched the dam give way at"
                + " 4:52 a.m. that Friday.";
        List<Candidate> candidates = CandidateExtractor.extract(text, LocalDate.parse("2029-11-09"));
        assertEquals("1979-11-08", find(candidates, "Heavy rain").eventDate().value());
        assertEquals("1979-11-08", find(candidates, "At 11:40").eventDate().value());
        assertEquals("1979-11-09", find(candidates, "He watched").eventDate().value());
        assertTrue(find(candidates, "Heavy rain").dateBasis().contains("earlier in the article"),
                find(candidates, "Heavy rain").dateBasis());
    }

    @Test
    void aDayOfTheStorysMonths_inThePast_isOfTheStorysYear_notMostOfAYearBeforePublication() {
        String text = "Congress voted for independence on 2 July 1776, 3 delegates abstaining.\n\n"
                + "The first public reading took place before 3 crowds on 8 July. Most of the 56 delegates did not sign"
                + " until 2 August.";
        List<Candidate> candidates = CandidateExtractor.extract(text, LocalDate.parse("2026-07-04"));
        assertEquals("1776-07-08", find(candidates, "The first public").eventDate().value());
        assertEquals("1776-08-02", find(candidates, "Most of").eventDate().value());
        assertTrue(find(candidates, "The first public").dateBasis().contains("earlier in the article tells of"),
                find(candidates, "The first public").dateBasis());
    }

    @Test
    void aDayOfThePublicationYear_inAYearEndColumn_isNotTakenIntoTheStorysYear() {
        String text = "The last country to adopt the euro was Lithuania, in January 2015, after 3 attempts.\n\n"
                + "The year was defined by the morning of 24 February, when 3 armies crossed the border.";
        Candidate defined = find(CandidateExtractor.extract(text, LocalDate.parse("2022-12-31")), "The year was");
        assertTrue(defined.eventDate() == null || !defined.eventDate().value().startsWith("2015"), defined.dateBasis());
    }

    @Test
    void aMonthAfterThatOfReportedSpeech_isNotLinkedToTheYearBefore() {
        String text = "Skier visits fell 6% from January 2022. Kirkland told 3 analysts on a call that February had been"
                + " a different story.";
        Candidate told = find(CandidateExtractor.extract(text, LocalDate.parse("2023-03-01")), "Kirkland told");
        assertNull(told.eventDate(), told.dateBasis());
        assertTrue(told.dateBasis().contains("opens what was said"), told.dateBasis());
    }

    @Test
    void aGlanceBackInThePastPerfect_isNotWhatTheNextLinkCountsFrom() {
        String text = "Derek Hanlon, 71, was found at the foot of 3 ladders on 14 November last year. It had rained"
                + " heavily the previous night, 3 neighbours said. He was flown to 3 hospitals the same morning. He died"
                + " there 3 days later.";
        List<Candidate> candidates = CandidateExtractor.extract(text, LocalDate.parse("2023-06-30"));
        assertEquals("2022-11-13", find(candidates, "It had rained").eventDate().value());
        assertEquals("2022-11-14", find(candidates, "He was flown").eventDate().value());
        assertEquals("2022-11-17", find(candidates, "He died").eventDate().value());
    }

    @ParameterizedTest(name = "\"{1}\" after \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Sales reached 52,000 on 3 March 2024. | A year earlier, in March 2023, the figure was 48,900. | 2023-03 | March 2023
            Washington was born on Feb. 11, 1731. | Under the new calendar, that day became Feb. 22, 1732, 11 days on. | 1732-02-22 | Feb. 22, 1732
            """)
    void aCountedDate_thenWrittenInFull_isTheDateWritten(String first, String second, String date, String written) {
        Candidate restated = find(CandidateExtractor.extract(first + " " + second, FRIDAY_14_MARCH_2025),
                second.substring(0, 20));
        assertEquals(date, restated.eventDate().value(), restated.dateBasis());
        assertTrue(restated.dateText().contains(written), restated.dateText());
    }

    @ParameterizedTest(name = "\"{1}\" after \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The fraud was discovered in March 2022, when an auditor questioned 40 invoices. | Gale was arrested at his home on 14 March that year. | 2022-03-14 | that year
            Dunning took office in the spring of 2023, 12 days after the vote. | He resigned on June 12 of that year, 3 days after the audit. | 2023-06-12 | that year
            The plant closed in 2019, with 300 jobs lost. | It reopened with 120 staff in March the following year. | 2020-03 | the following year
            She founded the Millgate in September 1962 with 300 pounds. | Its first production, with 12 actors, opened on the 21st of that month. | 1962-09-21 | that month
            Violent crimes numbered 1,287 in 2021, 3 reports said. | That figure rose to 1,530 the following year. | 2022 | the following year
            The lighthouse was automated in 1934 after 80 years. | The last keeper's family moved out two years later. | 1936 | two years later
            The plant closed in 2019, with 300 jobs lost. | It reopened with 120 staff the following spring. | 2020-03 | the following spring
            The plant closed in January 1974, with 300 jobs lost. | Congress voted to scrap 3 rules that fall. | 1974-09 | that fall
            Planners refused the scheme in September last year. | A revised one, with 30 fewer homes, followed two months later. | 2024-11 | two months later
            The money went missing between 12 and 27 January. | Her daughter noticed the loss the following month and called 3 officers. | 2025-02 | the following month
            The viaduct was inspected in January. | A 44-tonne limit was imposed the same month on 3 lanes. | 2025-01 | the same month
            The fund was raided in February. | Later that month, 3 auditors were called in. | 2025-02 | Later that month
            Dunning resigned on June 12, 2023, 3 days after the audit. | A grand jury indicted him the following March. | 2024-03 | the following March
            The bill passed on February 18, 2008, by 3 votes. | It had been promised during the campaign the previous fall. | 2007-09 | the previous fall
            Year-round daylight saving began in January 1974 in 3 states. | It proved so unpopular that Congress abandoned it that October. | 1974-10 | that October
            The album was released in 1991 with 3 singles. | It was reissued on CD a decade later. | 2001 | a decade later
            The rule took effect in August 2021 for 3 million workers. | A federal appeals court blocked it about a year later. | 2022-08 | a year later
            The last major flood, in June 2008, forced 1,200 people from 3 towns. | The river peaked at 23.4 feet that year. | 2008 | that year
            Net income was $301 million in the April-June period. | That compared with $258 million, or 74 cents per share, a year earlier. | 2023-04 | a year earlier
            Ashworth bought the 3-storey building in January 2023. | He spent the following summer gutting it. | 2023-06 | the following summer
            Some 68,000 patients were waiting at the end of October. | A year earlier the figure stood at 59,400 in 3 trusts. | 2023-10 | A year earlier
            Six councils were given permission last month. | The same concession had been granted to 3 councils a year earlier. | 2024-02 | a year earlier
            """)
    void aDayOrMonthOfThatYear_countsFromTheLastDateOfTheParagraph(String first, String second, String date,
                                                                   String link) {
        List<Candidate> candidates = CandidateExtractor.extract(first + " " + second, FRIDAY_14_MARCH_2025);
        Candidate linked = find(candidates, second.substring(0, 20));
        assertEquals(date, linked.eventDate() == null ? null : linked.eventDate().value(), linked.dateBasis());
        assertTrue(linked.dateBasis().startsWith("linked by \"" + link), linked.dateBasis());
        assertTrue(linked.dateBasis().contains("earlier in the paragraph"), linked.dateBasis());
    }

    @Test
    void theFollowingYearsCrop_isAKindOfCrop_notALinkToTheYearAfter() {
        Candidate crop = find(CandidateExtractor.extract("Frost hit 3 farms in the south on Sunday. Frost kills 3 in 10"
                + " buds that would produce the following year's crop.", FRIDAY_14_MARCH_2025), "Frost kills");
        assertNull(crop.eventDate(), crop.dateBasis());
    }

    @Test
    void aPastEventCountedToADayAfterPublication_isLeftUndated() {
        List<Candidate> candidates = CandidateExtractor.extract("A jury convicted 3 men on Tuesday. Judge Ashby set"
                + " sentencing for July 20. The following day, Ashby denied 3 motions.", FRIDAY_14_MARCH_2025);
        Candidate denied = find(candidates, "The following day");
        assertNull(denied.eventDate(), denied.dateBasis());
        assertTrue(denied.dateBasis().startsWith("left undated: "), denied.dateBasis());
    }

    @ParameterizedTest(name = "\"{1}\" after \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The committee has scheduled a hearing for Wednesday, Nov. 30, for 5 nominees. | A vote on 3 more is expected the following day. | 2022-11-25 | 2022-12-01
            On Tuesday the duke will travel to Jaipur to see 3 charities. | The next day he flies to Mumbai, skipping a visit that was dropped. | 2025-11-10 | 2025-11-12
            The series returns on Thursday 7 March with 3 episodes. | A companion podcast hosted by its creators launches two days later. | 2024-02-29 | 2024-03-09
            """)
    void aDayToCome_countsOnFromADayToCome(String first, String second, String published, String date) {
        Candidate linked = find(CandidateExtractor.extract(first + " " + second, LocalDate.parse(published)),
                second.substring(0, 20));
        assertEquals(date, linked.eventDate() == null ? null : linked.eventDate().value(), linked.dateBasis());
    }

    @Test
    void thatYear_ofANounBeforeADateOfTheClaim_doesNotDateIt() {
        List<Candidate> candidates = CandidateExtractor.extract("The tax year ended on 5 April last year. Payment of"
                + " any tax owed for that year is also due by 31 January, along with 3 other payments.",
                LocalDate.parse("2024-01-27"));
        Candidate payment = find(candidates, "Payment of");
        assertEquals("2024-01-31", payment.eventDate().value(), payment.dateBasis());
    }

    @Test
    void thatSeason_afterAYearWrittenInItsSentence_isOfThatYear_notOfTheParagraphsLastDate() {
        List<Candidate> candidates = CandidateExtractor.extract("A decade ago, the average home cost £196,000."
                + " Prices peaked in August 2022, before rates surged in the wake of that autumn's mini-Budget."
                + " The following year, prices fell by 1.8%.", LocalDate.parse("2026-01-03"));
        Candidate fall = find(candidates, "The following year");
        assertEquals("2023", fall.eventDate().value(), fall.dateBasis());
        assertTrue(fall.dateBasis().contains("\"that autumn\" (2022-09)"), fall.dateBasis());
    }

    @Test
    void aCountedDay_restatedWithoutAYear_isWhatALaterLinkCountsFrom() {
        String text = "Four years ago to the day, Super Typhoon Saola struck. Six days later, on the night of September 7,"
                + " a rainstorm flooded 3 stations. The Observatory recorded 158.1mm of rain in a single hour that night.";
        List<Candidate> candidates = CandidateExtractor.extract(text, LocalDate.parse("2027-09-01"));
        assertEquals("2023-09-07", find(candidates, "Six days later").eventDate().value());
        assertEquals("2023-09-07", find(candidates, "The Observatory").eventDate().value(),
                find(candidates, "The Observatory").dateBasis());
    }

    @Test
    void aWeekdayAndDate_thatFitsNoYearNearPublication_isOfTheYearTheRetrospectiveTellsOf() {
        String text = "Forty years ago this month, the snow came to our village and stayed for 3 weeks.\n\n"
                + "On Sunday 13 January the vicar held the service in the Plough. The following day a helicopter"
                + " dropped hay to 300 sheep.";
        List<Candidate> candidates = CandidateExtractor.extract(text, LocalDate.parse("2025-01-18"));
        assertEquals("1985-01-13", find(candidates, "On Sunday").eventDate().value(), find(candidates, "On Sunday").dateBasis());
        assertEquals("1985-01-14", find(candidates, "The following day").eventDate().value());
    }

    @Test
    void aLinkToTheYearBefore_countsFromTheClaimsYear_notFromARelativeClause() {
        String text = "In 1975 she married the English fiddler Tom Hartnell, who died in 2009. The following year she"
                + " released Salt Roads, her only album to top 3 charts.";
        Candidate album = find(CandidateExtractor.extract(text, LocalDate.parse("2028-04-26")), "The following year");
        assertEquals("1976", album.eventDate().value(), album.dateBasis());
    }

    @Test
    void aLink_afterADayLeftUndated_countsFromNothing_forTheDayItMeansIsNotKnown() {
        List<Candidate> candidates = CandidateExtractor.extract("The weather should stay dry this afternoon, with"
                + " highs of 26C. A band of 40 storms may move in on Sunday. A warning is in force for"
                + " Devon from midday until 9pm that day, 3 forecasters said.", LocalDate.parse("2025-08-23"));
        assertEquals("2025-08-23", candidates.get(0).eventDate().value());
        Candidate sunday = find(candidates, "A band of 40");
        assertNull(sunday.eventDate(), sunday.dateBasis());
        Candidate linked = find(candidates, "A warning is in force");
        assertNull(linked.eventDate(), linked.dateBasis());
    }

    @Test
    void aYearEarlier_afterAFigure_isItsPointOfComparison_notALinkToTheYearBefore() {
        List<Candidate> candidates = CandidateExtractor.extract("Harlow reported its results for 2019 on Thursday."
                + " Net income climbed to $212 million from $186 million, or $1.03 a share, a year earlier."
                + " Only 58 per cent of 400 stores took part, compared with 64 per cent a year earlier.",
                LocalDate.parse("2020-03-12"));
        for (String start : List.of("Net income climbed", "Only 58 per cent")) {
            Candidate compared = find(candidates, start);
            assertNull(compared.eventDate(), compared.dateBasis());
            assertTrue(compared.dateBasis().contains("a point of comparison"), compared.dateBasis());
        }
    }

    @Test
    void aNegatedLink_countsFromNothing() {
        List<Candidate> candidates = CandidateExtractor.extract("The minister was told on Monday 10 March, 3 aides"
                + " said. That is almost a week after she says she was told, not the next morning, 2 aides said.",
                FRIDAY_14_MARCH_2025);
        assertEquals("2025-03-10", candidates.get(0).eventDate() == null ? null : candidates.get(0).eventDate().value());
        Candidate negated = find(candidates, "That is almost");
        assertNull(negated.eventDate(), negated.dateBasis());
    }

    @Test
    void thatYear_inTheNextParagraph_isLeftUndated_withThePhraseShown() {
        List<Candidate> candidates = CandidateExtractor.extract(
                "The plant closed in 2019, with 300 jobs lost.\n\nIt reopened with 120 staff in March the following year.",
                FRIDAY_14_MARCH_2025);
        Candidate reopened = find(candidates, "It reopened");
        assertNull(reopened.eventDate());
        assertEquals("in March the following year", reopened.dateText());
        assertTrue(reopened.dateBasis().contains("count from a year given earlier"), reopened.dateBasis());
    }

    @Test
    void aLinkWithinTheSentence_countsFromTheDateBeforeIt() {
        Candidate bill = CandidateExtractor.extract("The bill passed on Monday and was signed the next day.",
                FRIDAY_14_MARCH_2025).get(0);
        assertEquals(List.of("2025-03-10", "2025-03-11"), bill.dates().stream().map(d -> d.date().value()).toList());
        assertTrue(bill.dates().get(1).basis().contains("earlier in the sentence"), bill.dates().get(1).basis());
    }

    @Test
    void aLinkInTheNextParagraph_orWithoutAnEarlierDay_isLeftUndated_withThePhraseShown() {
        List<Candidate> candidates = CandidateExtractor.extract(
                "Farmers met board members on Tuesday.\n\nThe talks ended that afternoon, 12 farmers said.",
                FRIDAY_14_MARCH_2025);
        Candidate talks = find(candidates, "The talks ended");
        assertNull(talks.eventDate());
        assertEquals("that afternoon", talks.dateText());
        assertEquals("left undated: it counts from a day the paragraph does not give before it", talks.dateBasis());
    }

    @Test
    void theFollowingWeekday_withoutAnEarlierDay_isLeftUndated_notCountedFromPublication() {
        Candidate review = CandidateExtractor.extract(
                "The cabinet will review the 300 responses the following Tuesday.", FRIDAY_14_MARCH_2025).get(0);
        assertNull(review.eventDate(), review.dateBasis());
        assertEquals("the following Tuesday", review.dateText());
        assertEquals("left undated: it counts from a day the paragraph does not give before it", review.dateBasis());
    }

    @ParameterizedTest(name = "\"{0}\" is left undated, showing \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            U.S. employers added 187,000 jobs in August, a little more than expected, the Labor Department said Friday. | in August            | Friday
            Free flu vaccinations will remain available until 31 July, the state government announced on Thursday.     | 31 July              | on Thursday
            Rents rose 8.2% in the third quarter, the country's rental regulator said on Thursday, as supply stayed tight. | in the third quarter | on Thursday
            Waiting lists grew again at the end of last year, according to a report published on Thursday by the watchdog. | the end of last year | on Thursday
            The waiting list fell for a third month in December, figures published on Thursday show.                  | in December          | on Thursday
            The airline will cut 8% of its flights from April through June, the carrier told staff in a memo on Tuesday. | from April through June | on Tuesday
            The team will hold a parade on Tuesday, the city said in a statement early Saturday.                     | on Tuesday           | early Saturday
            This year is set to be the warmest on record, according to 3 sets of figures released this morning.  | This year            | this morning
            Underlying inflation eased in the December quarter, figures released by the statistics bureau on Thursday showed. | in the December quarter | on Thursday
            The watchdog's latest report, released on Wednesday, found that margins rose in the December quarter.  | in the December quarter | on Wednesday
            Figures from the British Retail Consortium published on Tuesday showed sales rose 2.3 per cent in December. | in December | on Tuesday
            """)
    void aClaimsDate_withAReportOfItOnAnotherDayAfterIt_isLeftUndated_forReadersDateItByEither(String sentence,
            String shown, String reportDay) {
        Candidate candidate = CandidateExtractor.extract(sentence, FRIDAY_14_MARCH_2025).get(0);
        assertNull(candidate.eventDate(), candidate.dateBasis());
        assertEquals(shown, candidate.dateText());
        assertEquals("left undated: it is what was reported, and the report has a day of its own (\"" + reportDay
                + "\")", candidate.dateBasis());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Consumer prices rose 0.4% in February, the bureau said.                                         | 2025-02
            The bureau said on Thursday that consumer prices rose 0.4% in February.                         | 2025-03-13
            The band announced on Friday that their album, Northern Glass, will be released on 24 March.    | 2025-03-14
            Prices rose in February, and the bureau said on Thursday that March looked weaker.              | 2025-02
            Economists expect another cut in May, after the inflation figures are published on April 30.    | 2025-05
            The plant closed on Thursday, the company said on Thursday.                                     | 2025-03-13
            The 3 reports released on Thursday were written in 2019.                                      | 2019
            Figures published on Thursday showed 4,200 flu patients in hospital.                            | 2025-03-13
            "I was first told on the evening of 13 October, and the trusts were warned the next morning," she said. | 2024-10-13
            """)
    void aClaimsDate_withoutAReportOnAnotherDayAfterIt_staysDated(String sentence, String date) {
        assertResolvesTo(sentence, FRIDAY_14_MARCH_2025.toString(), date);
    }

    @Test
    void aLinkFromADeadline_isLeftUndated_forADeadlineIsNotWhenAnythingHappened() {
        List<Candidate> candidates = CandidateExtractor.extract("The state pledged to cut emissions by half by 2030."
                + " Six years later, 3 of its targets are nowhere close.", FRIDAY_14_MARCH_2025);
        Candidate later = find(candidates, "Six years later");
        assertNull(later.eventDate(), later.dateBasis());
        assertEquals("left undated: it counts from a year the paragraph does not give before it", later.dateBasis());
    }

    @Test
    void aLinkedDate_scoresAsADateFromContext() {
        List<Candidate> candidates = CandidateExtractor.extract(
                "Farmers met on Tuesday. The talks ended that afternoon.", FRIDAY_14_MARCH_2025);
        assertEquals(CandidateExtractor.DATE_POINTS / 100.0, candidates.get(0).score(), 1e-9);
        assertEquals(CandidateExtractor.CONTEXT_DATE_POINTS / 100.0, candidates.get(1).score(), 1e-9);
    }

    @ParameterizedTest(name = "\"{1}\" after \"{0}\" -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The great storm of January 1953 killed 307 people. | On the night of 31 January, waves broke over the 30-metre gallery. | 2025-06-21 | 1953-01-31 | January 1953
            The final £38,000 arrived last December.           | Mrs Elwes said the letter landed on her doormat on the 19th.       | 2026-05-16 | 2025-12-19 | last December
            """)
    void aDayWithoutItsMonthOrYear_afterAMonthOfThePastInTheParagraph_isADayOfThatMonth(
            String first, String second, String published, String date, String month) {
        Candidate day = find(CandidateExtractor.extract(first + " " + second, LocalDate.parse(published)),
                second.substring(0, 12));
        assertEquals(date, day.eventDate().value(), day.dateBasis());
        assertEquals(date.substring(0, 7), day.dateAnchor().value());
        assertTrue(day.dateBasis().contains("\"" + month + "\" earlier in the paragraph"), day.dateBasis());
    }

    @Test
    void anOrdinalDay_thatLooksAhead_afterADayOfALaterMonthInTheParagraph_isADayOfThatMonth() {
        Candidate carols = find(CandidateExtractor.extract("A late-night opening is planned for Saturday 14 December."
                + " The choir will sing carols on the City Hall steps at 6pm on the 21st.", LocalDate.parse("2024-11-16")),
                "The choir");
        assertEquals("2024-12-21", carols.eventDate().value(), carols.dateBasis());
        assertTrue(carols.dateBasis().contains("\"Saturday 14 December\" earlier in the paragraph"), carols.dateBasis());
    }

    @Test
    void anOrdinalDay_thatLooksAhead_isNotADayOfAMonthThatIsOver() {
        Candidate tickets = find(CandidateExtractor.extract("The council met in April. Tickets for 300 seats go on sale"
                + " on the 17th.", LocalDate.parse("2026-05-16")), "Tickets");
        assertEquals("2026-05-17", tickets.eventDate().value(), tickets.dateBasis());
    }

    @Test
    void anAgencyDateline_isNotTheDateOfTheStory() {
        Candidate march = CandidateExtractor.extract("LONDON, June 30 (Reuters) - Thousands of people marched through"
                + " central London on Sunday to demand action on living costs.", LocalDate.parse("2025-06-30")).get(0);
        assertEquals("2025-06-29", march.eventDate().value());
        assertEquals("on Sunday", march.dateText());
    }

    @ParameterizedTest(name = "\"{1}\" after \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            On 11 January 1979, The Sun ran its famous headline.       | By May his government was gone.                              | 1979-05
            That August the government rushed through the Drought Act. | By the end of September the reservoir was filling again.    | 1976-09
            The mill closed in March 2021.                             | Production moved to Leeds in October.                        | 2022-10
            """)
    void aMonthOpeningASentence_goesOnWithTheYearsTheParagraphTellsOf(String before, String sentence, String expected) {
        LocalDate published = LocalDate.parse("2022-12-24");
        String text = "In July 1976, the tower emerged. " + before + " " + sentence;
        Candidate month = CandidateExtractor.extract(text, published).stream()
                .filter(c -> c.quote().equals(sentence)).findFirst().orElseThrow();
        assertEquals(expected, month.eventDate() == null ? null : month.eventDate().value(), month.dateBasis());
    }

    @ParameterizedTest(name = "\"{1}\" after \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The bandstand opened in 1936.                   | The band played that Fourth of July under a tarpaulin. | 1936-07-04
            The band played for 3 hours.                    | The band played that Fourth of July under a tarpaulin. |
            The council has set term dates for 2027.        | The summer term will start on Monday 12 April.         | 2027-04-12
            The council has set 3 term dates.               | The summer term will start on Monday 12 April.         | 2026-04-12
            The council has set term dates for 2027.        | Because Easter falls early next year, the spring term will end on Thursday 25 March. | 2027-03-25
            """)
    void aDateWithoutAYear_takesTheYearTheTextGives(String before, String sentence, String expected) {
        Candidate candidate = CandidateExtractor.extract(before + " " + sentence, LocalDate.parse("2026-01-31")).stream()
                .filter(c -> c.quote().equals(sentence)).findFirst().orElseThrow();
        assertEquals(expected, candidate.eventDate() == null ? null : candidate.eventDate().value(), candidate.dateBasis());
    }

    @ParameterizedTest(name = "\"{0}\" is not dated {1}")
    @CsvSource(delimiter = '|', textBlock = """
            It was the strongest February storm to hit the region since 1998. | since 1998
            Rome had its wettest day since June 1990, officials said. | June 1990
            """)
    void aRecordSinceADate_isNotDatedToThatDate_butKeepsTheExpression(String sentence, String expression) {
        Candidate storm = CandidateExtractor.extract(sentence, LocalDate.parse("2024-03-01")).get(0);
        assertNull(storm.eventDate(), storm.dateBasis());
        assertEquals(List.of(expression), storm.dates().stream().map(ResolvedDate::text).toList());
    }

    @ParameterizedTest(name = "\"{0}\" of {1} is not dated, though {2} is found")
    @CsvSource(delimiter = '|', textBlock = """
            Shivajinagar recorded 87.4 mm, the highest for a single day in September since 2010.     | 2024-09-03 | in September
            Tarang is the first cyclone to strike Odisha in May since Yaas in 2021.                  | 2026-05-20 | in May
            "We've never seen 300 people in lines like this before Thanksgiving," she said.          | 2024-11-27 | Thanksgiving
            The next budget, worth $3 billion, will be the last before the November 2026 election.   | 2024-05-08 | November 2026
            It was Rovers' first derby victory since a 30-12 success at Brigstone in 2021.            | 2025-04-19 | in 2021
            Captain Kasun Wickramasinghe made 88, his highest score since his debut against England in 2018. | 2022-11-28 | in 2018
            As in 2023, the board did not release 3 merit lists.                                      | 2024-05-13 | in 2023
            That would fall short of the August bank holiday record of 33.3C, set in 2019.            | 2025-08-25 | in 2019
            It was the strongest shake since a magnitude 6.2 quake near Eketāhuna a decade ago.       | 2024-02-29 | a decade ago
            Swedish house prices have fallen about 15% from their peak in early 2022.                 | 2023-06-30 | in early 2022
            Meteorologists said the setup resembles the February 2013 blizzard, which buried 3 towns. | 2024-02-29 | February 2013
            No Frenchman had won 3 stages on 14 July since 2018.                                      | 2025-07-14 | on 14 July
            Palace sources would not say whether he would ride 3 horses, as he did last year.         | 2024-05-06 | last year
            Members could announce 3 cuts separately, as happened in November.                        | 2024-02-29 | in November
            Snowfall totals of 30 cm could make this the snowiest New Year's Eve in Regina since 1974. | 2024-12-31 | New Year's Eve
            Water guns are banned in 3 festival zones, as they were last year.                         | 2026-04-10 | last year
            A draw gives Sri Lanka 3 series wins, as they did on their previous tour here in May 2022. | 2026-02-01 | in May 2022
            It will be the first of 3 referendums since the twin votes on family and care in March 2024. | 2025-12-31 | in March 2024
            Attendance was about 3,000, roughly the same as at last year's event.                      | 2025-06-30 | last year
            Tickets for 3 days cost £36, up £2 on last year.                                            | 2023-07-24 | last year
            Scientists have compared the early start to the season with 2016, when 3 towns were evacuated. | 2025-06-01 | 2016
            Growth would be 3 points weaker than it had forecast in March, the office said.             | 2025-11-26 | in March
            """)
    void aDateWithinARecord_isPartOfTheRecord_andDatesNothing(String sentence, String published, String found) {
        Candidate record = CandidateExtractor.extract(sentence, LocalDate.parse(published)).get(0);
        assertNull(record.eventDate(), record.dateBasis());
        assertTrue(record.dates().stream().anyMatch(date -> date.text().equals(found)), record.dates().toString());
    }

    @Test
    void anyMixOfDateWords_givesCandidatesWithoutFailing_andDatesWithinTheirSentences() {
        String[] words = {"on", "the", "3rd", "Sunday,", "October", "15", "29", "February", "0000", "9999", "of",
                "last", "next", "this", "year", "summer", "winter", "fall", "quarter", "Q4", "final", "within", "999",
                "decades", "ago", "days", "later", "that", "afternoon", "same", "day", "following", "weekend", "over",
                "will", "would", "said", "revised", "by", "end", "until", "early", "mid-", "late", "since", "record",
                "LONDON,", "(Reuters)", "-", "31st", "June", ".", ",", "\n\n", "Mr.", "2024", "1999", "spring"};
        java.util.Random random = new java.util.Random(15);
        for (LocalDate published : List.of(LocalDate.parse("2024-02-29"), LocalDate.parse("2025-12-31"),
                LocalDate.parse("1000-01-01"), LocalDate.parse("9999-12-31"))) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 5000; i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(8) == 0 ? ". " : " ");
            }
            List<Candidate> candidates = CandidateExtractor.extract(text.toString(), published);
            assertFalse(candidates.isEmpty());
            assertQuotesAreExactSubstringsInReadingOrder(text.toString(), candidates);
        }
    }

    @Test
    void aSentenceLongerThanAClaimQuote_isCutAtAWordBoundary() {
        String text = "On Friday, officials said " + "very ".repeat(500) + "much.";
        Candidate candidate = CandidateExtractor.extract(text, LocalDate.parse("2024-11-16")).get(0);
        assertTrue(candidate.quote().length() <= Claim.MAX_QUOTE);
        assertTrue(candidate.quote().endsWith("very"), candidate.quote().substring(candidate.quote().length() - 10));
        assertEquals(candidate.quote(), text.substring(candidate.start(), candidate.end()));
    }

    @Test
    void aSentenceWithOnlyANamedActor_isNoCandidate() {
        assertEquals(List.of(), CandidateExtractor.extract("Mr Biden met Mr Xi in Lima.", LocalDate.parse("2024-11-16")));
    }
}
