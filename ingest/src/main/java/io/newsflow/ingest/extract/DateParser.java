package io.newsflow.ingest.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date and time forms publishers write in metadata and datelines, keeping the offset they
 * state. Text without an offset is taken as UTC so that its calendar day stays the printed one.
 */
final class DateParser {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** Day-first dates in German, French, Spanish, Italian, Portuguese and Dutch ({@code 1. Dezember 2026}, {@code 1 de diciembre de 2026}). */
    private static final Pattern FOREIGN_DAY_FIRST = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|º|er)?\\s+(?:de\\s+)?(septiembre|noviembre|settembre|septembre|diciembre|september|fevereiro|dicembre|novembro|dezember|november|febbraio|augustus|decembre|novembre|décembre|dezembro|februari|setembro|januari|octubre|febrero|janvier|gennaio|ottobre|octobre|oktober|février|fevrier|juillet|februar|outubro|janeiro|august|jänner|agosto|januar|maggio|aprile|luglio|giugno|julio|abril|marzo|março|junho|marco|enero|maart|maerz|julho|junio|avril|juin|mayo|maio|märz|août|aout|juli|mars|juni|mei|mai)\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, Integer> FOREIGN_MONTHS = Map.ofEntries(
            Map.entry("januar", 1),
            Map.entry("janvier", 1),
            Map.entry("enero", 1),
            Map.entry("gennaio", 1),
            Map.entry("janeiro", 1),
            Map.entry("januari", 1),
            Map.entry("jänner", 1),
            Map.entry("februar", 2),
            Map.entry("février", 2),
            Map.entry("fevrier", 2),
            Map.entry("febrero", 2),
            Map.entry("febbraio", 2),
            Map.entry("fevereiro", 2),
            Map.entry("februari", 2),
            Map.entry("märz", 3),
            Map.entry("maerz", 3),
            Map.entry("mars", 3),
            Map.entry("marzo", 3),
            Map.entry("março", 3),
            Map.entry("marco", 3),
            Map.entry("maart", 3),
            Map.entry("avril", 4),
            Map.entry("abril", 4),
            Map.entry("aprile", 4),
            Map.entry("mai", 5),
            Map.entry("mayo", 5),
            Map.entry("maggio", 5),
            Map.entry("maio", 5),
            Map.entry("mei", 5),
            Map.entry("juni", 6),
            Map.entry("juin", 6),
            Map.entry("junio", 6),
            Map.entry("giugno", 6),
            Map.entry("junho", 6),
            Map.entry("juli", 7),
            Map.entry("juillet", 7),
            Map.entry("julio", 7),
            Map.entry("luglio", 7),
            Map.entry("julho", 7),
            Map.entry("august", 8),
            Map.entry("août", 8),
            Map.entry("aout", 8),
            Map.entry("agosto", 8),
            Map.entry("augustus", 8),
            Map.entry("september", 9),
            Map.entry("septembre", 9),
            Map.entry("septiembre", 9),
            Map.entry("settembre", 9),
            Map.entry("setembro", 9),
            Map.entry("oktober", 10),
            Map.entry("octobre", 10),
            Map.entry("octubre", 10),
            Map.entry("ottobre", 10),
            Map.entry("outubro", 10),
            Map.entry("november", 11),
            Map.entry("novembre", 11),
            Map.entry("noviembre", 11),
            Map.entry("novembro", 11),
            Map.entry("dezember", 12),
            Map.entry("décembre", 12),
            Map.entry("decembre", 12),
            Map.entry("diciembre", 12),
            Map.entry("dicembre", 12),
            Map.entry("dezembro", 12));
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(\\d{1,2})[:.](\\d{2})(?![\\d.:])\\s*([ap])?\\.?(m\\b\\.?)?", Pattern.CASE_INSENSITIVE);
    /** What may stand around a date that is alone: a weekday, a clock time, an am/pm mark, punctuation. */
    private static final Pattern BESIDE_A_DATE = Pattern.compile(
            "(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|\\d{1,2}[:.]\\d{2}|\\b[ap]\\.?m\\b\\.?|[\\s,|·\\-–—]");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final DateTimeFormatter RFC_1123 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("[EEE, ]d MMM yyyy HH:mm[:ss] ").appendOffset("+HHMM", "GMT")
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0).toFormatter(Locale.ENGLISH);

    private DateParser() {
    }

    /** A machine-readable date (ISO-8601 and its variants, RFC 1123, epoch), or empty. */
    static Optional<OffsetDateTime> machine(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (EPOCH.matcher(value).matches()) {
            long number = Long.parseLong(value);
            Instant instant = value.length() == 13 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
            return Optional.of(instant.atOffset(ZoneOffset.UTC));
        }
        Matcher iso = ISO.matcher(value);
        if (iso.lookingAt()) {
            return iso(iso);
        }
        try {
            return Optional.of(ZonedDateTime.parse(value, RFC_1123).toOffsetDateTime());
        } catch (DateTimeException e) {
            return human(value);
        }
    }

    /** The first date written for people ({@code December 20, 2023}, {@code 20 Dec 2023}) in the text, or empty. */
    static Optional<OffsetDateTime> human(String text) {
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        Matcher dayFirst = DAY_FIRST.matcher(text);
        boolean m = monthFirst.find();
        boolean d = dayFirst.find();
        if (m && (!d || monthFirst.start() <= dayFirst.start())) {
            return day(monthFirst.group(3), MONTHS.get(monthFirst.group(1).toLowerCase(Locale.ROOT)), monthFirst.group(2));
        }
        if (d) {
            return day(dayFirst.group(3), MONTHS.get(dayFirst.group(2).toLowerCase(Locale.ROOT)), dayFirst.group(1));
        }
        Matcher foreign = FOREIGN_DAY_FIRST.matcher(text);
        if (foreign.find()) {
            return day(foreign.group(3), FOREIGN_MONTHS.get(foreign.group(2).toLowerCase(Locale.ROOT)), foreign.group(1));
        }
        return Optional.empty();
    }

    /** Whether the text is one human date and at most a weekday, a clock time and punctuation around it. */
    static boolean isOnlyADate(String text) {
        Matcher date = MONTH_FIRST.matcher(text);
        Matcher other = DAY_FIRST.matcher(text);
        String rest = date.find() ? text.substring(0, date.start()) + text.substring(date.end())
                : other.find() ? text.substring(0, other.start()) + text.substring(other.end()) : null;
        return rest != null && BESIDE_A_DATE.matcher(rest).replaceAll("").isEmpty();
    }

    /** The clock time written after a date ({@code 9:03AM}, {@code 05:39}, {@code 8:03 p.m.}), or empty. */
    static Optional<LocalTime> clock(String text) {
        Matcher date = MONTH_FIRST.matcher(text);
        Matcher other = DAY_FIRST.matcher(text);
        int from = date.find() ? date.end() : other.find() ? other.end() : 0;
        Matcher clock = CLOCK.matcher(text);
        if (!clock.find(from)) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(clock.group(1));
        int minute = Integer.parseInt(clock.group(2));
        String half = clock.group(4) == null ? null : clock.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
        }
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    /** A date in a URL path ({@code /2023/12/20/}, {@code /2023-12-20-}, {@code /20231220/}), or empty. */
    static Optional<OffsetDateTime> inUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = URL_DATE.matcher(url);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return matcher.group(1) != null
                ? day(matcher.group(1), Integer.parseInt(matcher.group(2)), matcher.group(3))
                : day(matcher.group(4), Integer.parseInt(matcher.group(5)), matcher.group(6));
    }

    private static Optional<OffsetDateTime> iso(Matcher iso) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
            if (iso.group(4) == null) {
                return Optional.of(date.atStartOfDay().atOffset(ZoneOffset.UTC));
            }
            LocalDateTime time = date.atTime(Integer.parseInt(iso.group(4)), Integer.parseInt(iso.group(5)),
                    iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)));
            return Optional.of(time.atOffset(offset(iso.group(7))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String text) {
        if (text == null || text.equalsIgnoreCase("Z") || text.equalsIgnoreCase("UTC") || text.equalsIgnoreCase("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = text.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static Optional<OffsetDateTime> day(String year, Integer month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (month == null || y < 1990 || y > 2100) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, month, Integer.parseInt(day)).atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
