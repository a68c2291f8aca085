package io.newsflow.enrich.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fingerprint of an article's normalized text: its lower-cased word tokens ({@code (?U)\w+}),
 * hashed. Two texts with the same fingerprint differ at most in case, whitespace and punctuation,
 * which is what "exact duplicate" means here.
 */
public final class TextFingerprint {

    private static final Pattern WORD = Pattern.compile("(?U)\\w+");

    private TextFingerprint() {
    }

    /** The fingerprint of a text; empty text has the fingerprint of no words. */
    public static String of(String text) {
        MessageDigest digest = sha256();
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            digest.update(words.group().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) ' ');
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
