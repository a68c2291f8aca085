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

    private static boolean startsSentence(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '\u201C') {
                return true;
            }
        }
        return from == 0;
    }

    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
            + "[a-z]*\\.?\\s+(\\d{1,2})\\b");

    /**
     * The dates a text states: years ({@code y2013}) and months given with a day ({@code m10}, from
     * "Oct. 25" or "October 25"). Two reports of one event rarely state different years; two events
     * of the same kind usually do.
     */
    public static Set<String> statedDates(String text) {
        Set<String> dates = new TreeSet<>();
        if (text == null) {
            return dates;
        }
        Matcher years = YEAR.matcher(text);
        while (years.find()) {
            dates.add("y" + years.group(1));
        }
        Matcher monthDays = MONTH_DAY.matcher(text);
        while (monthDays.find()) {
            dates.add("m" + MONTHS.indexOf(monthDays.group(1)));
        }
        return dates;
    }

    private static final List<String> MONTHS = List.of("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");

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
