package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightiestTest {

    @Test
    void radixSelectionFindsTheValueOfEveryRankAsSortingDoes() {
        SplittableRandom random = new SplittableRandom(3);
        long[][] cases = {
                {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1},
                {5, 5, 5, 5},
                {42},
                random.longs(300).toArray(),
                random.longs(300, 0, 4).toArray(),
                random.longs(300, 1L << 40, (1L << 40) + 1000).toArray(),
        };
        for (long[] values : cases) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            for (int rank = 0; rank < values.length; rank++) {
                assertThat(Weightiest.select(values.clone(), values.length, rank, new Weightiest.Scratch())).isEqualTo(sorted[rank]);
            }
        }
    }

    @Test
    void theWeightiestAreKeptInTheirPositionsWithTiesToTheAlphabeticallyFirst() {
        DocumentFrequencies vocabulary = new DocumentFrequencies();
        String[] terms = {"delta", "alpha", "echo", "charlie", "bravo", "foxtrot"};
        int[] ids = Arrays.stream(terms).mapToInt(vocabulary::id).toArray();
        double[] weights = {0.5, 0.25, 0.25, 0.9, 0.25, 0.1};

        // delta and charlie weigh most; of the three at 0.25, alpha and bravo come first
        assertThat(Weightiest.positions(ids, weights, ids.length, 4, vocabulary)).containsExactly(0, 1, 3, 4);
        assertThat(Weightiest.positions(ids, weights, ids.length, 5, vocabulary)).containsExactly(0, 1, 2, 3, 4);
        assertThat(Weightiest.positions(ids, weights, ids.length, 2, vocabulary)).containsExactly(0, 3);
    }
}
