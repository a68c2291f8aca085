package io.newsflow.enrich.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trie over the words of every dictionary name, built once: finds the longest name starting at a
 * word in one walk. Words are looked up in upper case; whether the text's casing fits is checked
 * per name at the end of the walk ({@link CaseRule}), so "US" can be the country while "us" is not.
 */
final class NameTrie {

    /** How the text must be cased for a name to match. */
    enum CaseRule {
        /**
         * As the curated dictionary writes it; a word in all capitals also matches (headlines), as does a
         * single capital inside an all-caps name ("PEOPLE'S").
         */
        EXACT,
        /**
         * A name from an all-caps shared dictionary: the first word capitalized, later words capitalized
         * unless short connectors ("of", "al"); a single short word (≤ 3 letters, "US") only in capitals.
         */
        CAPITALIZED,
        /** Any casing: role nouns and discard phrases. */
        ANY
    }

    /** Connector words that may stay lower case inside a capitalized name. */
    private static final Set<String> CONNECTORS = Set.of("OF", "THE", "AND", "DE", "DEL", "DA", "DO", "DOS", "DI", "DU",
            "LA", "LE", "EL", "AL", "BIN", "BEN", "VAN", "VON", "DER", "DEN", "FOR", "ON", "IN", "Y", "S");

    private static final class Node {
        private Map<String, Node> children;
        private List<Variant> variants;
    }

    /** A name as added: what it stands for, its words as written, its case rule and the source's priority. */
    private record Variant(DictionaryEntry entry, String[] words, CaseRule rule, int priority, String trailing) {
    }

    /**
     * A match of a name.
     *
     * @param entry    what the name stands for
     * @param first    index of the name's first word
     * @param last     index of its last word
     * @param trailing punctuation that ends the name after its last word ("." of "U.S."), else ""
     */
    record Match(DictionaryEntry entry, int first, int last, String trailing) {
    }

    private final Node root = new Node();
    /**
     * The first words that a lower-case word of a text can match (role nouns, discards, names written with a
     * lower-case first word), by their lower-case form: a lower-case word is looked up as it stands,
     * without making its upper-case key.
     */
    private final Map<String, Node> lowerCaseFirst = new HashMap<>();
    private int names;

    /**
     * Adds a name. Variants of one name are tried by priority (the curated dictionary's is higher than a
     * shared one's, so it overrides it); a later variant of the same priority, case rule, kind and spelling
     * replaces the earlier one.
     */
    void add(String name, DictionaryEntry entry, CaseRule rule, int priority) {
        List<Token> words = Tokenizer.tokenize(name);
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        String[] written = new String[words.size()];
        for (int i = 0; i < words.size(); i++) {
            written[i] = words.get(i).text();
            String key = edge(i == 0 ? null : words.get(i).gap(), words.get(i).key());
            if (node.children == null) {
                node.children = new HashMap<>(4);
            }
            node = node.children.computeIfAbsent(key, k -> new Node());
            if (i == 0 && (rule == CaseRule.ANY || Character.isLowerCase(written[0].charAt(0)))) {
                lowerCaseFirst.put(words.get(0).key().toLowerCase(java.util.Locale.ROOT), node);
            }
        }
        String trailing = name.substring(words.get(words.size() - 1).end()).strip();
        Variant variant = new Variant(entry, written, rule, priority, trailing);
        if (node.variants == null) {
            node.variants = new ArrayList<>(1);
        }
        node.variants.removeIf(v -> v.priority == priority && v.rule == rule && v.entry.kind() == entry.kind()
                && Arrays.equals(v.words, written));
        int at = 0;
        while (at < node.variants.size() && node.variants.get(at).priority >= priority) {
            at++;
        }
        node.variants.add(at, variant);
        names++;
    }

    /** Number of names added. */
    int size() {
        return names;
    }

    /** The longest name starting at word {@code first} whose casing fits the text, or null. */
    Match longestAt(List<Token> tokens, int first) {
        Token head = tokens.get(first);
        Node node = head.isPlainLowerCase() ? lowerCaseFirst.get(head.text())
                : root.children == null ? null : root.children.get(head.key());
        Match best = null;
        int i = first;
        while (node != null) {
            if (node.variants != null) {
                Variant fit = fitting(node.variants, tokens, first);
                if (fit != null) {
                    best = new Match(fit.entry, first, i, fit.trailing);
                }
            }
            i++;
            if (i >= tokens.size() || node.children == null) {
                break;
            }
            Token token = tokens.get(i);
            node = node.children.get(edge(token.gap(), token.key()));
        }
        return best;
    }

    private static Variant fitting(List<Variant> variants, List<Token> tokens, int first) {
        for (Variant variant : variants) {
            if (fits(variant, tokens, first)) {
                return variant;
            }
        }
        return null;
    }

    private static boolean fits(Variant variant, List<Token> tokens, int first) {
        return switch (variant.rule) {
            case ANY -> true;
            case EXACT -> fitsExactly(variant.words, tokens, first);
            case CAPITALIZED -> fitsCapitalized(variant.words, tokens, first);
        };
    }

    private static boolean fitsExactly(String[] words, List<Token> tokens, int first) {
        for (int j = 0; j < words.length; j++) {
            Token token = tokens.get(first + j);
            if (!token.text().equals(words[j]) && !inCapitals(tokens, first + j, first)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fitsCapitalized(String[] words, List<Token> tokens, int first) {
        Token head = tokens.get(first);
        if (!head.isCapitalized()) {
            return false;
        }
        if (words.length == 1 && words[0].length() <= 3 && !head.isAllCaps() && !Character.isDigit(words[0].charAt(0))) {
            return false;
        }
        for (int j = 1; j < words.length; j++) {
            Token token = tokens.get(first + j);
            if (token.isLowerCase() && !CONNECTORS.contains(token.key())) {
                return false;
            }
        }
        return true;
    }

    /** An all-caps word, or a single capital inside an all-caps name ("PEOPLE'S", "D'IVOIRE"). */
    private static boolean inCapitals(List<Token> tokens, int i, int first) {
        Token token = tokens.get(i);
        return token.isAllCaps() || i > first && token.text().length() == 1
                && Character.isUpperCase(token.text().charAt(0)) && tokens.get(i - 1).isAllCaps();
    }

    private static String edge(String gap, String word) {
        return gap == null ? word : gap + "\u0000" + word;
    }
}
