package io.newsflow.aggregate.cluster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
