package io.newsflow.enrich.dedup;

import java.util.Arrays;
import java.util.Locale;

/**
 * The shingle set of a text, as 64-bit hashes: the text lower-cased, split into runs of Unicode word
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

    private Shingles() {
    }

    /** The distinct shingle hashes of a text, sorted as unsigned values. */
    public static long[] of(String text) {
        long[] tokens = tokenHashes(text.toLowerCase(Locale.ROOT));
        int count = tokens.length < SIZE ? 1 : tokens.length - SIZE + 1;
        long[] shingles = new long[count];
        int width = Math.min(SIZE, tokens.length);
        for (int start = 0; start < count; start++) {
            long h = width;
            for (int i = 0; i < width; i++) {
                h = (h * GOLDEN) ^ tokens[start + i];
            }
            shingles[start] = mix(h);
        }
        return distinctUnsigned(shingles);
    }

    /** The hash of each word token of an already lower-cased text, in order. */
    static long[] tokenHashes(String lower) {
        long[] hashes = new long[Math.max(8, lower.length() / 5)];
        int count = 0;
        int i = 0;
        int n = lower.length();
        while (i < n) {
            int cp = lower.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            long h = FNV_OFFSET;
            while (i < n) {
                cp = lower.codePointAt(i);
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

    private static long[] distinctUnsigned(long[] values) {
        // flipping the sign bit makes signed order the unsigned order, so the primitive sort applies
        for (int i = 0; i < values.length; i++) {
            values[i] ^= Long.MIN_VALUE;
        }
        Arrays.sort(values);
        int distinct = 0;
        for (int i = 0; i < values.length; i++) {
            if (distinct == 0 || values[i] != values[distinct - 1]) {
                values[distinct++] = values[i];
            }
        }
        long[] result = Arrays.copyOf(values, distinct);
        for (int i = 0; i < result.length; i++) {
            result[i] ^= Long.MIN_VALUE;
        }
        return result;
    }
}
