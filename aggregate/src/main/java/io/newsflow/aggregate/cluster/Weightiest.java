package io.newsflow.aggregate.cluster;

import java.util.Arrays;

/**
 * Which terms of a vector weigh most: the positions of the {@code limit} weightiest, ties at the cutoff
 * going to the alphabetically first terms, so the choice does not depend on ids, which depend on history.
 * Found by radix selection of the cutoff weight and one pass, not by sorting or a heap: both orders agree.
 */
final class Weightiest {

    private static final int DIGIT_BITS = 8;

    private Weightiest() {
    }

    /**
     * The ascending positions among the first {@code n} of the {@code limit} weightiest terms (all of them
     * when there are no more than {@code limit}).
     */
    static int[] positions(int[] ids, double[] weights, int n, int limit, DocumentFrequencies vocabulary) {
        if (n <= limit) {
            int[] all = new int[n];
            for (int k = 0; k < n; k++) {
                all[k] = k;
            }
            return all;
        }
        Scratch scratch = vocabulary.selectionScratch();
        double cutoff = cutoff(weights, n, n - limit, scratch);
        int above = 0;
        int ties = 0;
        // counted, compacted and gathered without branches: which side of the cutoff a weight falls is a coin toss
        for (int k = 0; k < n; k++) {
            above += weights[k] > cutoff ? 1 : 0;
            ties += weights[k] == cutoff ? 1 : 0;
        }
        return ties <= limit - above ? atLeast(weights, n, cutoff, limit)
                : withTies(ids, weights, n, cutoff, limit, ties, limit - above, vocabulary, scratch);
    }

    /** The positions of the weights at or above the cutoff, which are {@code count}. */
    private static int[] atLeast(double[] weights, int n, double cutoff, int count) {
        int[] kept = new int[count];
        int m = 0;
        for (int k = 0; k < n && m < count; k++) {
            kept[m] = k;
            m += weights[k] >= cutoff ? 1 : 0;
        }
        return kept;
    }

    /**
     * The positions above the cutoff and of the alphabetically first {@code wanted} of the terms weighing
     * exactly the cutoff. The tied terms' order keys are read once into an array, so ordering them reads a
     * string only where two keys are equal.
     */
    private static int[] withTies(int[] ids, double[] weights, int n, double cutoff, int limit, int ties,
                                  int wanted, DocumentFrequencies vocabulary, Scratch scratch) {
        int[] tiedIds = scratch.tiedIds(ties);
        long[] tiedKeys = scratch.tiedKeys(ties);
        int t = 0;
        for (int k = 0; k < n && t < ties; k++) {
            tiedIds[t] = ids[k];
            t += weights[k] == cutoff ? 1 : 0;
        }
        long[] keysToSelect = scratch.values(ties);
        for (t = 0; t < ties; t++) {
            tiedKeys[t] = vocabulary.orderKey(tiedIds[t]);
            keysToSelect[t] = tiedKeys[t];
        }
        long lastKey = select(keysToSelect, ties, wanted - 1, scratch);
        int lastId = lastKeptOfKey(tiedIds, tiedKeys, ties, lastKey, wanted, vocabulary, scratch);
        int[] kept = new int[limit];
        int m = 0;
        t = 0;
        for (int k = 0; k < n && m < limit; k++) {
            boolean tie = weights[k] == cutoff;
            // past the last tie, read the last one again, never counted
            int at = Math.min(t, ties - 1);
            long key = tiedKeys[at];
            boolean keptTie = key < lastKey | (key == lastKey && vocabulary.compareTerms(tiedIds[at], lastId) <= 0);
            kept[m] = k;
            m += weights[k] > cutoff | tie & keptTie ? 1 : 0;
            t += tie ? 1 : 0;
        }
        return kept;
    }

