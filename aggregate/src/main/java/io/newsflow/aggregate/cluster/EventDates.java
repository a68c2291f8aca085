package io.newsflow.aggregate.cluster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an article's event happened, as its text states it: the first month and day ("on Oct. 25",
 * "October 25, 2023") or weekday ("on Thursday") it names, read against the publication date. The lede
 * says when the reported event happened; later dates are more often background (a caption, an earlier
 * meeting). Reports say when the event happened relative to when they are printed, so a
 * date without its year takes the latest such day on or just after publication, and a weekday the latest
 * such day on or before it. Without a publication date only a date with its year is an answer.
 */
public final class EventDates {

    /** "16 August 2011", "18th September": a day before its month, the year optional. */
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + TextAnalyzer.DAY + "\\s*" + TextAnalyzer.MONTH
            + "(?:,?\\s*" + TextAnalyzer.YEAR + ")?");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    /** A date stated without its year may lie a little after publication ("the vote on Nov. 5"), not far. */
    private static final int DAYS_AHEAD_ALLOWED = 7;

    private EventDates() {
    }

    /**
     * The event's day, or null when the text states none that can be placed.
     *
     * @param text      the article text
     * @param published the publication time with the publisher's offset, or null
     */
    public static LocalDate of(String text, OffsetDateTime published) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        LocalDate printed = published == null ? null : published.toLocalDate();
        Matcher monthDay = TextAnalyzer.MONTH_DAY.matcher(text);
        Matcher dayMonth = DAY_MONTH.matcher(text);
        Matcher weekday = WEEKDAY.matcher(text);
        int monthDayAt = monthDay.find() ? monthDay.start() : Integer.MAX_VALUE;
        int dayMonthAt = dayMonth.find() ? dayMonth.start() : Integer.MAX_VALUE;
        // a weekday counts only where it can be placed, against the publication date
        int weekdayAt = printed != null && weekday.find() ? weekday.start() : Integer.MAX_VALUE;
        int first = Math.min(monthDayAt, Math.min(dayMonthAt, weekdayAt));
        if (first == Integer.MAX_VALUE) {
            return null;
        }
        if (first == weekdayAt) {
            DayOfWeek day = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
            return printed.with(TemporalAdjusters.previousOrSame(day));
        }
        return first == monthDayAt
                ? placed(monthDay.group(1), monthDay.group(2), monthDay.group(3), printed)
                : placed(dayMonth.group(2), dayMonth.group(1), dayMonth.group(3), printed);
    }

    private static LocalDate placed(String monthName, String dayText, String yearText, LocalDate printed) {
        int month = TextAnalyzer.monthOf(monthName);
        int day = Integer.parseInt(dayText);
        if (month < 1 || day < 1 || day > 31) {
            return null;
        }
        if (yearText != null) {
            return dateOrNull(Integer.parseInt(yearText), month, day);
        }
        if (printed == null) {
            return null;
        }
        LocalDate sameYear = dateOrNull(printed.getYear(), month, day);
        if (sameYear != null && !sameYear.isAfter(printed.plusDays(DAYS_AHEAD_ALLOWED))) {
            return sameYear;
        }
        return dateOrNull(printed.getYear() - 1, month, day);
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        return day <= LocalDate.of(year, month, 1).lengthOfMonth() ? LocalDate.of(year, month, day) : null;
    }
}
