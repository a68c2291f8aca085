package io.newsflow.ingest.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body comparison of the scrapinghub article-extraction benchmark: counts of word 4-gram shingles
 * (tokens are Unicode {@code \w+} runs, case kept), matched as multisets, normalized so that every page
 * weighs the same whatever its length. A text of fewer than four tokens is one shingle of all of them.
 *
 * @param tp shared shingles, as a share of all counted
 * @param fp predicted shingles not in the truth, as a share
 * @param fn true shingles not predicted, as a share
 */
public record BodyOverlap(double tp, double fp, double fn) {

    private static final Pattern TOKEN = Pattern.compile("(?U)\\w+");
    private static final int N = 4;

    /** Compares a predicted body with the true one. */
    public static BodyOverlap of(String truth, String predicted) {
        Map<String, Integer> gold = shingles(truth);
        Map<String, Integer> guess = shingles(predicted);
        Set<String> keys = new HashSet<>(gold.keySet());
        keys.addAll(guess.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int g = gold.getOrDefault(key, 0);
            int p = guess.getOrDefault(key, 0);
            tp += Math.min(g, p);
            fp += Math.max(0, p - g);
            fn += Math.max(0, g - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new BodyOverlap(tp / sum, fp / sum, fn / sum) : new BodyOverlap(0, 0, 0);
    }

    /** True when the prediction had at least one shingle, so that precision is defined for this page. */
    public boolean hasPrediction() {
        return tp + fp > 0;
    }

    /** True when the truth had at least one shingle, so that recall is defined for this page. */
    public boolean hasTruth() {
        return tp + fn > 0;
    }

    /** Precision of this page; the benchmark scores an exact match as 1. */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    /** Recall of this page; the benchmark scores an exact match as 1. */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        int last = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < last; i++) {
            // a separator no \w token can contain keeps shingles of different splits apart
            String shingle = String.join("\u0000", tokens.subList(i, Math.min(tokens.size(), i + N)));
            counts.merge(shingle, 1, Integer::sum);
        }
        return counts;
    }
}
