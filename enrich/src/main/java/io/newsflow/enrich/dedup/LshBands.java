package io.newsflow.enrich.dedup;

/**
 * LSH banding of MinHash signatures: {@code bands} bands of {@code rows} values each; two articles are
 * candidates when all values of at least one band agree, which for Jaccard J happens with probability
 * {@code 1 - (1 - J^rows)^bands}.
 *
 * @param bands the number of bands
 * @param rows  the values per band
 */
public record LshBands(int bands, int rows) {

    private static final char[] DIGITS =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".toCharArray();

    /** Validates the shape. */
    public LshBands {
        if (bands < 1 || bands > 64 || rows < 1) {
            // at most 64 so that the bands an article shares with a candidate fit in one long mask
            throw new IllegalArgumentException("need 1..64 bands of at least one row, was " + bands + "x" + rows);
        }
    }

    /** The signature length this banding needs. */
    public int signatureSize() {
        return bands * rows;
    }

    /** The probability that a pair of Jaccard similarity {@code j} becomes a candidate. */
    public double candidateProbability(double j) {
        return 1 - Math.pow(1 - Math.pow(j, rows), bands);
    }

    /** One hash per band of a signature of {@link #signatureSize()} values. */
    public long[] bandHashes(long[] signature) {
        if (signature.length != signatureSize()) {
            throw new IllegalArgumentException("signature has " + signature.length + " values, bands need "
                    + signatureSize());
        }
        long[] hashes = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = band + 1;
            for (int row = 0; row < rows; row++) {
                h = Shingles.mix(h * 0x9E3779B97F4A7C15L ^ signature[band * rows + row]);
            }
            hashes[band] = h;
        }
        return hashes;
    }

    /** The first band in which two band-hash arrays agree, or -1 when they share none. */
    public static int firstSharedBand(long[] a, long[] b) {
        for (int band = 0; band < Math.min(a.length, b.length); band++) {
            if (a[band] == b[band]) {
                return band;
            }
        }
        return -1;
    }

    /**
     * The store key of a band: a letter and digit for the band index, then the hash in 11 base-64
     * digits; short because it is written once per article and band, and cheap to build (shifts, no
     * division).
     */
    public static String key(int band, long hash) {
        char[] key = new char[13];
        key[0] = (char) ('a' + band % 26);
        key[1] = (char) ('0' + band / 26);
        for (int i = 0; i < 11; i++) {
            key[2 + i] = DIGITS[(int) ((hash >>> (6 * i)) & 63)];
        }
        return new String(key);
    }

    /** A band's hash with its index mixed in: a key for in-process maps, where strings would cost more. */
    public static long mapKey(int band, long hash) {
        return Shingles.mix(hash ^ ((band + 1) * 0x9E3779B97F4A7C15L));
    }
}
