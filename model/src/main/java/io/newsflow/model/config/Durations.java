package io.newsflow.model.config;

import java.time.Duration;
import java.util.Locale;

/** Parses durations written as ISO-8601 ({@code PT10M}) or in short form ({@code 10m}, {@code 7d}, {@code 500ms}). */
public final class Durations {

    private Durations() {
    }

    /**
     * Parses a duration.
     *
     * @throws java.time.format.DateTimeParseException for malformed ISO-8601
     * @throws NumberFormatException                   for a malformed short form
     */
    public static Duration parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("p")) {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        return switch (value.charAt(value.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new NumberFormatException("unknown duration unit in '" + text + "'");
        };
    }
}
