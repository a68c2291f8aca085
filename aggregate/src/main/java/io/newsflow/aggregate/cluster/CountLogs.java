package io.newsflow.aggregate.cluster;

/**
 * Natural logarithms of counts, the small ones from a table: an article's term counts and most terms'
 * document frequencies are small, and a table read costs less than a logarithm. The table holds what
 * {@link Math#log} gives, so a value is the same either way.
 */
final class CountLogs {

    private static final int TABLE = 1 << 12;
    private static final double[] LOGS = new double[TABLE];

    static {
        for (int n = 1; n < TABLE; n++) {
            LOGS[n] = Math.log(n);
        }
    }

    private CountLogs() {
    }

    /** ln n, for n ≥ 1. */
    static double log(long n) {
        return n < TABLE ? LOGS[(int) n] : Math.log(n);
    }
}
