package io.newsflow.aggregate.cluster;

/**
 * Growing the working arrays that are reused from article to article ({@link DocumentFrequencies},
 * {@link Weightiest.Scratch}): an array is kept while it is long enough, else replaced by one at least
 * twice as long, whose contents are as stale as the old one's.
 */
final class WorkingArrays {

    private WorkingArrays() {
    }

    static int[] atLeast(int[] array, int n) {
        return array.length >= n ? array : new int[Math.max(n, 2 * array.length)];
    }

    static long[] atLeast(long[] array, int n) {
        return array.length >= n ? array : new long[Math.max(n, 2 * array.length)];
    }

    static double[] atLeast(double[] array, int n) {
        return array.length >= n ? array : new double[Math.max(n, 2 * array.length)];
    }
}
