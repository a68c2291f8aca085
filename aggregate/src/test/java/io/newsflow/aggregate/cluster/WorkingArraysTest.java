package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkingArraysTest {

    @Test
    void anArrayLongEnoughIsKept() {
        int[] ints = new int[8];
        long[] longs = new long[8];
        double[] doubles = new double[8];

        assertThat(WorkingArrays.atLeast(ints, 8)).isSameAs(ints);
        assertThat(WorkingArrays.atLeast(longs, 3)).isSameAs(longs);
        assertThat(WorkingArrays.atLeast(doubles, 0)).isSameAs(doubles);
    }

    @Test
    void aShortArrayIsReplacedByOneAtLeastTwiceAsLongOrAsLongAsAskedFor() {
        assertThat(WorkingArrays.atLeast(new int[8], 9)).hasSize(16);
        assertThat(WorkingArrays.atLeast(new long[8], 100)).hasSize(100);
        assertThat(WorkingArrays.atLeast(new double[0], 1)).hasSize(1);
    }
}
