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
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int gapStart = 0;
        while (i < text.length()) {
            if (isWordChar(text.charAt(i))) {
                int start = i;
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                tokens.add(new Token(word, word.toUpperCase(Locale.ROOT), foldGap(text, gapStart, start), start, i));
                gapStart = i;
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The separator with whitespace and hyphen runs folded to one space and typographic apostrophes made plain. */
    private static String foldGap(String text, int from, int to) {
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
