package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SpreadVectorTest {

    private final DocumentFrequencies vocabulary = new DocumentFrequencies();
    private final SpreadVector scratch = new SpreadVector();

    @Test
    void spreadCosinesEqualMergedCosinesToTheLastBit() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            SparseVector article = randomVector(random, 300);
            SparseVector spread = article.spreadOver(scratch);
            for (int candidate = 0; candidate < 5; candidate++) {
                SparseVector centroid = randomVector(random, 1 + random.nextInt(300));

                assertThat(spread.cosine(centroid)).isEqualTo(article.cosine(centroid));
            }
        }
    }

    @Test
    void clearingTakesBackTheLoadedVector() {
        SparseVector first = vector(Map.of("quake", 2.0, "peru", 1.0));
        SparseVector second = vector(Map.of("flood", 1.0));
        SparseVector centroid = vector(Map.of("quake", 1.0, "flood", 1.0));

        first.spreadOver(scratch);
        scratch.clear();
        SparseVector spread = second.spreadOver(scratch);

        assertThat(spread.cosine(centroid)).isEqualTo(second.cosine(centroid)).isGreaterThan(0);
        assertThat(spread.cosine(vector(Map.of("quake", 1.0)))).isZero();
    }

    @Test
    void aVectorOfNoTermsHasCosineZero() {
        SparseVector spread = vector(Map.of()).spreadOver(scratch);

        assertThat(spread.cosine(vector(Map.of("quake", 1.0)))).isZero();
    }

    /** Terms from a vocabulary of 5,000, so vectors share some; a new vocabulary grows while drawing. */
    private SparseVector randomVector(SplittableRandom random, int terms) {
        Map<String, Double> weights = new TreeMap<>();
        while (weights.size() < terms) {
            weights.put("t" + random.nextInt(5000), random.nextDouble());
        }
        return vector(weights);
    }

    private SparseVector vector(Map<String, Double> weights) {
        return TermVector.of(weights, vocabulary).weighted();
    }
}
