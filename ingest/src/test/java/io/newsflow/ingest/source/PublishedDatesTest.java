package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {

    @Test
    void thePublishersOffsetIsKept() {
        OffsetDateTime parsed = PublishedDates.parse("2023-10-25T09:30:00+09:00");

        assertThat(parsed).isEqualTo(OffsetDateTime.of(2023, 10, 25, 9, 30, 0, 0, ZoneOffset.ofHours(9)));
        assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(parsed.getHour()).isEqualTo(9);
    }

    @Test
    void aNegativeOffsetWithFractionalSecondsIsKept() {
        OffsetDateTime parsed = PublishedDates.parse("2024-03-01T08:00:00.250-05:00");

        assertThat(parsed).isEqualTo(OffsetDateTime.of(2024, 3, 1, 8, 0, 0, 250_000_000, ZoneOffset.ofHours(-5)));
    }

    @Test
    void zuluIsUtc() {
        OffsetDateTime parsed = PublishedDates.parse("2023-10-25T09:30:00Z");

        assertThat(parsed).isEqualTo(OffsetDateTime.of(2023, 10, 25, 9, 30, 0, 0, ZoneOffset.UTC));
        assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aLocalDateTimeIsTakenAsUtc() {
        OffsetDateTime parsed = PublishedDates.parse("2023-10-25T23:45:10");

        assertThat(parsed).isEqualTo(OffsetDateTime.of(2023, 10, 25, 23, 45, 10, 0, ZoneOffset.UTC));
        assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aPlainDateIsMidnightUtcOfThatDay() {
        OffsetDateTime parsed = PublishedDates.parse("2023-10-25");

        assertThat(parsed).isEqualTo(OffsetDateTime.of(2023, 10, 25, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(parsed.toLocalDate()).hasToString("2023-10-25");
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(PublishedDates.parse("  2023-10-25T09:30:00+09:00\n"))
                .isEqualTo(OffsetDateTime.of(2023, 10, 25, 9, 30, 0, 0, ZoneOffset.ofHours(9)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "", "25/10/2023", "2023-13-45", "2023-10-25 09:30", "Wed, 25 Oct 2023 09:30:00 GMT"})
    void garbageThrows(String text) {
        assertThatThrownBy(() -> PublishedDates.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
