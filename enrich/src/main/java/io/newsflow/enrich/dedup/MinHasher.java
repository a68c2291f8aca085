package io.newsflow.enrich.dedup;

/**
 * One-permutation MinHash with optimal densification (Shrivastava, ICML 2017): each shingle hash is
 * hashed once, into one of {@code size} bins by its high bits, and each bin keeps its smallest hash;
 * an empty bin borrows the value of the first non-empty bin on its own fixed pseudo-random probe
 * sequence. For two sets the probability that a position agrees is their Jaccard similarity, as with
 * {@code size} independent permutations, at the cost of one pass instead of {@code size} passes.
 */
public final class MinHasher {

    private final int size;

    /** A hasher producing signatures of {@code size} values. */
    public MinHasher(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("signature size must be positive, was " + size);
        }
        this.size = size;
    }

    /** The number of values per signature. */
    public int size() {
        return size;
    }

    /** The signature of a non-empty set of shingle hashes. */
    public long[] signature(long[] shingles) {
        if (shingles.length == 0) {
            throw new IllegalArgumentException("a signature needs at least one shingle");
        }
        long[] bins = new long[size];
        boolean[] filled = new boolean[size];
        for (long h : shingles) {
            int bin = (int) (((h >>> 32) * size) >>> 32);
            if (!filled[bin] || Long.compareUnsigned(h, bins[bin]) < 0) {
                bins[bin] = h;
                filled[bin] = true;
            }
        }
        // borrowing reads filled bins only, so empty bins can be filled in place
        for (int bin = 0; bin < size; bin++) {
            if (!filled[bin]) {
                bins[bin] = borrow(bin, bins, filled);
            }
        }
        return bins;
    }

    private long borrow(int bin, long[] bins, boolean[] filled) {
        for (long attempt = 1; ; attempt++) {
            long probe = Shingles.mix(((long) bin << 32) ^ attempt ^ 0x5bd1e995L);
            int source = (int) (((probe >>> 32) * size) >>> 32);
            if (filled[source]) {
                // mixing in the borrowing bin keeps two borrowed positions from being copies of one value
                return Shingles.mix(bins[source] ^ (bin * 0x9E3779B97F4A7C15L));
            }
        }
    }
}
