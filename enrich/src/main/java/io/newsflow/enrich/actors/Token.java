package io.newsflow.enrich.actors;

/**
 * A word of a text with what separates it from the word before. Its upper-case key is made only when
 * asked for: most words are lower case and are looked up as written.
 */
final class Token {

    private final String text;
    private final String gap;
    private final int start;
    private final int end;
    private String key;

    /**
     * @param text  the word: letters, marks and digits
     * @param gap   the separator before it, whitespace and hyphens folded to one space ("" at the start)
     * @param start index of its first character in the text
     * @param end   index after its last character
     */
    Token(String text, String gap, int start, int end) {
        this.text = text;
        this.gap = gap;
        this.start = start;
        this.end = end;
    }

    String text() {
        return text;
    }

    /** The word in upper case, the key it is looked up by. */
    String key() {
        if (key == null) {
            key = Tokenizer.upper(text);
        }
        return key;
    }

    String gap() {
        return gap;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** Whether the word is written in capitals only (an all-caps headline), and has more than one letter. */
    boolean isAllCaps() {
        if (text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word starts with a capital letter or a digit. */
    boolean isCapitalized() {
        char c = text.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** Whether the word starts with a lower-case letter. */
    boolean isLowerCase() {
        return Character.isLowerCase(text.charAt(0));
    }

    /** Whether the word is ASCII lower-case letters only, so its lower-case form is itself. */
    boolean isPlainLowerCase() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
