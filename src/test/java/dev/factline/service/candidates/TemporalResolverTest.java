package dev.factline.service.candidates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Temporal expressions against fixed publication dates: every row names the expression the
 * resolver must find in the sentence, the date it stands for and its precision; an empty
 * endDate means none, and "~" marks an approximate date.
 */
class TemporalResolverTest {

    @ParameterizedTest(name = "{0}: \"{2}\" in \"{1}\" -> {3} {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # published | sentence | expression | eventDate | precision | endDate | approximate
            # weekdays: the most recent on or before publication, unless the tense says otherwise
            2024-11-16 | On Friday, Mr Biden condemned the decision. | On Friday | 2024-11-15 | day | | false
            2024-11-15 | On Friday, the leaders condemned the decision. | On Friday | 2024-11-15 | day | | false
            2024-11-15 | The summit ended last Friday. | last Friday | 2024-11-08 | day | | false
            2024-11-17 | The summit ended last Friday. | last Friday | 2024-11-15 | day | | false
            2024-11-15 | The leaders will meet again next Friday. | next Friday | 2024-11-22 | day | | false
            2024-11-15 | The leaders will meet on Friday. | on Friday | 2024-11-15 | day | | false
            2024-11-16 | Mr Xi will fly home on Monday. | on Monday | 2024-11-18 | day | | false
            2024-11-16 | The minister resigned on Monday. | on Monday | 2024-11-11 | day | | false
            2024-11-16 | On Monday, the two leaders will sign the accord. | On Monday | 2024-11-18 | day | | false
            2024-11-16 | Friday’s vote was close. | Friday | 2024-11-15 | day | | false
            2024-12-02 | The ceasefire collapsed on Saturday. | on Saturday | 2024-11-30 | day | | false
            2025-01-01 | Fireworks were launched on Sunday. | on Sunday | 2024-12-29 | day | | false
            2024-12-30 | The vote will be held on Thursday. | on Thursday | 2025-01-02 | day | | false
            2024-03-01 | The storm hit the coast on Thursday. | on Thursday | 2024-02-29 | day | | false
            2023-03-01 | The storm hit the coast on Tuesday. | on Tuesday | 2023-02-28 | day | | false
            2024-02-29 | The court ruled on Thursday. | on Thursday | 2024-02-29 | day | | false
            2024-11-16 | The decision, announced Thursday, surprised many. | Thursday | 2024-11-14 | day | | false
            # yesterday, today, tomorrow
            2024-02-29 | Officials said yesterday that the bridge was safe. | yesterday | 2024-02-28 | day | | false
            2024-03-01 | The bill passed yesterday. | yesterday | 2024-02-29 | day | | false
            2023-03-01 | The bill passed yesterday. | yesterday | 2023-02-28 | day | | false
            2025-01-01 | The market closed yesterday at a record. | yesterday | 2024-12-31 | day | | false
            2024-02-28 | The results will be published tomorrow. | tomorrow | 2024-02-29 | day | | false
            2024-12-31 | The law takes effect tomorrow. | tomorrow | 2025-01-01 | day | | false
            2024-11-16 | The president is speaking today. | today | 2024-11-16 | day | | false
            2024-11-16 | Two people were hurt last night. | last night | 2024-11-15 | day | | false
            2024-03-02 | The fire started the day before yesterday. | the day before yesterday | 2024-02-29 | day | | false
            # weeks, months, years relative to publication
            2024-11-16 | Prices rose last week. | last week | 2024-11 | month | | false
            2024-12-04 | Prices rose last week. | last week | 2024-11 | month | 2024-12 | false
            2025-01-08 | Prices rose last week. | last week | 2024-12 | month | 2025-01 | false
            2024-02-29 | Talks resume next week. | next week | 2024-03 | month | | false
            2024-11-16 | Mr Kim ordered tests in the lead-up to this month’s election. | this month | 2024-11 | month | | false
            2025-01-10 | Sales fell last month. | last month | 2024-12 | month | | false
            2024-12-31 | The plant closes next month. | next month | 2025-01 | month | | false
            2024-11-16 | The brand plans to cut imports by 45% next year. | next year | 2025 | year | | false
            2024-01-01 | Exports grew last year. | last year | 2023 | year | | false
            2024-11-16 | The index fell earlier this year. | earlier this year | 2024 | year | | false
            # day and month, or month, without a year
            2024-11-16 | The polls closed on 5 November. | on 5 November | 2024-11-05 | day | | false
            2024-11-16 | The polls closed on November 5. | on November 5 | 2024-11-05 | day | | false
            2024-11-16 | Mr Biden will leave office on 20 January. | on 20 January | 2025-01-20 | day | | false
            2024-11-16 | The talks will resume in January. | in January | 2025-01 | month | | false
            2024-11-16 | The law was passed in January. | in January | 2024-01 | month | | false
            2025-01-10 | The factory closed in December. | in December | 2024-12 | month | | false
            2024-11-16 | They voted in May. | in May | 2024-05 | month | | false
            2024-11-16 | The strike began last January. | last January | 2024-01 | month | | false
            2024-11-16 | Talks collapsed in late October. | in late October | 2024-10 | month | | false
            2024-11-16 | The report was released in mid-2023. | in mid-2023 | 2023 | year | | false
            2024-11-16 | Mr Trump takes office in January. | in January | 2025-01 | month | | false
            2025-03-10 | The rule dates from a vote held on 29 February. | on 29 February | 2024-02-29 | day | | false
            2024-12-31 | He lost the vote, clearing the way for an election on Feb. 23. | on Feb. 23 | 2025-02-23 | day | | false
            # dates and years given in full
            2024-11-16 | The treaty was signed on 5 November 2024. | on 5 November 2024 | 2024-11-05 | day | | false
            2024-11-16 | The treaty was signed November 5, 2024, in Lima. | November 5, 2024 | 2024-11-05 | day | | false
            2024-11-16 | The storm struck on Jan. 9, 2023. | on Jan. 9, 2023 | 2023-01-09 | day | | false
            2024-11-16 | The filing is dated 2024-11-05 and signed. | 2024-11-05 | 2024-11-05 | day | | false
            2024-11-16 | Leap day, 29 February 2024, was busy. | 29 February 2024 | 2024-02-29 | day | | false
            2024-11-16 | Inflation peaked in November 2023. | in November 2023 | 2023-11 | month | | false
            2024-11-16 | He was sworn in on a snowy January morning in 2014. | January morning in 2014 | 2014-01 | month | | false
            2024-11-16 | On a December night in 1978, he turned the lens by hand. | December night in 1978 | 1978-12 | month | | false
            2024-11-16 | Sales rose 45% in 2023. | in 2023 | 2023 | year | | false
            2024-11-16 | He lost the 2020 election. | 2020 | 2020 | year | | false
            2024-11-16 | It was the worst storm since 1998. | since 1998 | 1998 | year | | false
            # amounts of time from publication, approximate where the text hedges
            2024-11-16 | The talks come just over two months before Mr Biden leaves office. | just over two months before | 2025-01 | month | | true
            2024-03-01 | The bridge collapsed three days ago. | three days ago | 2024-02-27 | day | | false
            2024-11-16 | The company was founded 10 years ago. | 10 years ago | 2014 | year | | false
            2024-11-16 | The deal was agreed two weeks ago. | two weeks ago | 2024-11-02 | day | | true
            2024-11-16 | The deal was agreed three weeks ago. | three weeks ago | 2024-10 | month | | true
            2024-11-16 | "We agreed the deal two weeks ago," she said. | two weeks ago | 2024-11 | month | | true
            2024-11-16 | The mission will end six months from now. | six months from now | 2025-05 | month | | false
            2024-05-20 | The pools open on Memorial Day, a week from today. | a week from today | 2024-05-27 | day | | false
            """)
    void resolvesTheExpression_againstThePublicationDate(String published, String sentence, String expression,
                                                         String eventDate, String precision, String endDate,
                                                         boolean approximate) {
        List<ResolvedDate> found = new TemporalResolver(LocalDate.parse(published)).find(sentence, 0);
        ResolvedDate date = found.stream().filter(d -> d.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + expression + "\" among " + found));
        assertEquals(eventDate, date.date().value(), date.basis());
        assertEquals(precision, date.precision().wireName());
        assertEquals(endDate, date.endDate() == null ? null : date.endDate().value());
        assertEquals(approximate, date.approximate());
        assertEquals(expression, sentence.substring(date.start(), date.end()));
    }

    private static void assertResolves(String published, String sentence, String expression, String eventDate,
                                       String precision, String endDate, boolean approximate) {
        List<ResolvedDate> found = new TemporalResolver(LocalDate.parse(published)).find(sentence, 0);
        ResolvedDate date = found.stream().filter(d -> d.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + expression + "\" among " + found));
        assertEquals(eventDate, date.date().value(), date.basis());
        assertEquals(precision, date.precision().wireName(), date.basis());
        assertEquals(endDate, date.endDate() == null ? null : date.endDate().value(), date.basis());
        assertEquals(approximate, date.approximate(), date.basis());
        assertEquals(expression, sentence.substring(date.start(), date.end()));
        assertEquals(date.basis().startsWith("relative to publishedAt") ? published : null,
                date.anchor() == null ? null : date.anchor().value(), "counted from publication or from nothing");
    }

    @ParameterizedTest(name = "{0}: \"{2}\" in \"{1}\" -> {3}..{5}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # published | sentence | expression | eventDate | precision | endDate | approximate
            # meteorological seasons, northern hemisphere; the tense of the clause picks the year
            2025-03-14 | Forecasters expect this summer to be drier than average. | this summer | 2025-06 | month | 2025-08 | true
            2025-10-31 | Crops failed this summer. | this summer | 2025-06 | month | 2025-08 | true
            2024-02-29 | The route was last upgraded in the summer of 2023. | in the summer of 2023 | 2023-06 | month | 2023-08 | true
            2024-02-29 | The line opened in spring 2019. | in spring 2019 | 2019-03 | month | 2019-05 | true
            2024-11-16 | Work will start in the spring. | in the spring | 2025-03 | month | 2025-05 | true
            2024-11-16 | The harvest failed last summer. | last summer | 2024-06 | month | 2024-08 | true
            2024-07-10 | The harvest failed last summer. | last summer | 2023-06 | month | 2023-08 | true
            2025-11-10 | Heating bills will rise this winter. | this winter | 2025-12 | month | 2026-02 | true
            2026-01-20 | Heating bills rose sharply this winter. | this winter | 2025-12 | month | 2026-02 | true
            2024-06-03 | He will join the Beavers in the fall. | in the fall | 2024-09 | month | 2024-11 | true
            2024-08-15 | Meters could be running by the spring. | by the spring | 2025-03 | month | 2025-05 | true
            2024-11-16 | The strike began in the autumn of last year. | in the autumn of last year | 2023-09 | month | 2023-11 | true
            2028-03-01 | Doctors said this winter had been the hardest they could remember. | this winter | 2027-12 | month | 2028-02 | true
            2027-04-15 | The first cottages could be finished by late summer. | by late summer | 2027-08 | month | | true
            2025-01-10 | Planting starts in early spring. | in early spring | 2025-03 | month | | true
            2025-10-16 | Excavations began this spring. | this spring | 2025-03 | month | 2025-05 | true
            # calendar quarters, approximate because a fiscal year may not follow the calendar
            2025-01-02 | Deliveries in the fourth quarter climbed 14%. | in the fourth quarter | 2024-10 | month | 2024-12 | true
            2024-02-29 | Ministers are due to decide in the second quarter. | in the second quarter | 2024-04 | month | 2024-06 | true
            2023-03-01 | The economy is likely to shrink in the first quarter. | in the first quarter | 2023-01 | month | 2023-03 | true
            2025-03-01 | In the final quarter of last year, builders started fewer homes. | In the final quarter of last year | 2024-10 | month | 2024-12 | true
            2025-01-02 | Deliveries will slow in the first quarter of 2025. | in the first quarter of 2025 | 2025-01 | month | 2025-03 | true
            2024-10-18 | Profit rose in Q3 2024. | Q3 2024 | 2024-07 | month | 2024-09 | true
            2024-10-18 | Sales fell last quarter. | last quarter | 2024-07 | month | 2024-09 | true
            2026-12-29 | Costs had risen by 11 per cent in the last quarter alone. | in the last quarter | 2026-07 | month | 2026-09 | true
            2024-10-18 | The bank reported third-quarter profit of $4 billion. | third-quarter | 2024-07 | month | 2024-09 | true
            # school terms: autumn September to December, spring January to March, summer April to July
            2026-01-15 | The school consulted parents over the autumn term. | over the autumn | 2025-09 | month | 2025-12 | true
            2026-05-15 | Pupils will sit the tests in the summer term. | in the summer | 2026-04 | month | 2026-07 | true
            # halves of the year: six calendar months, of the year of publication when "the year" names none
            2025-07-20 | Builders completed 4,812 homes in the first half of the year. | in the first half of the year | 2025-01 | month | 2025-06 | false
            2028-02-10 | The company expects to ship its cells in the second half of the year. | in the second half of the year | 2028-07 | month | 2028-12 | false
            """)
    void seasonsAndQuarters_spanTheirMonths_approximately(String published, String sentence, String expression,
                                                           String eventDate, String precision, String endDate,
                                                           boolean approximate) {
        assertResolves(published, sentence, expression, eventDate, precision, endDate, approximate);
    }

