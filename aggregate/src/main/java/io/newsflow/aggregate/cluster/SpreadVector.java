package io.newsflow.aggregate.cluster;

/**
 * One article's weighted vector spread over the whole vocabulary, to take its dot product with many
 * candidate centroids: a bit per term id says whether the article has the term, and the bit's rank among
 * the set bits is the term's position in the article's (ascending) arrays. A dot product is then one pass
 * over the centroid's terms with no comparison to predict, where merging two sorted arrays takes a
 * dependent step for each term of both; the bits take one bit per vocabulary term, so they stay in cache
 * where weights by term id would not. The products are summed in the centroid's (ascending id) order, as
 * merging sums them, so the result is the same to the last bit. Reused from article to article:
 * {@link #clear} takes back the bits {@link #load} set (stale positions and weights are never read: an
 * absent term reads index 0, and a present one its own position).
 */
final class SpreadVector {

    private static final int[] NONE = {};

    /** Bit id of word id / 64: whether the loaded vector has term id. */
    private long[] present = new long[1 << 6];
    /** Per word with a set bit: the position of the word's first term in the loaded vector. */
    private int[] firstPosition = new int[1 << 6];
    /** The loaded vector's weights after a 0 at index 0, the weight read for every absent term. */
    private double[] weights = new double[1 << 9];
    private int[] loaded = NONE;

    /** Spreads a vector of ascending ids below {@code terms}. */
    void load(int[] ids, double[] values, int terms) {
        clear();
        int words = (terms + Long.SIZE - 1) / Long.SIZE;
        if (present.length < words) {
            present = new long[Math.max(present.length * 2, words)];
            firstPosition = new int[present.length];
        }
        if (weights.length < values.length + 1) {
            weights = new double[Math.max(weights.length * 2, values.length + 1)];
        }
        System.arraycopy(values, 0, weights, 1, values.length);
        for (int k = ids.length - 1; k >= 0; k--) {
            // backwards, so each word ends with the position of its first (smallest) id
            present[ids[k] >>> 6] |= 1L << ids[k];
            firstPosition[ids[k] >>> 6] = k;
        }
        loaded = ids;
    }

    /** The dot product with a vector of ascending ids. */
    double dot(int[] ids, double[] values) {
        double dot = 0;
        for (int k = 0; k < ids.length; k++) {
            int id = ids[k];
            int word = id >>> 6;
            // ids beyond the loaded bound are absent terms too (a branch that is always predicted)
            long bits = word < present.length ? present[word] : 0L;
            long bit = (bits >>> id) & 1L;
            int rank = firstPosition[word < present.length ? word : 0] + Long.bitCount(bits & ((1L << id) - 1));
            // an absent term reads weight 0 at index 0: the sum is unchanged, and no branch to mispredict
            dot += weights[(int) bit * (rank + 1)] * values[k];
        }
        return dot;
    }

    /** Removes the loaded vector's bits. */
    void clear() {
        for (int id : loaded) {
            present[id >>> 6] = 0;
        }
        loaded = NONE;
    }
}
