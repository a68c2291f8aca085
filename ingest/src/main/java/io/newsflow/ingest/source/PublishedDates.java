package io.newsflow.ingest.source;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a publication date given as ISO-8601, keeping the publisher's UTC offset. A date or date-time
 * without an offset is taken as UTC, so its calendar day stays the one printed.
 */
public final class PublishedDates {

    private PublishedDates() {
    }

    /**
     * Parses {@code 2023-10-25T09:30:00+09:00}, {@code 2023-10-25T09:30:00Z}, {@code 2023-10-25T09:30:00}
     * or {@code 2023-10-25}.
     *
     * @throws DateTimeParseException when the text is none of these
     */
    public static OffsetDateTime parse(String text) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
        }
    }
}
