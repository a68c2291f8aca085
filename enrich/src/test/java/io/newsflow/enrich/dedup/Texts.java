package io.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic article texts for the dedup tests: random words from a small vocabulary. */
final class Texts {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ner", "to", "sa", "ve", "ru", "din", "pa", "sho",
            "el", "ga", "ti", "mon", "re"};

    private Texts() {
    }

    static List<String> words(Random random, int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            int syllables = 1 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(word.toString());
        }
        return words;
    }

    static String text(Random random, int count) {
        return String.join(" ", words(random, count));
    }

    /** The text with every n-th word replaced by another random word. */
    static String edited(String text, int everyNth, Random random) {
        String[] words = text.split(" ");
        for (int i = everyNth - 1; i < words.length; i += everyNth) {
            words[i] = words(random, 1).get(0) + "x";
        }
        return String.join(" ", words);
    }
}