    /**
     * The alphabetically {@code wanted}-th tied term, which has this key: among the terms of equal keys
     * (mostly it alone) the one of the right rank by their strings.
     */
    private static int lastKeptOfKey(int[] tiedIds, long[] tiedKeys, int ties, long key, int wanted,
                                     DocumentFrequencies vocabulary, Scratch scratch) {
        int below = 0;
        int equal = 0;
        int[] sameKey = scratch.sameKey(ties);
        for (int t = 0; t < ties; t++) {
            if (tiedKeys[t] < key) {
                below++;
            } else if (tiedKeys[t] == key) {
                sameKey[equal++] = tiedIds[t];
            }
        }
        // insertion sort by the strings: equal keys are few
        for (int i = 1; i < equal; i++) {
            int term = sameKey[i];
            int j = i;
            while (j > 0 && vocabulary.compareTerms(sameKey[j - 1], term) > 0) {
                sameKey[j] = sameKey[j - 1];
                j--;
            }
            sameKey[j] = term;
        }
        return sameKey[wanted - 1 - below];
    }

    /**
     * The weight of this rank in ascending order. Weights are finite and never −0, so their bits, with
     * the negative ones' flipped, order them as a sort would.
     */
    private static double cutoff(double[] weights, int n, int rank, Scratch scratch) {
        long[] bits = scratch.values(n);
        for (int k = 0; k < n; k++) {
            bits[k] = sortable(Double.doubleToRawLongBits(weights[k]));
        }
        return Double.longBitsToDouble(sortable(select(bits, n, rank, scratch)));
    }

    /** A double's bits ordered as signed longs, and back: the transformation is its own inverse. */
    private static long sortable(long bits) {
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /**
     * The value of this rank (0 the smallest) among the first {@code n} values, which it reorders: a
     * most-significant-digit radix selection over the range the values span, each pass counting the
     * values by their next {@value #DIGIT_BITS} bits and keeping the bucket of the rank. Its passes
     * have none of the unpredictable branches of a quickselect's comparisons. It counts in the scratch's
     * counts.
     */
    static long select(long[] values, int n, int rank, Scratch scratch) {
        int[] counts = scratch.counts;
        int m = n;
        int wanted = rank;
        while (true) {
            long min = values[0];
            long max = values[0];
            for (int k = 1; k < m; k++) {
                min = Math.min(min, values[k]);
                max = Math.max(max, values[k]);
            }
            if (min == max) {
                return min;
            }
            // differences as unsigned: they span at most 2^64 − 1
            int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(max - min) - DIGIT_BITS);
            Arrays.fill(counts, 0);
            for (int k = 0; k < m; k++) {
                counts[(int) ((values[k] - min) >>> shift)]++;
            }
            int bucket = 0;
            while (wanted >= counts[bucket]) {
                wanted -= counts[bucket++];
            }
            int kept = 0;
            for (int k = 0; k < m; k++) {
                long value = values[k];
                values[kept] = value;
                kept += (int) ((value - min) >>> shift) == bucket ? 1 : 0;
            }
            m = kept;
        }
    }

    /**
     * Working arrays of one selection at a time, reused from call to call, as the vocabulary's other
     * working arrays are ({@link DocumentFrequencies}): their contents are stale, their length at least
     * what was asked for.
     */
    static final class Scratch {

        private final int[] counts = new int[1 << DIGIT_BITS];
        private long[] values = new long[0];
        private long[] tiedKeys = new long[0];
        private int[] tiedIds = new int[0];
        private int[] sameKey = new int[0];

        /** The values to select from (a selection reorders them). */
        long[] values(int n) {
            values = WorkingArrays.atLeast(values, n);
            return values;
        }

        long[] tiedKeys(int n) {
            tiedKeys = WorkingArrays.atLeast(tiedKeys, n);
            return tiedKeys;
        }

        int[] tiedIds(int n) {
            tiedIds = WorkingArrays.atLeast(tiedIds, n);
            return tiedIds;
        }

        int[] sameKey(int n) {
            sameKey = WorkingArrays.atLeast(sameKey, n);
            return sameKey;
        }
    }
}
