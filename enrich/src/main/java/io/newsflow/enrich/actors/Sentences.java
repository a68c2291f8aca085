package io.newsflow.enrich.actors;

import java.util.List;
import java.util.Set;

/**
 * The sentences of a tokenized text: the sentence number of each token, and which sentences are headlines
 * (mostly in capitals) or titles (every longer word capitalized), which yield no unknown names. A sentence
 * ends at "!", "?", ";", a period not after an abbreviation or initial, or a blank line.
 */
final class Sentences {

    /** Words that end an abbreviation, so a period after them ends no sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("MR", "MRS", "MS", "DR", "ST", "GEN", "LT", "COL", "SGT",
            "REP", "SEN", "GOV", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
            "NO", "VS", "JR", "SR", "INC", "CORP", "CO", "LTD", "PROF", "REV", "ADM", "CAPT", "MAJ", "CMDR", "GOVT");

    private final int[] ids;
    private final boolean[] headline;

    private Sentences(int[] ids, boolean[] headline) {
        this.ids = ids;
        this.headline = headline;
    }

    static Sentences of(String text, List<Token> tokens) {
        int[] ids = new int[tokens.size()];
        // at most one sentence per token, plus one for an empty text
        boolean[] headline = new boolean[tokens.size() + 1];
        int id = 0;
        int caps = 0;
        int capitalized = 0;
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (i > 0 && endsSentence(text, tokens, i)) {
                headline[id] = isHeadline(caps, capitalized, words);
                id++;
                caps = 0;
                capitalized = 0;
                words = 0;
            }
            ids[i] = id;
            // words of four letters or more decide: "in", "the", "'s" stay lower case in titles
            if (Character.isLetter(token.text().charAt(0)) && token.text().length() >= 4) {
                words++;
                caps += token.isAllCaps() ? 1 : 0;
                capitalized += Character.isUpperCase(token.text().charAt(0)) ? 1 : 0;
            }
        }
        headline[id] = isHeadline(caps, capitalized, words);
        return new Sentences(ids, headline);
    }

    /** The sentence number of token i. */
    int of(int i) {
        return ids[i];
    }

    /** Number of sentence numbers in use (an upper bound). */
    int count() {
        return headline.length;
    }

    /** Whether token i's sentence is a headline in capitals or a title. */
    boolean isHeadline(int i) {
        return headline[ids[i]];
    }

    /**
     * Mostly in capitals ("RUSSIA AND NORTH KOREA SIGN PACT"), or every longer word capitalized ("North Korea's
     * Involvement in the Conflict").
     */
    private static boolean isHeadline(int caps, int capitalized, int words) {
        return words >= 3 && (caps * 5 >= words * 3 || capitalized == words);
    }

    private static boolean endsSentence(String text, List<Token> tokens, int i) {
        String gap = tokens.get(i).gap();
        if (gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0 || gap.indexOf(';') >= 0) {
            return true;
        }
        Token previous = tokens.get(i - 1);
        if (gap.indexOf('.') >= 0) {
            return previous.text().length() > 1 && !ABBREVIATIONS.contains(previous.key());
        }
        int newlines = 0;
        for (int c = previous.end(); c < tokens.get(i).start(); c++) {
            newlines += text.charAt(c) == '\n' ? 1 : 0;
        }
        return newlines >= 2; // a blank line ends a headline or paragraph without a period
    }
}
