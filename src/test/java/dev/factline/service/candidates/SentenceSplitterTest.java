package dev.factline.service.candidates;

import dev.factline.service.candidates.SentenceSplitter.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void split_keepsTitlesAndMonthAbbreviationsInsideTheSentence() {
        assertEquals(List.of("Mr. Scholz met Dr. Lopez on Jan. 9 in St. Louis.", "They spoke for an hour."),
                sentences("Mr. Scholz met Dr. Lopez on Jan. 9 in St. Louis. They spoke for an hour."));
    }

    @Test
    void split_endsASentenceAfterAnOrdinalDay_whichIsNoSaint() {
        assertEquals(List.of("The council will publish its response on the 21st.", "Justice delayed is justice denied.",
                        "They met on the 2nd.", "St. Louis voted."),
                sentences("The council will publish its response on the 21st. Justice delayed is justice denied."
                        + " They met on the 2nd. St. Louis voted."));
    }

    @Test
    void split_keepsDottedAcronymsUnlessASentenceOpenerFollows() {
        assertEquals(List.of("The U.S. President met U.N. officials in the U.S.", "The talks ended at 4 p.m.",
                        "It rained."),
                sentences("The U.S. President met U.N. officials in the U.S. The talks ended at 4 p.m. It rained."));
    }

    @Test
    void split_endsAfterAWebAddress_whichIsNoDottedAcronym() {
        assertEquals(List.of("Outages peaked on Monday, according to PowerOutage.us.", "Central Maine Power said more."),
                sentences("Outages peaked on Monday, according to PowerOutage.us. Central Maine Power said more."));
        assertEquals(List.of("Cuts peaked in 2023, according to the tracking site Layoffs.fyi.", "Since then, 12 firms cut jobs."),
                sentences("Cuts peaked in 2023, according to the tracking site Layoffs.fyi. Since then, 12 firms cut jobs."));
    }

    @Test
    void split_endsASentenceAfterThePronounI_butKeepsAnInitialI() {
        assertEquals(List.of("My children were exhausted, and so was I.", "We go through this every March.",
                        "Rep. Laura I. Cole voted no."),
                sentences("My children were exhausted, and so was I. We go through this every March."
                        + " Rep. Laura I. Cole voted no."));
    }

    @Test
    void split_endsAfterAGradeLetter_butKeepsAnInitialAfterALowerCaseWord() {
        assertEquals(List.of("A third of entries were awarded an A* or A.", "In 2023 the figure was 34%.",
                        "It was written by J. R. Hartley in May."),
                sentences("A third of entries were awarded an A* or A. In 2023 the figure was 34%."
                        + " It was written by J. R. Hartley in May."));
    }

    @Test
    void split_endsAfterACapitalLetterBeforeASentenceOpener_butKeepsAMiddleInitial() {
        assertEquals(List.of("The U.S. meets Australia with a chance to take control of Group D.",
                        "The Americans opened with a win.", "Harry S. Truman and John F. Kennedy won."),
                sentences("The U.S. meets Australia with a chance to take control of Group D. The Americans opened"
                        + " with a win. Harry S. Truman and John F. Kennedy won."));
    }

    @Test
    void split_keepsInitialsAndDecimals() {
        assertEquals(List.of("J. K. Rowling sold 3.5 million copies.", "No. 10 said so."),
                sentences("J. K. Rowling sold 3.5 million copies. No. 10 said so."));
    }

    @Test
    void split_endsAfterAUnitOfTemperature_whichIsNoInitial() {
        assertEquals(List.of("Highs will reach just –2 C.", "Temperatures climb by Wednesday."),
                sentences("Highs will reach just –2 C. Temperatures climb by Wednesday."));
    }

    @Test
    void split_takesAWeekdayAbbreviation_onlyBeforeADate() {
        assertEquals(List.of("Some comets break apart as they near the Sun.", "Comet ISON disintegrated in 2013."),
                sentences("Some comets break apart as they near the Sun. Comet ISON disintegrated in 2013."));
        assertEquals(List.of("The fair opens Sun. Oct. 5 at noon."), sentences("The fair opens Sun. Oct. 5 at noon."));
    }

    @Test
    void split_endsAfterAnAmpersandAcronym_whichIsNoInitial() {
        assertEquals(List.of("The centre will take pressure off A&E.", "Chief executive Helen Okafor agreed."),
                sentences("The centre will take pressure off A&E. Chief executive Helen Okafor agreed."));
    }

    @Test
    void split_endsAfterAUnitWithASlash_whichIsNoInitial() {
        assertEquals(List.of("Tirlán held its base price for January milk at 42c/L.", "That is almost 10c/L below a year earlier."),
                sentences("Tirlán held its base price for January milk at 42c/L. That is almost 10c/L below a year earlier."));
    }

    @Test
    void split_endsAfterACompanysLegalForm_onlyWhenASentenceOpenerFollows() {
        assertEquals(List.of("The judge ruled he had been unfairly dismissed by Norbridge Logistics Ltd.",
                        "Mr Pike raised a grievance on 3rd November 2022."),
                sentences("The judge ruled he had been unfairly dismissed by Norbridge Logistics Ltd. Mr Pike raised"
                        + " a grievance on 3rd November 2022."));
        assertEquals(List.of("Harbor Inc. Chief Executive Jo Lee said so."),
                sentences("Harbor Inc. Chief Executive Jo Lee said so."));
    }

    @Test
    void split_endsAfterAStreet_onlyWhenASentenceOpenerFollows() {
        assertEquals(List.of("Visitation will be Friday at 2100 Clinton St.", "A Mass will be offered Saturday in St. Casimir Church."),
                sentences("Visitation will be Friday at 2100 Clinton St. A Mass will be offered Saturday in St. Casimir Church."));
    }

    @Test
    void split_endsAfterAWordThatIsAnAbbreviationOnlyWithACapital() {
        assertEquals(List.of("It held a plasma hotter than the core of the sun.", "Engineers repeated the feat."),
                sentences("It held a plasma hotter than the core of the sun. Engineers repeated the feat."));
        assertEquals(List.of("The market opens on Sun. 5 May."), sentences("The market opens on Sun. 5 May."));
    }

    @Test
    void split_endsAfterAClockTime_unlessADayAMonthOrATimeZoneFollows() {
        assertEquals(List.of("The largest came shortly after 3 a.m.", "Landslides blocked the highway."),
                sentences("The largest came shortly after 3 a.m. Landslides blocked the highway."));
        assertEquals(List.of("The hearing is at 6 p.m. Tues., April 22, at City Hall.", "It is free."),
                sentences("The hearing is at 6 p.m. Tues., April 22, at City Hall. It is free."));
        assertEquals(List.of("NASA will brief at 1 p.m. Eastern time on Friday."),
                sentences("NASA will brief at 1 p.m. Eastern time on Friday."));
    }

    @Test
    void split_endsAtTheWordNo_unlessANumberFollows() {
        assertEquals(List.of("The answer was a polite no.", "Ministers say there is no consensus.",
                        "They met at no. 4 Elm Street."),
                sentences("The answer was a polite no. Ministers say there is no consensus. They met at no. 4 Elm Street."));
    }

    @Test
    void split_endsAfterClosingQuotes_butNotBeforeALowerCaseAttribution() {
        assertEquals(List.of("“We will win.”", "“Will we?” she asked.", "He said: \"Yes!\"", "Then he left."),
                sentences("“We will win.” “Will we?” she asked. He said: \"Yes!\" Then he left."));
    }

    @Test
    void split_endsACaptionAtItsPhotoCredit_andLeavesTheCreditOut() {
        String text = "Talks are likely to focus on North Korea (AP)\n\nWith the final meeting, officials spoke. "
                + "Crews search a street (Jane Doe/Reuters) Mr Biden left.";
        List<Sentence> split = SentenceSplitter.split(text);
        assertEquals(List.of("Talks are likely to focus on North Korea", "With the final meeting, officials spoke.",
                "Crews search a street", "Mr Biden left."), sentences(text));
        assertTrue(split.get(0).caption());
        assertFalse(split.get(1).caption());
        assertTrue(split.get(2).caption());
    }

    @Test
    void split_doesNotEndADatelineCredit() {
        assertEquals(List.of("BERLIN (AP) — Germany's economy shrank."),
                sentences("BERLIN (AP) — Germany's economy shrank."));
    }

    @Test
    void split_endsAtABlankLine_andAtALineBreakAfterTerminalPunctuation_only() {
        assertEquals(List.of("A headline without a stop", "A line that wraps\nonto the next line.", "Next one."),
                sentences("A headline without a stop\n\nA line that wraps\nonto the next line.\nNext one."));
    }

    @Test
    void split_givesTrimmedOffsetsIntoTheText() {
        String text = "  First one.   Second one!  \n\n  Third? ";
        List<Sentence> split = SentenceSplitter.split(text);
        assertEquals(3, split.size());
        assertEquals(2, split.get(0).start());
        assertEquals("Second one!", text.substring(split.get(1).start(), split.get(1).end()));
        assertEquals("Third?", text.substring(split.get(2).start(), split.get(2).end()));
    }

    @Test
    void split_ofBlankText_isEmpty() {
        assertEquals(List.of(), SentenceSplitter.split(" \n\n "));
    }
}
