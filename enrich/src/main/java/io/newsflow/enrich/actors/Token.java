package io.newsflow.enrich.actors;

/**
 * A word of a text with what separates it from the word before.
 *
 * @param text  the word: letters, marks and digits
 * @param key   the word in upper case, the key it is looked up by
 * @param gap   the separator before it, whitespace and hyphens folded to one space ("" at the start)
 * @param start index of its first character in the text
 * @param end   index after its last character
 */
record Token(String text, String key, String gap, int start, int end) {

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
}
