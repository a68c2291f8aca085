package io.newsflow.aggregate.cluster;

import java.util.Arrays;

/**
 * Which terms of a vector weigh most: the positions of the {@code limit} weightiest, ties at the cutoff
 * going to the alphabetically first terms, so the choice does not depend on ids, which depend on history.
 * Found by quickselect of the cutoff weight and one pass, not by sorting or a heap: both orders agree.
 */
final class Weightiest {

    private Weightiest() {
    }

    /**
     * The ascending positions among the first {@code n} of the {@code limit} weightiest terms (all of them
     * when there are no more than {@code limit}).
     */
    static int[] positions(int[] ids, double[] weights, int n, int limit, DocumentFrequencies vocabulary) {
        if (n <= limit) {
            int[] all = new int[n];
            for (int k = 0; k < n; k++) {
                all[k] = k;
            }
            return all;
        }
        // the limit-th weightiest value (weights are finite and never −0, so < orders them as a sort would)
        double cutoff = select(Arrays.copyOf(weights, n), n - limit);
        int above = 0;
        int ties = 0;
        for (int k = 0; k < n; k++) {
            if (weights[k] > cutoff) {
                above++;
            } else if (weights[k] == cutoff) {
                ties++;
            }
        }
        String lastTie = ties <= limit - above ? null
                : lastKeptTie(ids, weights, n, cutoff, ties, limit - above, vocabulary);
        int[] kept = new int[limit];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (weights[k] > cutoff || (weights[k] == cutoff
                    && (lastTie == null || vocabulary.term(ids[k]).compareTo(lastTie) <= 0))) {
                kept[m++] = k;
            }
        }
        return kept;
    }

    /** The alphabetically {@code wanted}-th of the terms weighing exactly the cutoff. */
    private static String lastKeptTie(int[] ids, double[] weights, int n, double cutoff, int ties, int wanted,
                                      DocumentFrequencies vocabulary) {
        String[] tied = new String[ties];
        int t = 0;
        for (int k = 0; k < n; k++) {
            if (weights[k] == cutoff) {
                tied[t++] = vocabulary.term(ids[k]);
            }
        }
        return select(tied, wanted - 1);
    }

    /** The value of this rank in ascending order (quickselect, as for terms below). */
    private static double select(double[] values, int rank) {
        int low = 0;
        int high = values.length - 1;
        while (low < high) {
            double pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = values[i];
                    values[i++] = values[j];
                    values[j--] = t;
                }
            }
            if (rank <= j) {
                high = j;
            } else if (rank >= i) {
                low = i;
            } else {
                return values[rank];
            }
        }
        return values[rank];
    }

    /**
     * The element of this rank in ascending order (quickselect: the order of the others is left
     * scrambled). Terms are distinct, so the rank names exactly one; cheaper than sorting them all.
     */
    private static String select(String[] terms, int rank) {
        int low = 0;
        int high = terms.length - 1;
        while (low < high) {
            String pivot = terms[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (terms[i].compareTo(pivot) < 0) {
                    i++;
                }
                while (terms[j].compareTo(pivot) > 0) {
                    j--;
                }
                if (i <= j) {
                    String t = terms[i];
                    terms[i++] = terms[j];
                    terms[j--] = t;
                }
            }
            if (rank <= j) {
                high = j;
            } else if (rank >= i) {
                low = i;
            } else {
                return terms[rank];
            }
        }
        return terms[rank];
    }

}
