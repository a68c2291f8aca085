package io.newsflow.aggregate.cluster;

/**
 * An idf-weighted term vector: term ids in ascending order with their weights and the norm, computed
 * once and compared many times by merging the two id arrays (no hashing).
 */
final class SparseVector {

    private static final int IMPACT_SCALE = 1024;

    private final int[] ids;
    private final double[] weights;
    private final double norm;
    private final DocumentFrequencies vocabulary;
    /** This vector spread over the vocabulary while it is scored with candidates, else null. */
    private final SpreadVector spread;

    private SparseVector(int[] ids, double[] weights, DocumentFrequencies vocabulary) {
        this.ids = ids;
        this.weights = weights;
        this.vocabulary = vocabulary;
        this.spread = null;
        double squares = 0;
        for (double w : weights) {
            squares += w * w;
        }
        this.norm = Math.sqrt(squares);
    }

    private SparseVector(SparseVector vector, SpreadVector spread) {
        this.ids = vector.ids;
        this.weights = vector.weights;
        this.vocabulary = vector.vocabulary;
        this.norm = vector.norm;
        this.spread = spread;
    }

    /** Each term's weight times its idf; {@code ids} ascending (shared, not copied). */
    static SparseVector of(int[] ids, double[] raw, DocumentFrequencies frequencies) {
        double[] weights = new double[ids.length];
        for (int k = 0; k < ids.length; k++) {
            weights[k] = raw[k] * frequencies.idf(ids[k]);
        }
        return new SparseVector(ids, weights, frequencies);
    }

    /** Counts this article's terms in the document frequencies, once each. */
    void countDocument() {
        vocabulary.add(ids);
    }

    /**
     * This vector loaded into {@code scratch}, for many cosines with other vectors: the same cosines,
     * computed in one pass over the other vector; valid until the scratch is cleared or loaded again.
     */
    SparseVector spreadOver(SpreadVector scratch) {
        scratch.load(ids, weights, vocabulary.size());
        return new SparseVector(this, scratch);
    }

    /**
     * Reads the vector and the first line of each of its arrays, which the candidates' scoring then finds
     * in cache ({@link StoryClusterer}); returns what it read, for the caller to keep.
     */
    double fetch() {
        return ids.length == 0 ? norm : norm + ids[0] + weights[0];
    }

    /** Cosine similarity. */
    double cosine(SparseVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        if (spread != null) {
            return spread.dot(other.ids, other.weights) / (norm * other.norm);
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        int[] otherIds = other.ids;
        double[] otherWeights = other.weights;
        // without branches on the comparison, which the processor cannot predict
        while (i < ids.length && j < otherIds.length) {
            int a = ids[i];
            int b = otherIds[j];
            dot += a == b ? weights[i] * otherWeights[j] : 0.0;
            i += a <= b ? 1 : 0;
            j += a >= b ? 1 : 0;
        }
        return dot / (norm * other.norm);
    }

    /** The ids of the {@code limit} weightiest terms, ascending; ties by term ({@link Weightiest}). */
    int[] top(int limit) {
        int[] kept = Weightiest.positions(ids, weights, ids.length, limit, vocabulary);
        int[] top = new int[kept.length];
        for (int m = 0; m < kept.length; m++) {
            top[m] = ids[kept[m]];
        }
        return top;
    }

    /**
     * The {@code limit} weightiest terms as an index query: ids ascending, each with its weight as a
     * share of the greatest in 1,024ths (at least 1).
     */
    StoryIndex.Query query(int limit) {
        int[] kept = Weightiest.positions(ids, weights, ids.length, limit, vocabulary);
        double greatest = 0;
        for (int position : kept) {
            greatest = Math.max(greatest, weights[position]);
        }
        int[] terms = new int[kept.length];
        int[] impacts = new int[kept.length];
        for (int m = 0; m < kept.length; m++) {
            terms[m] = ids[kept[m]];
            impacts[m] = Math.max(1, (int) Math.round(IMPACT_SCALE * weights[kept[m]] / greatest));
        }
        return new StoryIndex.Query(terms, impacts);
    }
}
