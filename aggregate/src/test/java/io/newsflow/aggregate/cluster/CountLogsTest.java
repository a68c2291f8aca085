package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountLogsTest {

    @Test
    void givesExactlyWhatMathLogGivesInAndBeyondTheTable() {
        for (long n = 1; n < 10_000; n++) {
            assertThat(CountLogs.log(n)).as("ln %d", n).isEqualTo(Math.log(n));
        }
        assertThat(CountLogs.log(1L << 40)).isEqualTo(Math.log(1L << 40));
    }
}
