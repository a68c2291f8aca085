package io.newsflow.aggregate.cluster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a title and text into term counts: lower-cased word tokens without stop words; title terms
 * count double because a headline names the event.
 */
public final class TextAnalyzer {

    private static final Pattern WORD = Pattern.compile("(?U)\\w+");
    private static final int TITLE_WEIGHT = 2;
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
            "does", "during", "each", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
            "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "more", "most", "my",
            "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "out", "over",
            "own", "said", "same", "say", "says", "she", "should", "so", "some", "such", "than", "that", "the",
            "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "two",
            "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
            "whom", "why", "will", "with", "would", "you", "your", "told", "according", "new", "year", "years",
            "s", "t", "mr", "ms", "mrs");

    private TextAnalyzer() {
    }

    /**
     * Names and figures of the text: words written with a capital inside a sentence (proper nouns) and
     * words with digits, lower-cased. Two events of the same kind differ mostly in these.
     */
    public static Map<String, Integer> entityCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null) {
            return counts;
        }
        Matcher words = WORD.matcher(text);
        int previousEnd = 0;
        while (words.find()) {
            String word = words.group();
            boolean sentenceStart = startsSentence(text, previousEnd, words.start());
            previousEnd = words.end();
            boolean capitalized = Character.isUpperCase(word.charAt(0)) && !sentenceStart;
            boolean figure = word.chars().anyMatch(Character::isDigit);
            String term = word.toLowerCase(Locale.ROOT);
            if ((capitalized || figure) && term.length() > 1 && !STOP_WORDS.contains(term)) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The words of the title that the text writes as names or figures ({@link #entityCounts}), lower-cased:
     * a headline names the event's people, places and figures, and a title in title case says nothing
     * about which of its words are names, the text does.
     */
    public static Set<String> titleNames(String title, Map<String, Integer> entities) {
        Set<String> names = new TreeSet<>();
        if (title == null) {
            return names;
        }
        Matcher words = WORD.matcher(title);
        while (words.find()) {
            String term = words.group().toLowerCase(Locale.ROOT);
            if (entities.containsKey(term)) {
                names.add(term);
            }
        }
        return names;
    }

    private static boolean startsSentence(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '\u201C') {
                return true;
            }
        }
        return from == 0;
    }

    /** A month name or its abbreviation, capitalized or in capitals ("Oct.", "October", "OCT"). */
    static final String MONTH = "(?=[A-Z])(?i:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\\.?";
    static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?\\b";
    static final String YEAR = "(19[5-9]\\d|20[0-4]\\d)\\b";
    /** "Oct. 25", "October 25th, 2013", "December 9,2008": a month with a day, the year optional. */
    static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s*" + DAY + "(?:,?\\s*" + YEAR + ")?");
    /** "16 August 2011", "18th September 2013": a day, a month and a year. */
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s*" + MONTH + ",?\\s*" + YEAR);
    /** "8/19/2013", "05 / 05 / 2010": month first unless the first number cannot be a month. */
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*" + YEAR);
    /** "2013-08-19". */
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-\\d{2}\\b");

    /**
     * The dates a text states: months given with a day ({@code m10}, from "Oct. 25"), and years
     * ({@code y2013}) only where they complete such a date ("Oct. 25, 2013", "16 August 2011",
     * "8/19/2013"). A bare year or a month with a year only is more often a plan, a target or a memory
     * ("beyond 2026", "a pilot in March 2026", "the quake of 2007") than the date of the reported event,
     * so it does not count. Two reports of one event rarely state different dates; two events of the
     * same kind usually do.
     */
    public static Set<String> statedDates(String text) {
        Set<String> dates = new TreeSet<>();
        if (text == null) {
            return dates;
        }
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            addDate(dates, monthOf(m.group(1)), m.group(3));
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            addDate(dates, monthOf(m.group(2)), m.group(3));
        }
        m = SLASHED.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            addDate(dates, first <= 12 ? first : Integer.parseInt(m.group(2)), m.group(3));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            addDate(dates, Integer.parseInt(m.group(2)), m.group(1));
        }
        return dates;
    }

    /** 1–12 for a month name or abbreviation as {@link #MONTH} matches it. */
    static int monthOf(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static void addDate(Set<String> dates, int month, String year) {
        if (month >= 1 && month <= 12) {
            dates.add("m" + month);
            if (year != null) {
                dates.add("y" + year);
            }
        }
    }

    private static final List<String> MONTHS = List.of("", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    /** Term counts of an article: title terms weighted double. */
    public static Map<String, Integer> termCounts(String title, String text) {
        Map<String, Integer> counts = new HashMap<>();
        addTerms(counts, title, TITLE_WEIGHT);
        addTerms(counts, text, 1);
        return counts;
    }

    private static void addTerms(Map<String, Integer> counts, String text, int weight) {
        if (text == null) {
            return;
        }
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String term = words.group();
            if (term.length() > 1 && !STOP_WORDS.contains(term)) {
                counts.merge(term, weight, Integer::sum);
            }
        }
    }
}
