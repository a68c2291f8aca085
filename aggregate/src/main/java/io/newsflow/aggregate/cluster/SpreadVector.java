package io.newsflow.aggregate.cluster;

/**
 * One article's weighted vector spread over the whole vocabulary, to take its dot product with many
 * candidate centroids: a bit per term id says whether the article has the term, and the bit's rank among
 * the set bits is the term's position in the article's (ascending) arrays. A dot product is then one pass
 * over the centroid's terms with no comparison to predict, where merging two sorted arrays takes a
 * dependent step for each term of both; the spread takes two bits per vocabulary term, so it stays in
 * cache where weights by term id would not. The products are summed in the centroid's (ascending id) order, as
 * merging sums them, so the result is the same to the last bit. Reused from article to article:
 * {@link #clear} takes back the bits {@link #load} set (stale positions and weights are never read: an
 * absent term reads index 0, and a present one its own position).
 */
final class SpreadVector {

    private static final int[] NONE = {};
    /** Term ids per word of {@link #words}. */
    private static final int SPAN = Integer.SIZE;
    private static final int SHIFT = 5;

    /**
     * Per {@value #SPAN} term ids, one long: the low half has bit (id % 32) set where the loaded vector has
     * term id, the high half is the position of the word's first such term in the loaded vector. Bits and
     * position in one long, so a centroid term costs one read where two arrays would cost two.
     */
    private long[] words = new long[1 << 6];
    /** The loaded vector's weights after a 0 at index 0, the weight read for every absent term. */
    private double[] weights = new double[1 << 9];
    private int[] loaded = NONE;

    /** Spreads a vector of ascending ids below {@code terms}. */
    void load(int[] ids, double[] values, int terms) {
        clear();
        int needed = (terms + SPAN - 1) / SPAN;
        if (words.length < needed) {
            words = new long[Math.max(words.length * 2, needed)];
        }
        if (weights.length < values.length + 1) {
            weights = new double[Math.max(weights.length * 2, values.length + 1)];
        }
        System.arraycopy(values, 0, weights, 1, values.length);
        for (int k = ids.length - 1; k >= 0; k--) {
            // backwards, so each word ends with the position of its first (smallest) id
            int word = ids[k] >>> SHIFT;
            long bits = (words[word] & 0xFFFF_FFFFL) | (1L << (ids[k] & (SPAN - 1)));
            words[word] = ((long) k << SPAN) | bits;
        }
        loaded = ids;
    }

    /** The dot product with a vector of ascending ids. */
    double dot(int[] ids, double[] values) {
        double dot = 0;
        for (int k = 0; k < ids.length; k++) {
            int id = ids[k];
            int word = id >>> SHIFT;
            // ids beyond the loaded bound are absent terms too (a branch that is always predicted)
            long spread = word < words.length ? words[word] : 0L;
            int bits = (int) spread;
            int bit = (bits >>> id) & 1;
            int rank = (int) (spread >>> SPAN) + Integer.bitCount(bits & ((1 << id) - 1));
            // an absent term reads weight 0 at index 0: the sum is unchanged, and no branch to mispredict
            dot += weights[bit * (rank + 1)] * values[k];
        }
        return dot;
    }

    /** Removes the loaded vector's bits. */
    void clear() {
        for (int id : loaded) {
            words[id >>> SHIFT] = 0;
        }
        loaded = NONE;
    }
}
