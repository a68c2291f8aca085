package io.newsflow.enrich.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trie over the words of every dictionary name, built once: finds the longest name starting at a
 * word in one walk. Matching is case-sensitive ("US" is not "us"), except that a word in all capitals
 * also matches a name's word ignoring case, for all-caps headlines.
 */
final class NameTrie {

    private static final class Node {
        private final Map<String, Node> exact = new HashMap<>();
        private final Map<String, Node> upper = new HashMap<>();
        private DictionaryEntry entry;
        private String trailing = "";
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

    /** Adds a name; a later entry for the same name replaces the earlier one. */
    void add(String name, DictionaryEntry entry) {
        List<Token> words = Tokenizer.tokenize(name);
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        for (int i = 0; i < words.size(); i++) {
            String key = edge(i == 0 ? "" : words.get(i).gap(), words.get(i).text());
            String upperKey = key.toUpperCase(Locale.ROOT);
            Node child = node.exact.computeIfAbsent(key, k -> new Node());
            node.upper.putIfAbsent(upperKey, child);
            node = child;
        }
        node.entry = entry;
        node.trailing = name.substring(words.get(words.size() - 1).end()).strip();
    }

    /** The longest name starting at word {@code first}, or null. */
    Match longestAt(List<Token> tokens, int first) {
        Node node = root;
        Match best = null;
        for (int i = first; i < tokens.size() && node != null; i++) {
            Token token = tokens.get(i);
            String key = edge(i == first ? "" : token.gap(), token.text());
            Node next = node.exact.get(key);
            if (next == null && inCapitals(tokens, i, first)) {
                next = node.upper.get(key.toUpperCase(Locale.ROOT));
            }
            node = next;
            if (node != null && node.entry != null) {
                best = new Match(node.entry, first, i, node.trailing);
            }
        }
        return best;
    }

    /** An all-caps word, or a single capital inside an all-caps name ("PEOPLE'S", "D'IVOIRE"). */
    private static boolean inCapitals(List<Token> tokens, int i, int first) {
        Token token = tokens.get(i);
        return token.isAllCaps() || i > first && token.text().length() == 1
                && Character.isUpperCase(token.text().charAt(0)) && tokens.get(i - 1).isAllCaps();
    }

    private static String edge(String gap, String word) {
        return gap + "\u0000" + word;
    }
}
