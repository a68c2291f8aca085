package io.newsflow.aggregate.cluster;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unweighted term vector (an article's normalized term frequencies, a story's centroid): term ids in
 * ascending order with their weights. It is the story state's term → weight map as well, a read-only
 * view over the arrays, so a story keeps its centroid once and the arrays are summed by merging, not
 * by hashing terms.
 */
final class TermVector extends AbstractMap<String, Double> {

    private final int[] ids;
    private final double[] weights;
    private final DocumentFrequencies vocabulary;

    private TermVector(int[] ids, double[] weights, DocumentFrequencies vocabulary) {
        this.ids = ids;
        this.weights = weights;
        this.vocabulary = vocabulary;
    }

    /** Sublinear term frequency (1 + ln count), unit length: a word said ten times is not ten times the clue. */
    static TermVector normalizedTf(Map<String, Integer> counts, DocumentFrequencies vocabulary) {
        TermCounts article = TermCounts.of(counts);
        String[] terms = new String[article.size()];
        double[] weights = new double[article.size()];
        double squares = 0;
        for (int i = 0; i < terms.length; i++) {
            terms[i] = article.term(i);
            weights[i] = 1 + CountLogs.log(article.count(i));
            squares += weights[i] * weights[i];
        }
        int[] ids = vocabulary.ids(terms);
        double norm = Math.sqrt(squares);
        for (int k = 0; k < weights.length; k++) {
            weights[k] /= norm;
        }
        return sorted(ids, weights, vocabulary);
    }

    /** The vector of a term → weight map (a story restored from the state store). */
    static TermVector of(Map<String, Double> vector, DocumentFrequencies vocabulary) {
        if (vector instanceof TermVector own && own.vocabulary == vocabulary) {
            return own;
        }
        int[] ids = new int[vector.size()];
        double[] weights = new double[vector.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            ids[i] = vocabulary.id(e.getKey());
            weights[i++] = e.getValue();
        }
        return sorted(ids, weights, vocabulary);
    }

    private static TermVector sorted(int[] ids, double[] weights, DocumentFrequencies vocabulary) {
        int[] order = vocabulary.sortedPositions(ids);
        int[] sortedIds = new int[ids.length];
        double[] sortedWeights = new double[ids.length];
        for (int k = 0; k < ids.length; k++) {
            sortedIds[k] = ids[order[k]];
            sortedWeights[k] = weights[order[k]];
        }
        return new TermVector(sortedIds, sortedWeights, vocabulary);
    }

    /** The idf-weighted vector, for cosines: the idf of now, from this vector's vocabulary. */
    SparseVector weighted() {
        return SparseVector.of(ids, weights, vocabulary);
    }

    /**
     * This vector plus another, trimmed to the {@code limit} weightiest terms; ties at the cutoff go to
     * the alphabetically first terms, so the result does not depend on ids, which depend on history.
     */
    TermVector plus(TermVector other, int limit) {
        int[] sumIds = vocabulary.sumIdScratch(ids.length + other.ids.length);
        double[] sums = vocabulary.sumScratch(ids.length + other.ids.length);
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length || j < other.ids.length) {
            if (j == other.ids.length || (i < ids.length && ids[i] < other.ids[j])) {
                sumIds[n] = ids[i];
                sums[n++] = weights[i++];
            } else if (i == ids.length || other.ids[j] < ids[i]) {
                sumIds[n] = other.ids[j];
                sums[n++] = other.weights[j++];
            } else {
                sumIds[n] = ids[i];
                sums[n++] = weights[i++] + other.weights[j++];
            }
        }
        if (n > limit && ids.length >= limit && smallest(other.weights) >= 0) {
            // this vector's limit or more sums are at least its smallest weight, so the cutoff is too:
            // a sum below it is cut whatever the others, and the cutoff is sought among fewer
            n = atLeast(sumIds, sums, n, smallest(weights));
        }
        if (n <= limit) {
            return new TermVector(Arrays.copyOf(sumIds, n), Arrays.copyOf(sums, n), vocabulary);
        }
        return trimmed(sumIds, sums, n, limit);
    }

    private static double smallest(double[] values) {
        double smallest = Double.POSITIVE_INFINITY;
        for (double value : values) {
            smallest = Math.min(smallest, value);
        }
        return smallest;
    }

    /** Keeps the first n entries weighing at least the floor, in order; returns how many. */
    private static int atLeast(int[] ids, double[] weights, int n, double floor) {
        int kept = 0;
        for (int k = 0; k < n; k++) {
            // without a branch: which entries are kept is a coin toss
            double weight = weights[k];
            ids[kept] = ids[k];
            weights[kept] = weight;
            kept += weight >= floor ? 1 : 0;
        }
        return kept;
    }

    private TermVector trimmed(int[] sumIds, double[] sums, int n, int limit) {
        int[] kept = Weightiest.positions(sumIds, sums, n, limit, vocabulary);
        int[] keptIds = new int[kept.length];
        double[] keptWeights = new double[kept.length];
        for (int m = 0; m < kept.length; m++) {
            keptIds[m] = sumIds[kept[m]];
            keptWeights[m] = sums[kept[m]];
        }
        return new TermVector(keptIds, keptWeights, vocabulary);
    }

    /** This vector's entries for these of its term ids (ascending). */
    TermVector restrictedTo(int[] kept) {
        double[] keptWeights = new double[kept.length];
        int i = 0;
        for (int m = 0; m < kept.length; m++) {
            while (ids[i] != kept[m]) {
                i++;
            }
            keptWeights[m] = weights[i];
        }
        return new TermVector(kept.clone(), keptWeights, vocabulary);
    }

    /** Term ids, ascending. */
    int[] ids() {
        return ids;
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Double get(Object key) {
        int k = indexOf(key);
        return k < 0 ? null : weights[k];
    }

    private int indexOf(Object key) {
        if (!(key instanceof String term)) {
            return -1;
        }
        int id = vocabulary.find(term);
        return id < 0 ? -1 : Math.max(-1, Arrays.binarySearch(ids, id));
    }

    @Override
    public Set<Map.Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return ids.length;
            }

            @Override
            public Iterator<Map.Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < ids.length;
                    }

                    @Override
                    public Map.Entry<String, Double> next() {
                        if (next >= ids.length) {
                            throw new NoSuchElementException();
                        }
                        int k = next++;
                        return new SimpleImmutableEntry<>(vocabulary.term(ids[k]), weights[k]);
                    }
                };
            }
        };
    }
}
