package io.newsflow.aggregate.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * An idf-weighted term vector: term ids in ascending order with their weights and the norm, computed
 * once and compared many times by merging the two id arrays (no hashing).
 */
final class SparseVector {

    private final int[] ids;
    private final double[] weights;
    private final double norm;
    private final DocumentFrequencies vocabulary;

    private SparseVector(int[] ids, double[] weights, DocumentFrequencies vocabulary) {
        this.ids = ids;
        this.weights = weights;
        this.vocabulary = vocabulary;
        double squares = 0;
        for (double w : weights) {
            squares += w * w;
        }
        this.norm = Math.sqrt(squares);
    }

    /** Each term's weight times its idf. */
    static SparseVector of(Map<String, Double> vector, DocumentFrequencies frequencies) {
        long[] packed = new long[vector.size()];
        double[] raw = new double[vector.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            int id = frequencies.id(e.getKey());
            raw[i] = e.getValue() * frequencies.idf(id);
            packed[i] = ((long) id << 32) | i;
            i++;
        }
        Arrays.sort(packed);
        int[] ids = new int[packed.length];
        double[] weights = new double[packed.length];
        for (int k = 0; k < packed.length; k++) {
            ids[k] = (int) (packed[k] >>> 32);
            weights[k] = raw[(int) packed[k]];
        }
        return new SparseVector(ids, weights, frequencies);
    }

    /** Counts this article's terms in the document frequencies, once each. */
    void countDocument() {
        vocabulary.add(ids);
    }

    /** Cosine similarity. */
    double cosine(SparseVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                dot += weights[i++] * other.weights[j++];
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot / (norm * other.norm);
    }

    /** The {@code limit} weightiest terms, heaviest first, ties by term (not by id, which depends on history). */
    List<String> top(int limit) {
        Comparator<Integer> lighterFirst = Comparator.<Integer>comparingDouble(k -> weights[k])
                .thenComparing(k -> vocabulary.term(ids[k]), Comparator.reverseOrder());
        PriorityQueue<Integer> heaviest = new PriorityQueue<>(limit + 1, lighterFirst);
        for (int k = 0; k < ids.length; k++) {
            if (heaviest.size() < limit) {
                heaviest.add(k);
            } else if (lighterFirst.compare(k, heaviest.peek()) > 0) {
                heaviest.poll();
                heaviest.add(k);
            }
        }
        List<String> top = new ArrayList<>(heaviest.size());
        while (!heaviest.isEmpty()) {
            top.add(vocabulary.term(ids[heaviest.poll()]));
        }
        Collections.reverse(top);
        return top;
    }
}
