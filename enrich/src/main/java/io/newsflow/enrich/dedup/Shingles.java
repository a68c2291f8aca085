package io.newsflow.enrich.dedup;

import java.util.Arrays;
import java.util.Locale;

/**
 * The shingles of a text, as 64-bit hashes: the text lower-cased, split into runs of Unicode word
 * characters (what {@code (?U)\w+} matches), and every run of {@value #SIZE} consecutive tokens hashed.
 * A text of fewer than {@value #SIZE} tokens has one shingle made of all its tokens (possibly none), so
 * every text has a non-empty set.
 *
 * <p>The scanner is hand-written instead of a regex because it runs once per article on the hot path
 * and hashes tokens in place without creating strings; {@code ShinglesTest} checks it against the regex.
 */
public final class Shingles {

    /** Tokens per shingle. */
    public static final int SIZE = 5;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long[] POSITION = {0x9E3779B97F4A7C15L, 0xC2B2AE3D27D4EB4FL, 0x165667B19E3779F9L,
            0xD6E8FEB86659FD93L, 0xFF51AFD7ED558CCDL};

    private Shingles() {
    }

    /**
     * The shingle hashes of a text in text order, repeated shingles repeated: MinHash needs no order and
     * no distinct values, so neither is paid for here.
     */
    public static long[] hashes(String text) {
        long[] tokens = tokenHashes(text.toLowerCase(Locale.ROOT));
        int count = tokens.length < SIZE ? 1 : tokens.length - SIZE + 1;
        long[] shingles = new long[count];
        if (tokens.length < SIZE) {
            long h = tokens.length;
            for (long token : tokens) {
                h = (h * GOLDEN) ^ token;
            }
            shingles[0] = mix(h);
            return shingles;
        }
        for (int start = 0; start < count; start++) {
            // one odd constant per position keeps the order; the products are independent, so they overlap
            long h = tokens[start] * POSITION[0] ^ tokens[start + 1] * POSITION[1] ^ tokens[start + 2] * POSITION[2]
                    ^ tokens[start + 3] * POSITION[3] ^ tokens[start + 4] * POSITION[4];
            shingles[start] = mix(h);
        }
        return shingles;
    }

    /** The hash of each word token of an already lower-cased text, in order. */
    static long[] tokenHashes(String lower) {
        long[] hashes = new long[Math.max(8, lower.length() / 5)];
        int count = 0;
        int i = 0;
        int n = lower.length();
        while (i < n) {
            int cp = codePointAt(lower, i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            long h = FNV_OFFSET;
            while (i < n) {
                cp = codePointAt(lower, i);
                if (!isWordChar(cp)) {
                    break;
                }
                h = (h ^ cp) * FNV_PRIME;
                i += Character.charCount(cp);
            }
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            hashes[count++] = mix(h);
        }
        return Arrays.copyOf(hashes, count);
    }

    private static int codePointAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isSurrogate(c) ? text.codePointAt(i) : c;
    }

    /** Whether a code point is a word character of {@code (?U)\w}. */
    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        if (Character.isAlphabetic(cp) || Character.isDigit(cp) || cp == 0x200C || cp == 0x200D) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }

    /** A strong 64-bit finalizer (MurmurHash3's fmix64), so that every output bit depends on every input bit. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
