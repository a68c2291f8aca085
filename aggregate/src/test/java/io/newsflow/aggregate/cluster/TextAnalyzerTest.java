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
    void statedDatesAreYearsAndMonthsGivenWithADay() {
        assertThat(TextAnalyzer.statedDates("The statement of Oct. 25 followed talks on October 13, 2023, "
                + "and a visit in September."))
                .containsExactlyInAnyOrder("m10", "y2023");
        assertThat(TextAnalyzer.statedDates("They may 5 times... in May 2014 a court met on Jan 3"))
                .containsExactlyInAnyOrder("y2014", "m1");
        assertThat(TextAnalyzer.statedDates("No dates here, only 12 people and 1848 votes.")).isEmpty();
    }
}
