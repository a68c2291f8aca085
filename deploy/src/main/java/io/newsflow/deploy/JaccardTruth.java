package io.newsflow.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The near-duplicate truth of a corpus, by the definition and independent of the detector's hashing:
 * tokens are {@code (?U)\w+} runs of the lower-cased text, shingles are runs of 5 tokens as strings (a
 * text of fewer tokens has one shingle of all of them), similarity is the exact Jaccard of the shingle
 * sets. All pairs are scored through an inverted index from shingle to documents, so only pairs sharing
 * a shingle cost anything.
 */
final class JaccardTruth {

    private static final Pattern WORD = Pattern.compile("(?U)\\w+");
    private static final int SIZE = 5;

    private final List<int[]> sets = new ArrayList<>();
    /** Per document, the highest similarity with an earlier document of the file. */
    private final double[] bestEarlier;
    private long pairsAtLeast;
    private final double tau;

    JaccardTruth(List<String> texts, double tau) {
        this.tau = tau;
        Map<String, Integer> shingleIds = new HashMap<>();
        for (String text : texts) {
            sets.add(shingleSet(text, shingleIds));
        }
        bestEarlier = new double[texts.size()];
        scoreAllPairs(shingleIds.size());
    }

    /** The number of pairs (any order) with similarity at least τ. */
    long pairsAtLeastTau() {
        return pairsAtLeast;
    }

    /** The highest similarity of document {@code i} with an earlier document. */
    double bestEarlier(int i) {
        return bestEarlier[i];
    }

    /** The exact similarity of two documents. */
    double similarity(int i, int j) {
        int[] a = sets.get(i);
        int[] b = sets.get(j);
        int common = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                common++;
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    private void scoreAllPairs(int shingles) {
        List<List<Integer>> postings = new ArrayList<>(shingles);
        for (int s = 0; s < shingles; s++) {
            postings.add(new ArrayList<>(1));
        }
        int[] common = new int[sets.size()];
        for (int doc = 0; doc < sets.size(); doc++) {
            List<Integer> touched = new ArrayList<>();
            for (int s : sets.get(doc)) {
                for (int earlier : postings.get(s)) {
                    if (common[earlier]++ == 0) {
                        touched.add(earlier);
                    }
                }
                postings.get(s).add(doc);
            }
            for (int earlier : touched) {
                int union = sets.get(doc).length + sets.get(earlier).length - common[earlier];
                double j = (double) common[earlier] / union;
                bestEarlier[doc] = Math.max(bestEarlier[doc], j);
                if (j >= tau) {
                    pairsAtLeast++;
                }
                common[earlier] = 0;
            }
        }
    }

    private static int[] shingleSet(String text, Map<String, Integer> ids) {
        List<String> tokens = new ArrayList<>();
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            tokens.add(words.group());
        }
        List<String> shingles = new ArrayList<>();
        if (tokens.size() < SIZE) {
            shingles.add(String.join(" ", tokens));
        }
        for (int i = 0; i + SIZE <= tokens.size(); i++) {
            shingles.add(String.join(" ", tokens.subList(i, i + SIZE)));
        }
        return shingles.stream().mapToInt(s -> ids.computeIfAbsent(s, k -> ids.size())).distinct().sorted().toArray();
    }
}
