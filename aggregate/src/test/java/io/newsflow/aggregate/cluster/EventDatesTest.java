package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class EventDatesTest {

    private static final OffsetDateTime FRIDAY_OCT_27 = OffsetDateTime.parse("2023-10-27T09:30:00+09:00");

    @Test
    void aStatedMonthAndDayTakesThePublicationYear() {
        assertThat(EventDates.of("The ministers met in Tokyo on Oct. 25 and agreed.", FRIDAY_OCT_27))
                .isEqualTo(LocalDate.of(2023, 10, 25));
    }

    @Test
    void aStatedYearIsKept() {
        assertThat(EventDates.of("The quake struck on 16 August 2011 at dawn.", null))
                .isEqualTo(LocalDate.of(2011, 8, 16));
        assertThat(EventDates.of("Posted December 9,2008: the deal closed.", FRIDAY_OCT_27))
                .isEqualTo(LocalDate.of(2008, 12, 9));
    }

    @Test
    void aDayLongAfterPublicationBelongsToTheYearBefore() {
        OffsetDateTime january = OffsetDateTime.parse("2024-01-03T12:00:00Z");
        assertThat(EventDates.of("The vote of Dec. 28 was annulled.", january)).isEqualTo(LocalDate.of(2023, 12, 28));
    }

    @Test
    void aWeekdayIsTheLatestSuchDayOnOrBeforePublication() {
        assertThat(EventDates.of("Officials said on Wednesday that the talks would go on.", FRIDAY_OCT_27))
                .isEqualTo(LocalDate.of(2023, 10, 25));
        assertThat(EventDates.of("The summit opened Friday in Seoul.", FRIDAY_OCT_27))
                .isEqualTo(LocalDate.of(2023, 10, 27));
    }

    @Test
    void theFirstPlaceableDateCounts() {
        assertThat(EventDates.of("On Monday officials recalled the attack of Sept. 13.", FRIDAY_OCT_27))
                .isEqualTo(LocalDate.of(2023, 10, 23));
        assertThat(EventDates.of("The attack of Sept. 13 was recalled on Monday.", FRIDAY_OCT_27))
                .isEqualTo(LocalDate.of(2023, 9, 13));
        assertThat(EventDates.of("Officials said on Monday that talks of Oct. 2, 2023 failed.", null))
                .isEqualTo(LocalDate.of(2023, 10, 2));
    }

    @Test
    void nothingPlaceableGivesNull() {
        assertThat(EventDates.of("The talks will go on, officials said.", FRIDAY_OCT_27)).isNull();
        assertThat(EventDates.of("Officials met on Wednesday.", null)).isNull();
        assertThat(EventDates.of("They met on Oct. 25.", null)).isNull();
        assertThat(EventDates.of("A figure of May 40 is no date, nor is February 30, 2023.", FRIDAY_OCT_27)).isNull();
        assertThat(EventDates.of(null, FRIDAY_OCT_27)).isNull();
    }
}
