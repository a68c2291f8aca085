package io.newsflow.enrich.actors;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an article's person codes are valid on: its publication day as the publisher printed it, else
 * the first full date stated in its text ("October 25, 2023", "25 October 2023", "2023-10-25"), else the
 * day it was fetched (UTC).
 */
public final class ArticleDates {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2),
            Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7),
            Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12));

    private ArticleDates() {
    }

    /** The day to code on; null only when there is no publication date, no stated date and no fetch time. */
    public static LocalDate resolve(OffsetDateTime publishedAt, String text, Instant fetchedAt) {
        if (publishedAt != null) {
            return publishedAt.toLocalDate();
        }
        LocalDate stated = text == null ? null : statedIn(text);
        if (stated != null) {
            return stated;
        }
        return fetchedAt == null ? null : LocalDate.ofInstant(fetchedAt, ZoneOffset.UTC);
    }

    /** The first full date written in a text, or null. */
    static LocalDate statedIn(String text) {
        LocalDate best = null;
        int at = Integer.MAX_VALUE;
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            best = date(m.group(3), month(m.group(1)), m.group(2));
            at = best == null ? at : m.start();
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && m.start() < at) {
            LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
                at = m.start();
            }
        }
        m = ISO.matcher(text);
        if (m.find() && m.start() < at) {
            LocalDate d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            best = d == null ? best : d;
        }
        return best;
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toUpperCase(Locale.ROOT));
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null; // "February 30, 2024" is no date
        }
    }
}
