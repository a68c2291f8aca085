package io.newsflow.aggregate.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** An idf-weighted term vector with its norm, computed once and compared many times. */
final class SparseVector {

    private final Map<String, Double> weights;
    private final double norm;

    private SparseVector(Map<String, Double> weights) {
        this.weights = weights;
        this.norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    }

    /** Each term's weight times its idf. */
    static SparseVector of(Map<String, Double> vector, ToDoubleFunction<String> idf) {
        Map<String, Double> weights = new HashMap<>(vector.size() * 2);
        vector.forEach((term, weight) -> weights.put(term, weight * idf.applyAsDouble(term)));
        return new SparseVector(weights);
    }

    /** Cosine similarity, iterating over the smaller of the two. */
    double cosine(SparseVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        SparseVector small = weights.size() <= other.weights.size() ? this : other;
        SparseVector large = small == this ? other : this;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.weights.entrySet()) {
            Double w = large.weights.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / (norm * other.norm);
    }

    /** The {@code limit} weightiest terms, heaviest first, ties by term. */
    List<String> top(int limit) {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }
}
