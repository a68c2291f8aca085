package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateParserTest {

    private static Optional<LocalDate> day(String text) {
        return DateParser.human(text).map(OffsetDateTime::toLocalDate);
    }

    @Test
    void englishSpellings() {
        assertThat(day("Published 1 December 2026")).contains(LocalDate.of(2026, 12, 1));
        assertThat(day("Dec. 1, 2026 at noon")).contains(LocalDate.of(2026, 12, 1));
        assertThat(day("Tuesday, December 1st, 2026")).contains(LocalDate.of(2026, 12, 1));
    }

    @Test
    void nonEnglishMonthNames() {
        assertThat(day("Veröffentlicht am 1. Dezember 2026, 10:00 Uhr")).contains(LocalDate.of(2026, 12, 1));
        assertThat(day("Publié le 1er décembre 2026")).contains(LocalDate.of(2026, 12, 1));
        assertThat(day("1 de diciembre de 2026")).contains(LocalDate.of(2026, 12, 1));
        assertThat(day("12 maggio 2024")).contains(LocalDate.of(2024, 5, 12));
        assertThat(day("3 de março de 2025")).contains(LocalDate.of(2025, 3, 3));
        assertThat(day("14 MÄRZ 2024")).contains(LocalDate.of(2024, 3, 14));
        assertThat(day("the 2026 budget")).isEmpty();
    }
}