    @ParameterizedTest(name = "{0}: \"{2}\" in \"{1}\" -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # early, mid, late: the month or year they lie in
            2024-11-16 | Talks collapsed in early October. | in early October | 2024-10 | month | | false
            2025-08-15 | The consultant delivered a study in late July. | in late July | 2025-07 | month | | false
            2024-06-03 | Tickets go on sale in early July. | in early July | 2024-07 | month | | false
            2024-11-16 | Another hot spell will arrive in mid-December. | in mid-December | 2024-12 | month | | false
            2024-11-16 | The plant opened in mid-2023. | in mid-2023 | 2023 | year | | false
            2024-11-16 | Elections are due in late 2025. | in late 2025 | 2025 | year | | false
            2024-11-16 | Early 2020 was quiet. | Early 2020 | 2020 | year | | false
            2024-11-16 | Sales will recover early next year. | early next year | 2025 | year | | false
            2025-02-28 | The extension runs until the end of August. | until the end of August | 2025-08 | month | | false
            # by the end of a period
            2025-03-14 | The authority aims to finish by the end of the year. | by the end of the year | 2025 | year | | false
            2024-11-16 | Rates will fall by the end of the month. | by the end of the month | 2024-11 | month | | false
            2024-12-31 | The utility must borrow by the end of next year. | the end of next year | 2025 | year | | false
            2024-11-27 | The deal will be signed by the end of the week. | by the end of the week | 2024-11 | month | 2024-12 | false
            2025-03-01 | If nothing changes by the end of the year, the target will be out of reach. | by the end of the year | 2025 | year | | false
            # years and decades ago, and within a period
            2025-03-14 | The last drought was declared a decade ago. | a decade ago | 2015 | year | | true
            2024-11-16 | Two decades ago the plant closed. | Two decades ago | 2004 | year | | true
            2024-06-03 | The team won the title three years ago. | three years ago | 2021 | year | | false
            2025-03-01 | New towns could be approved within six months. | within six months | 2025-09 | month | | true
            2024-11-16 | The firm will hire 300 people within a year. | within a year | 2025 | year | | true
            2024-11-16 | Repairs will be finished within 10 days. | within 10 days | 2024-11 | month | | true
            2024-12-02 | Repairs will be finished within the next two weeks. | within the next two weeks | 2024-12 | month | | true
            2027-07-08 | The company will repair 300 leaks within a fortnight. | within a fortnight | 2027-07 | month | | true
            """)
    void periodsAndAmountsOfTime_resolveToThePeriodTheyName(String published, String sentence, String expression,
                                                            String eventDate, String precision, String endDate,
                                                            boolean approximate) {
        assertResolves(published, sentence, expression, eventDate, precision, endDate, approximate);
    }

    @ParameterizedTest(name = "{0}: \"{2}\" in \"{1}\" -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a weekend is the month of its Saturday (and of its Sunday when that is the next month)
            2022-05-31 | The surgery will close over this week's extended Jubilee weekend. | this week | 2022-06 | month | | false
            2026-09-02 | Thieves stripped the lead over the August bank holiday weekend. | the August bank holiday weekend | 2026-08 | month | | false
            # a span of days, a week ending on a day, the summer holidays: no single day, so the month or months
            2027-10-10 | A stoppage is planned from the 26th to the 28th of November. | from the 26th to the 28th of November | 2027-11 | month | | false
            2028-10-10 | Hearings are scheduled for Nov. 14 and 15 in Knoxville. | Nov. 14 and 15 | 2028-11 | month | | false
            2025-04-23 | The summit, scheduled for June 24-25, is expected to endorse a goal. | June 24-25 | 2025-06 | month | | false
            2027-01-01 | The centre reported 2,130 flu cases in the week ending 27 December. | 27 December | 2026-12 | month | | false
            2028-10-13 | Classrooms were craned onto the field during the summer holidays. | during the summer | 2028-07 | month | 2028-08 | true
            2027-10-10 | Further action in December has not been ruled out. | in December | 2027-12 | month | | false
            # England's moving bank holidays: the first or last Monday of May, the last of August
            2025-05-05 | A protest march is planned for the late May bank holiday. | the late May bank holiday | 2025-05-26 | day | | false
            2025-04-20 | Campaigners will march on the May Day bank holiday. | on the May Day bank holiday | 2025-05-05 | day | | false
            2025-09-01 | Crowds packed the beach on the August bank holiday. | on the August bank holiday | 2025-08-25 | day | | false
            # a day or month without a year in a sentence that opens with its year
            2025-03-12 | Last year's leaflet was also sent out in March. | in March | 2024-03 | month | | false
            2025-12-31 | He has been bailed to return to a police station on 24th March. | on 24th March | 2026-03-24 | day | | false
            2024-06-03 | The Hawks won the title over the weekend. | over the weekend | 2024-06 | month | | false
            2025-09-01 | Two people were rescued over the weekend. | over the weekend | 2025-08 | month | | false
            2024-03-01 | Rallies took place over the weekend. | over the weekend | 2024-02 | month | | false
            2025-11-26 | The market will be held this weekend. | this weekend | 2025-11 | month | | false
            2024-11-27 | Fans will gather over the weekend. | over the weekend | 2024-11 | month | 2024-12 | false
            2026-01-03 | Crowds gathered in the square over the weekend. | over the weekend | 2026-01 | month | | false
            2024-12-04 | Shops were busy last weekend. | last weekend | 2024-11 | month | 2024-12 | false
            # spans of days: their month, or both months across a month end
            2025-12-30 | A warning is in force from tonight until Friday morning. | from tonight until Friday morning | 2025-12 | month | 2026-01 | false
            2025-08-23 | The line will close from today until Tuesday morning. | from today until Tuesday morning | 2025-08 | month | | false
            2025-05-09 | This year's market is set for Aug. 16 and 17. | Aug. 16 and 17 | 2025-08 | month | | false
            2025-10-24 | The road will shut from 8pm tonight until 6am on Saturday. | from 8pm tonight until 6am on Saturday | 2025-10 | month | | false
            2022-06-20 | Members will walk out on Tuesday 21st, Thursday 23rd and Saturday 25th June. | on Tuesday 21st, Thursday 23rd and Saturday 25th June | 2022-06 | month | | false
            # ordinal days: of the month of publication, or the month before or after as the tense says
            2024-12-31 | The council first discussed the plan on the 3rd. | on the 3rd | 2024-12-03 | day | | false
            2024-04-01 | The regulator will publish its decision on the 25th. | on the 25th | 2024-04-25 | day | | false
            2024-04-10 | The regulator will publish its decision on the 5th. | on the 5th | 2024-05-05 | day | | false
            2024-03-02 | The fire started on the 28th. | on the 28th | 2024-02-28 | day | | false
            2024-03-20 | Rents are due by the 31st. | by the 31st | 2024-03-31 | day | | false
            # without a tense: the month of publication within half a month of its day, else the nearest
            2027-06-01 | The board meets again on the 15th. | on the 15th | 2027-06-15 | day | | false
            2024-12-30 | The Hawks close the regular season at Denton on the 5th. | on the 5th | 2025-01-05 | day | | false
            2025-03-02 | The board's last meeting on the 28th. | on the 28th | 2025-02-28 | day | | false
            # a span of days gives its month; a span of months gives both
            2024-12-30 | Riverton will host a wild-card game the weekend of Jan. 11-12. | Jan. 11-12 | 2025-01 | month | | false
            2024-12-30 | The club hosted a tournament on 11-12 December. | on 11-12 December | 2024-12 | month | | false
            2025-06-01 | The festival ran on July 4-6, 2019. | on July 4-6, 2019 | 2019-07 | month | | false
            2024-05-31 | Between March 2019 and August 2022 he took cash. | Between March 2019 and August 2022 | 2019-03 | month | 2022-08 | false
            2024-05-31 | The works ran from November to February 2023. | from November to February 2023 | 2022-11 | month | 2023-02 | false
            2025-02-20 | Trains will not run from 3 to 5 March. | from 3 to 5 March | 2025-03 | month | | false
            2025-02-20 | Hearings will be held between March 3 and 5. | between March 3 and 5 | 2025-03 | month | | false
            2025-02-20 | Works will close the line from March 28 to April 2. | from March 28 to April 2 | 2025-03 | month | 2025-04 | false
            2025-02-20 | The line was shut between 28 December and 2 January. | between 28 December and 2 January | 2024-12 | month | 2025-01 | false
            2025-02-20 | The fair ran from 30 December 2023 to 2 January 2024. | from 30 December 2023 to 2 January 2024 | 2023-12 | month | 2024-01 | false
            2028-03-16 | The recall covers units made between Nov. 1, 2027, and Feb. 29, 2028. | between Nov. 1, 2027, and Feb. 29, 2028 | 2027-11 | month | 2028-02 | false
            2024-12-30 | The team tested the device from late August to mid-October. | from late August to mid-October | 2024-08 | month | 2024-10 | false
            2024-12-30 | Trials will run from February to April. | from February to April | 2025-02 | month | 2025-04 | false
            2025-10-16 | The site will open for guided tours from October 24th to 26th. | from October 24th to 26th | 2025-10 | month | | false
            # earlier and later this week: the days of the week before or after publication's
            2028-03-01 | Earlier this week, the trust cancelled 120 operations. | Earlier this week | 2028-02 | month | | false
            2028-02-28 | Later this week, the trust will publish its figures. | Later this week | 2028-02 | month | 2028-03 | false
            # a holiday weekend runs to its Monday
            2025-09-02 | Portland swept all three games over the holiday weekend. | over the holiday weekend | 2025-08 | month | 2025-09 | false
            2026-09-03 | I have never known such noise as over the bank holiday weekend. | over the bank holiday weekend | 2026-08 | month | | false
            2025-09-01 | Crowds have packed the beaches over the holiday weekend. | over the holiday weekend | 2025-08 | month | 2025-09 | false
            2026-11-20 | Trusts spotted log-ins over the weekend of 17 and 18 October. | of 17 and 18 October | 2026-10 | month | | false
            2025-01-12 | Ties will be played over the weekend of 8 February. | the weekend of 8 February | 2025-02 | month | | false
            2025-01-12 | Ties will be played over the weekend of February 8. | the weekend of February 8 | 2025-02 | month | | false
            # two weekdays give their month; a weekday with a day of the month, the month where they agree
            2026-01-28 | Schools will be closed Thursday and Friday. | Thursday and Friday | 2026-01 | month | | false
            2026-01-30 | Schools will be closed Saturday to Monday. | Saturday to Monday | 2026-01 | month | 2026-02 | false
            2025-12-04 | Collections will move to Monday the 29th. | Monday the 29th | 2025-12-29 | day | | false
            2026-04-30 | He withdrew cash between 12 and 27 January last year. | between 12 and 27 January last year | 2025-01 | month | | false
            # Easter moves: worked out for the year given or the one the tense points to
            2026-03-31 | The London market will be closed on Good Friday. | on Good Friday | 2026-04-03 | day | | false
            2026-06-01 | The roof will be in place by Easter 2027. | Easter 2027 | 2027-03-28 | day | | false
            2025-04-10 | Trains will not run on Easter Monday. | on Easter Monday | 2025-04-21 | day | | false
            # untensed, the month of publication is that month only beside a figure or a date
            2024-02-29 | The S&P 500 is up about 5% in February. | in February | 2024-02 | month | | false
            # "Last Easter", "at Easter", "this Easter": the holiday, not its Sunday, so its month; a deadline keeps the day
            2026-04-04 | Last Easter, four people died on the country's roads. | Easter | 2025-04 | month | | true
            2023-03-01 | Mrs Dunmore took over as headteacher at Easter last year. | Easter last year | 2022-04 | month | | true
            2024-01-15 | The festival returns this Easter with 80 events. | Easter | 2024-03 | month | | true
            2023-03-31 | The delegation will leave the day after Easter. | Easter | 2023-04-10 | day | | false
            # the 30th of this month, the 3rd of next month
            2025-11-16 | Claims can be filed until the 30th of this month. | until the 30th of this month | 2025-11-30 | day | | false
            2025-11-16 | The results are due on the 3rd of next month. | on the 3rd of next month | 2025-12-03 | day | | false
            2025-03-10 | The scheme closed on the 28th of last month. | on the 28th of last month | 2025-02-28 | day | | false
            # halves of a year
            2025-10-22 | In the first six months of this year, police recorded 498 crimes. | In the first six months of this year | 2025-01 | month | 2025-06 | false
            2025-10-22 | Sales rose in the second half of 2024. | in the second half of 2024 | 2024-07 | month | 2024-12 | false
            # holidays on a fixed day of the year, in the year the tense points to
            2026-01-01 | On New Year's Eve, the temperature fell to -14C. | On New Year's Eve | 2025-12-31 | day | | false
            2026-01-01 | Snow is causing disruption on New Year's Day. | on New Year's Day | 2026-01-01 | day | | false
            2027-12-31 | On Boxing Day I waited 50 minutes for a train. | On Boxing Day | 2027-12-26 | day | | false
            2025-10-20 | The parade will return on Halloween. | on Halloween | 2025-10-31 | day | | false
            2025-06-01 | The shop was robbed on Christmas Eve 2023. | on Christmas Eve 2023 | 2023-12-24 | day | | false
            2025-06-01 | The pier reopened on Valentine’s Day last year. | on Valentine’s Day last year | 2024-02-14 | day | | false
            # day before month, as British and international outlets write it
            2025-06-30 | Unions first called for the march on 13th June. | on 13th June | 2025-06-13 | day | | false
            2024-11-16 | The vote was held on the 15th of October. | 15th of October | 2024-10-15 | day | | false
            2024-02-29 | Mr Harper told MPs on 21st February that funding was secure. | on 21st February | 2024-02-21 | day | | false
            2025-03-01 | The government will set out its plans in full on 20 March. | on 20 March | 2025-03-20 | day | | false
            2025-02-28 | Ministers will meet in Rome on 6 March. | on 6 March | 2025-03-06 | day | | false
            2024-06-03 | Coach Amy Turner took over the program on May 15 last year. | on May 15 last year | 2023-05-15 | day | | false
            2024-11-16 | The plant shut in March last year. | in March last year | 2023-03 | month | | false
            2024-11-16 | The plant reopens on 2 February next year. | on 2 February next year | 2025-02-02 | day | | false
            """)
    void weekendsOrdinalDaysAndDayMonthOrder_resolve(String published, String sentence, String expression,
                                                     String eventDate, String precision, String endDate,
                                                     boolean approximate) {
        assertResolves(published, sentence, expression, eventDate, precision, endDate, approximate);
    }

