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
            2024-11-16 | The summit ended last Friday. | last Friday | 2024-11-15 | day | | false
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
            2024-11-16 | Sales rose 45% in 2023. | in 2023 | 2023 | year | | false
            2024-11-16 | He lost the 2020 election. | 2020 | 2020 | year | | false
            2024-11-16 | It was the worst storm since 1998. | since 1998 | 1998 | year | | false
            # amounts of time from publication, approximate where the text hedges
            2024-11-16 | The talks come just over two months before Mr Biden leaves office. | just over two months before | 2025-01 | month | | true
            2024-03-01 | The bridge collapsed three days ago. | three days ago | 2024-02-27 | day | | false
            2024-11-16 | The company was founded 10 years ago. | 10 years ago | 2014 | year | | false
            2024-11-16 | The deal was agreed two weeks ago. | two weeks ago | 2024-11 | month | | true
            2024-11-16 | The mission will end six months from now. | six months from now | 2025-05 | month | | false
            2024-11-16 | The election comes about a year after the war began. | about a year after | 2023 | year | | true
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
