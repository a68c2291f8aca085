package io.newsflow.aggregate.cluster;

/**
 * A 63-bit key of a string's first characters that orders strings as {@link String#compareTo} does
 * wherever keys differ: a smaller key means a smaller string, and equal keys leave the strings to compare.
 * Retrieval breaks ties among thousands of stories by id, and trimming a centroid breaks ties among
 * hundreds of terms alphabetically; with the keys in an array both read a string only when keys are equal.
 */
final class IdOrder {

    private static final int CHARS = 9;
    private static final int BITS = 7;
    /** A character from here on is cut to this digit and ends the key: the rest is left to the ids. */
    private static final int CUT = (1 << BITS) - 1;

    private IdOrder() {
    }

    /** The key: one 7-bit digit per character, 0 past the end. */
    static long key(String id) {
        long key = 0;
        boolean cut = false;
        for (int k = 0; k < CHARS; k++) {
            int digit = 0;
            if (!cut && k < id.length()) {
                digit = Math.min(id.charAt(k), CUT);
                cut = digit == CUT;
            }
            key = (key << BITS) | digit;
        }
        return key;
    }
}
