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
    }

    /**
     * A match of a name.
     *
     * @param entry what the name stands for
     * @param first index of the name's first word
     * @param last  index of its last word
     */
    record Match(DictionaryEntry entry, int first, int last) {
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
    }

    /** The longest name starting at word {@code first}, or null. */
    Match longestAt(List<Token> tokens, int first) {
        Node node = root;
        Match best = null;
        for (int i = first; i < tokens.size() && node != null; i++) {
            Token token = tokens.get(i);
            String key = edge(i == first ? "" : token.gap(), token.text());
            Node next = node.exact.get(key);
            if (next == null && token.isAllCaps()) {
                next = node.upper.get(key.toUpperCase(Locale.ROOT));
            }
            node = next;
            if (node != null && node.entry != null) {
                best = new Match(node.entry, first, i);
            }
        }
        return best;
    }

    private static String edge(String gap, String word) {
        return gap + "\u0000" + word;
    }
}
