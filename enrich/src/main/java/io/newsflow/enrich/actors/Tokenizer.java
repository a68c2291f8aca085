package io.newsflow.enrich.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words (runs of letters, marks and digits) and keeps the separator before each, so
 * that "U.S." matches a dictionary "U.S." but "South. Korea" does not match "South Korea".
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int i = 0;
        int gapStart = 0;
        while (i < text.length()) {
            if (isWordChar(text.charAt(i))) {
                int start = i;
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                tokens.add(new Token(word, foldGap(text, gapStart, start), start, i));
                gapStart = i;
            } else {
                i++;
            }
        }
        return tokens;
    }

    /** The word in upper case; ASCII words (nearly all) without the locale machinery. */
    static String upper(String word) {
        int n = word.length();
        int i = 0;
        while (i < n) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 0x80) {
                break;
            }
            i++;
        }
        if (i == n) {
            return word;
        }
        char[] out = new char[n];
        for (int j = 0; j < n; j++) {
            char c = word.charAt(j);
            if (c >= 0x80) {
                return word.toUpperCase(Locale.ROOT);
            }
            out[j] = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
        }
        return new String(out);
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The separator with whitespace and hyphen runs folded to one space and typographic apostrophes made plain. */
    private static String foldGap(String text, int from, int to) {
        if (to - from == 1 && text.charAt(from) == ' ') {
            return " "; // by far the most common separator: no copy
        }
        if (to == from) {
            return "";
        }
        if (to - from == 2 && text.charAt(from + 1) == ' ') {
            switch (text.charAt(from)) {
                case ',': return ", ";
                case '.': return ". ";
                case ';': return "; ";
                case ':': return ": ";
                default: break;
            }
        }
        StringBuilder gap = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            // a hyphen joins like a space: "Secretary-General" is "Secretary General", "Kim Jong-un" "Kim Jong Un"
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '-' || c == '\u2010' || c == '\u2011') {
                if (gap.length() == 0 || gap.charAt(gap.length() - 1) != ' ') {
                    gap.append(' ');
                }
            } else {
                gap.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
            }
        }
        return gap.toString();
    }
}
