package io.newsflow.enrich.dedup;

/**
 * What near-duplicate detection keeps of an article: its LSH band hashes (to find candidates) and its
 * shingle sketch (to confirm them).
 *
 * @param bands    one hash per LSH band
 * @param shingles the shingle sketch
 */
public record ArticleSketch(long[] bands, ShingleSketch shingles) {

    /** Computes sketches with one set of parameters; immutable and thread-safe. */
    public static final class Sketcher {

        private final LshBands banding;
        private final MinHasher hasher;
        private final int capacity;

        /** A sketcher for these parameters. */
        public Sketcher(DedupParams params) {
            this.banding = params.banding();
            this.hasher = new MinHasher(banding.signatureSize());
            this.capacity = params.sketchCapacity();
        }

        /** The sketch of an article text. */
        public ArticleSketch sketch(String text) {
            long[] shingles = Shingles.hashes(text);
            return new ArticleSketch(banding.bandHashes(hasher.signature(shingles)),
                    ShingleSketch.of(shingles, capacity));
        }

        /** The band hashes alone: what finding candidates needs. */
        public long[] bands(String text) {
            return banding.bandHashes(hasher.signature(Shingles.hashes(text)));
        }
    }
}
