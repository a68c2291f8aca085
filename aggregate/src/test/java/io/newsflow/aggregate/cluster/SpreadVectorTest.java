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
    void termsPastTheEarlyVocabularyGiveTheSameCosinesToTheLastBit() {
        for (int k = 0; k < DocumentFrequencies.EARLY; k++) {
            vocabulary.id("early" + k);
        }
        SplittableRandom random = new SplittableRandom(9);
        for (int round = 0; round < 200; round++) {
            // a few or many later terms, and some articles with none
            SparseVector article = mixedVector(random, 300, random.nextInt(4) * random.nextInt(150));
            SparseVector spread = article.spreadOver(scratch);
            for (int candidate = 0; candidate < 5; candidate++) {
                SparseVector centroid = mixedVector(random, 1 + random.nextInt(300), random.nextInt(100));

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

    /** Early terms from 2,000, later ones from 3,000 terms given ids past the early vocabulary. */
    private SparseVector mixedVector(SplittableRandom random, int terms, int later) {
        Map<String, Double> weights = new TreeMap<>();
        while (weights.size() < terms - later) {
            weights.put("early" + random.nextInt(2000), random.nextDouble());
        }
        while (weights.size() < terms) {
            weights.put("later" + random.nextInt(3000), random.nextDouble());
        }
        return vector(weights);
    }

    private SparseVector vector(Map<String, Double> weights) {
        return TermVector.of(weights, vocabulary).weighted();
    }
}
