package io.newsflow.aggregate.cluster;

/**
 * One article's weighted vector spread over the whole vocabulary, to take its dot product with many
 * candidate centroids: a bit per term id says whether the article has the term, and its weight lies at
 * the id. A dot product is then one pass over the centroid's terms with no comparison to predict, where
 * merging two sorted arrays takes a dependent step for each term of both. The products are summed in the
 * centroid's (ascending id) order, as merging sums them, so the result is the same to the last bit.
 * Reused from article to article: {@link #clear} takes back exactly what {@link #load} put.
 */
final class SpreadVector {

    /** Bit id of word id / 64: whether the loaded vector has term id. */
    private long[] present = new long[1 << 6];
    /** The loaded vector's weight of term id at id + 1; index 0 stays 0, the weight of every absent term. */
    private double[] weights = new double[(1 << 12) + 1];
    private static final int[] NONE = {};

    private int[] loaded = NONE;

    /** Spreads a vector whose ids are below {@code terms}. */
    void load(int[] ids, double[] values, int terms) {
        clear();
        if (present.length * Long.SIZE < terms) {
            present = new long[Math.max(present.length * 2, (terms + Long.SIZE - 1) / Long.SIZE)];
        }
        if (weights.length < terms + 1) {
            weights = new double[Math.max(weights.length * 2, terms + 1)];
        }
        for (int k = 0; k < ids.length; k++) {
            present[ids[k] >>> 6] |= 1L << ids[k];
            weights[ids[k] + 1] = values[k];
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
            // an absent term reads weight 0 at index 0: the sum is unchanged, and no branch to mispredict
            int at = (int) ((bits >>> id) & 1L) * (id + 1);
            dot += weights[at] * values[k];
        }
        return dot;
    }

    /** Removes the loaded vector. */
    void clear() {
        for (int id : loaded) {
            present[id >>> 6] = 0;
            weights[id + 1] = 0;
        }
        loaded = NONE;
    }
}