    @ParameterizedTest(name = "{0}: \"{2}\" in \"{1}\" -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a weekday written with its date is that date
            2025-03-14 | Public hearings on the plan are set for Wednesday, Oct. 15. | Wednesday, Oct. 15 | 2025-10-15 | day | | false
            2025-11-30 | The council will vote on the final budget on Tuesday, Dec. 9. | on Tuesday, Dec. 9 | 2025-12-09 | day | | false
            2025-10-31 | Schools will stay closed until Monday, Nov. 3. | Monday, Nov. 3 | 2025-11-03 | day | | false
            2025-06-30 | A second march is planned for Saturday 12 July. | Saturday 12 July | 2025-07-12 | day | | false
            2026-01-03 | The inquiry will open on Tuesday, 13 January. | on Tuesday, 13 January | 2026-01-13 | day | | false
            2024-11-16 | It was signed on Tuesday, 5 November 2024. | on Tuesday, 5 November 2024 | 2024-11-05 | day | | false
            # the weekday settles a missing year where it fits only one of the nearest two
            2023-10-17 | The vote took place on Sunday, October 15. | on Sunday, October 15 | 2023-10-15 | day | | false
            2023-10-10 | Voters go to the polls on Sunday, October 15. | on Sunday, October 15 | 2023-10-15 | day | | false
            # where the weekday fits neither, the written date wins
            2025-03-14 | The vote took place on Sunday, October 15. | on Sunday, October 15 | 2024-10-15 | day | | false
            2024-06-03 | A banquet for the players is planned for Sunday, June 15. | Sunday, June 15 | 2024-06-15 | day | | false
            2024-11-16 | It was signed on Monday, November 5, 2024. | on Monday, November 5, 2024 | 2024-11-05 | day | | false
            # the tense of the clause the phrase belongs to
            2025-03-14 | The regional water authority will publish a revised drought plan on Monday. | on Monday | 2025-03-17 | day | | false
            2025-03-14 | He said on Monday that the plan will be published on Friday. | on Monday | 2025-03-10 | day | | false
            2025-03-14 | He said on Monday that the plan will be published on Saturday. | on Saturday | 2025-03-15 | day | | false
            2025-11-30 | The board met this Monday. | this Monday | 2025-11-24 | day | | false
            2025-12-01 | A farewell party will be held this Saturday. | this Saturday | 2025-12-06 | day | | false
            2024-11-16 | The new rates take effect Feb. 1. | Feb. 1 | 2025-02-01 | day | | false
            2024-07-31 | Storms are expected on Friday. | on Friday | 2024-08-02 | day | | false
            2024-07-31 | Storms are forecast for Friday. | Friday | 2024-08-02 | day | | false
            2025-02-28 | The deal would have lapsed on 9 March. | on 9 March | 2025-03-09 | day | | false
            2024-07-31 | Voting began on Friday. | on Friday | 2024-07-26 | day | | false
            2025-03-14 | The pool shut on Monday. | on Monday | 2025-03-10 | day | | false
            2027-12-15 | Decisions were posted at 7 p.m. Eastern on Friday, December 10. | on Friday, December 10 | 2027-12-10 | day | | false
            2025-12-31 | Staff are invited to a farewell after it shuts on Saturday. | on Saturday | 2026-01-03 | day | | false
            2026-03-11 | The company warned on Monday that deliveries will fall short on Friday. | on Friday | 2026-03-13 | day | | false
            2026-04-20 | "On Friday night I couldn't sleep at all," she said. | On Friday | 2026-04-17 | day | | false
            # irregular past forms
            2023-09-30 | On Wednesday night two children slept in a hotel room. | On Wednesday | 2023-09-27 | day | | false
            2024-11-30 | A three-judge panel upheld the law in March. | in March | 2024-03 | month | | false
            2026-03-01 | Jamaica learnt the same lesson in late October. | in late October | 2025-10 | month | | false
            """)
    void weekdaysWithDates_andTheClausesTense(String published, String sentence, String expression, String eventDate,
                                              String precision, String endDate, boolean approximate) {
        assertResolves(published, sentence, expression, eventDate, precision, endDate, approximate);
    }

    @ParameterizedTest(name = "basis of \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2024-06-03 | A banquet is planned for Sunday, June 15. | relative to publishedAt 2024-06-03: a day and month without a year, future tense: the next one; the text calls it a Sunday but it is a Saturday: the written date wins
            2023-10-17 | The vote took place on Sunday, October 15. | relative to publishedAt 2023-10-17: a day and month without a year, on a Sunday, which settles the year
            2024-06-03 | The Hawks won over the weekend. | relative to publishedAt 2024-06-03 (Monday): past tense: the weekend before it, Saturday 2024-06-01 and Sunday 2024-06-02 (a weekend gives no single day, so its month)
            2025-03-01 | Towns could be approved within six months. | relative to publishedAt 2025-03-01: at the latest 6 months after it (approximate, so to the month)
            2026-01-02 | The library board meets Wednesday. | relative to publishedAt 2026-01-02 (Friday): a timetable or deadline in the present tense: the next Wednesday
            2025-06-02 | Residents have until Friday to register. | relative to publishedAt 2025-06-02 (Monday): a timetable or deadline in the present tense: the next Friday
            """)
    void basis_saysHowSureTheDateIs(String published, String sentence, String basis) {
        assertEquals(basis, new TemporalResolver(LocalDate.parse(published)).find(sentence, 0).get(0).basis());
    }

