package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    @Test
    void termCountsDropStopWordsAndWeighTheTitleDouble() {
        assertThat(TextAnalyzer.termCounts("Quake hits Peru", "The quake was felt in Lima."))
                .containsEntry("quake", 3).containsEntry("peru", 2).containsEntry("lima", 1)
                .doesNotContainKeys("the", "was", "in");
    }

    @Test
    void entitiesAreCapitalizedWordsInsideSentencesAndFigures() {
        assertThat(TextAnalyzer.entityCounts("Rescuers reached Arequipa on Sunday. Officials counted 12 dead "
                + "near Arequipa; the quake measured 6.8."))
                .containsOnlyKeys("arequipa", "sunday", "12")
                .containsEntry("arequipa", 2);
    }

    @Test
    void titleNamesAreTheTitleWordsTheTextWritesAsNamesOrFigures() {
        String text = "A jury in San Antonio found the sect leader Warren Jeffs guilty on 12 counts.";
        // a title in title case: the text says that only Jeffs, Warren and 12 are names or figures
        assertThat(TextAnalyzer.titleNames("Warren Jeffs Found Guilty On 12 Counts", TextAnalyzer.entityCounts(text)))
                .containsExactlyInAnyOrder("warren", "jeffs", "12");
        assertThat(TextAnalyzer.titleNames(null, TextAnalyzer.entityCounts(text))).isEmpty();
    }

    @Test
    void statedDatesAreMonthsGivenWithADayAndTheYearsThatCompleteThem() {
        assertThat(TextAnalyzer.statedDates("The statement of Oct. 25 followed talks on October 13, 2023, "
                + "and a visit in September."))
                .containsExactlyInAnyOrder("m10", "y2023");
        assertThat(TextAnalyzer.statedDates("They may 5 times... in May 2014 a court met on Jan 3"))
                .containsExactly("m1");
        assertThat(TextAnalyzer.statedDates("No dates here, only 12 people and 1848 votes.")).isEmpty();
    }

    @Test
    void statedDatesReadTheUsualWritings() {
        assertThat(TextAnalyzer.statedDates("Posted on Tuesday, December 9,2008.")).containsExactly("m12", "y2008");
        assertThat(TextAnalyzer.statedDates("LONDON, Monday 16 August 2011")).containsExactly("m8", "y2011");
        assertThat(TextAnalyzer.statedDates("UPDATED: FEB. 2,2009")).containsExactly("m2", "y2009");
        assertThat(TextAnalyzer.statedDates("Published: 8/19/2013")).containsExactly("m8", "y2013");
        assertThat(TextAnalyzer.statedDates("Posted 23 / 05 / 2010")).containsExactly("m5", "y2010");
        assertThat(TextAnalyzer.statedDates("filed 2013-08-19")).containsExactly("m8", "y2013");
    }

    @Test
    void bareYearsAndMonthsWithAYearOnlyAreNoEventDates() {
        // plans, targets and memories: "beyond 2026", "a pilot in March 2026", "guarantees until 2030"
        assertThat(TextAnalyzer.statedDates("Workers want the scheme extended beyond 2026; a pilot opens in "
                + "March 2026 and employers offered guarantees until 2030, as after the strike of 1998."))
                .isEmpty();
        assertThat(TextAnalyzer.statedDates("The Mayor 5 said in June that Junk 12 was sold.")).isEmpty();
    }
}