    @ParameterizedTest(name = "{0}: \"{2}\" in \"{1}\" left undated")
    @CsvSource(delimiter = '|', textBlock = """
            2025-10-31 | Ferreira might make his debut at home on Saturday. | on Saturday | "would" looks ahead
            2024-07-31 | Voting on Friday. | on Friday | no tense says whether the Friday before or after
            2025-09-01 | Pool numbers peak in April. | in April | no tense says whether the one before or after
            2024-11-16 | Attendance peaks on 20 May. | on 20 May | neither is within three months
            2023-09-14 | UV levels can still be high in September. | in September | whether this month or any
            2022-07-20 | "Nobody goes out at four o'clock in July," said a bar owner. | in July | whether this month or any
            2025-03-14 | The talks ended that afternoon. | that afternoon | it counts from a day the paragraph does not give
            2025-03-14 | Prices had risen by the end of the year. | by the end of the year | may be the one before publication
            2025-03-14 | Snow fell in the winter of 2019. | in the winter of 2019 | a winter spans two years
            2025-03-14 | Crowds gather over the weekend. | over the weekend | no tense says whether the weekend before or after
            2024-02-15 | Output grows in the third quarter. | in the third quarter | no tense says whether the quarter before or after
            2027-05-13 | "On Monday, all of us together," she said. | On Monday | no tense says whether the Monday before or after
            2025-12-04 | No Monday the 30th falls near it. | Monday the 30th | no month near publication has a Monday the 30th
            2024-01-04 | The Met Office has issued a warning from midday on Saturday until 06:00. | on Saturday | a span of hours across days
            2027-05-27 | The M6 will close from 9pm on Friday 28 May until 6am. | on Friday 28 May | a span of hours across days
            2027-05-27 | The road might reopen on Tuesday. | on Tuesday | "would" looks ahead
            2025-11-28 | Dunning resigned on June 12 of that year. | on June 12 of that year | count from a year given earlier
            2025-11-28 | He was charged in March the following year. | in March the following year | count from a year given earlier
            2025-11-28 | Dunning stole from the fund in March of that year. | in March of that year | count from a year given earlier
            2025-11-28 | The fraud ran from 2019 to 2022. | from 2019 to 2022 | a span of years
            2025-11-28 | The fraud ran between 2019 and 2022. | between 2019 and 2022 | a span of years
            2025-11-28 | The recall covers certain 2021 through 2023 models. | 2021 through 2023 | a span of years
            2025-12-31 | The 2020 and 2021 events were cancelled. | 2020 and 2021 | a span of years
            2022-05-31 | It has also offered a minibus service over the summer. | over the summer | the next one begins within a month
            2025-09-08 | He was traded at the deadline last summer. | last summer | either way
            """)
    void anExpressionTheTextDoesNotSettle_isLeftUndated_withTheReason(String published, String sentence,
                                                                      String expression, String reason) {
        TemporalResolver resolver = new TemporalResolver(LocalDate.parse(published));
        TemporalResolver.Scan scan = resolver.scan(sentence, 0, Tense.cues(sentence), null);
        assertTrue(scan.dates().isEmpty(), () -> "dated " + scan.dates());
        assertEquals(1, scan.unsettled().size(), scan.toString());
        assertEquals(expression, scan.unsettled().get(0).text());
        assertTrue(scan.unsettled().get(0).reason().contains(reason), scan.unsettled().get(0).reason());
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\" is a point of comparison: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            It was the worst storm since 1998.                                   | since 1998    | true
            The tax has not changed since 1998.                                  | since 1998    | true
            Waiting lists in Wales have grown every year since 2020.             | since 2020    | true
            O'Hare had not seen so many cancellations in a single day since 2019. | since 2019   | true
            The government has been running on temporary funding since October. | since October | false
            The council met in 1998.                                             | in 1998       | false
            """)
    void since_aBareYear_orAfterARecord_isAPointOfComparison_notTheClaimsDate(String sentence, String expression,
                                                                              boolean comparison) {
        int start = sentence.indexOf(expression);
        assertEquals(comparison, TemporalResolver.isComparisonPoint(sentence, start, start + expression.length()));
    }

    @ParameterizedTest(name = "no date in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Prices may rise sharply.
            The 2,000 troops arrived by bus.
            Protesters will march on the capital.
            The 1990s were calm.
            The treaty mentions 31 February 2024 as its date.
            She said two days before the vote that she would run.
            The Sunday Times reported it first.
            Shops opened early on Black Friday.
            Every summer our town argues about parking.
            He lives on the 3rd floor.
            The fall of Kabul shocked the world.
            A dry summer is feared.
            The winner takes a quarter of the prize.
            Britain's housing crisis did not begin yesterday.
            Carr scored a fourth-quarter touchdown.
            Navarro found Bell for two fourth-quarter scores.
            Roads ice up quickly, especially in winter.
            A damson tart made a strong case for autumn.
            Back then, women on the crew were rare; today, one in ten is female.
            Today it has two screens and a bar where the orchestra pit used to be.
            We went on a wet Friday night, and every table was taken.
            The Celtics won 5-4 in overtime.
            The mayor took office, 12 days after the vote.
            The election comes about a year after the war began.
            That is almost a week after the minister says she was told.
            Researchers have developed a sensor that can detect disease up to ten days before symptoms appear.
            She never once dreaded a Monday morning.
            Car crashes tick up in the days after the spring change.
            The library will open on Sunday afternoons for the first time.
            Divers recovered cargo from a ship that sank almost 2,000 years ago.
            If lawmakers wait for the next winter storm to act, it will be too late.
            Two days before departure, the airline canceled our flight.
            The committee will question three chief executives after the Easter recess.
            """)
    void findsNoDate_whereThereIsNone(String sentence) {
        List<ResolvedDate> found = new TemporalResolver(LocalDate.parse("2024-11-16")).find(sentence, 0);
        assertTrue(found.isEmpty(), () -> "found " + found);
    }

    @ParameterizedTest(name = "{0} in a sentence at offset 100")
    @CsvSource(delimiter = '|', textBlock = """
            On Friday, they met. | On Friday | 100
            They met on Friday. | on Friday | 109
            """)
    void offsets_countFromTheStartOfTheText(String sentence, String expression, int start) {
        ResolvedDate date = new TemporalResolver(LocalDate.parse("2024-11-16")).find(sentence, 100).get(0);
        assertEquals(expression, date.text());
        assertEquals(start, date.start());
        assertEquals(start + expression.length(), date.end());
    }

    @ParameterizedTest(name = "basis of \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            On Friday, Mr Biden condemned it. | relative to publishedAt 2024-11-16 (Saturday): the most recent Friday
            Sales will fall next year. | relative to publishedAt 2024-11-16: the year after
            It was signed on 5 November 2024. | a date given in full in the text
            """)
    void basis_explainsHowTheDateWasFound(String sentence, String basis) {
        assertEquals(basis, new TemporalResolver(LocalDate.parse("2024-11-16")).find(sentence, 0).get(0).basis());
    }
}
