package io.newsflow.aggregate.cluster;

import java.util.Arrays;

/**
 * The vocabulary and its document frequencies, maintained online, for inverse document frequency.
 * Each term gets a small integer id on first sight, so vectors are arrays compared by merging, and
 * the vocabulary keeps one copy of each term's string for all the stories that use it. Terms are found
 * in an open-addressing table of (hash, id) pairs whose characters are compared with a copy of all terms
 * in one character pool, in id order: a lookup reads its slot and the pool, not the id's string object
 * and its array, each a cache miss in a vocabulary of a million terms. Ids follow first sight, so the
 * common words, seen first, lie close together in the pool.
 */
final class DocumentFrequencies {

    private static final long NO_TERM = 0;

    /** (hash << 32) | (id + 1) per slot, NO_TERM where empty; half full at most. */
    private long[] table = new long[1 << 13];
    private int shift = Integer.SIZE - 13;
    /** The characters of all terms in id order: term id's from starts[id] to starts[id + 1]. */
    private char[] pool = new char[1 << 15];
    private int[] starts = new int[(1 << 12) + 1];
    private String[] terms = new String[1 << 12];
    private int size;
    private long[] counts = new long[1 << 12];
    private long documents;

    /** The term's id, given on first sight. */
    int id(String term) {
        int hash = term.hashCode();
        int slot = slotOf(term, hash);
        if (table[slot] != NO_TERM) {
            return (int) table[slot] - 1;
        }
        int id = size++;
        if (id == terms.length) {
            terms = Arrays.copyOf(terms, id * 2);
            counts = Arrays.copyOf(counts, id * 2);
            starts = Arrays.copyOf(starts, id * 2 + 1);
        }
        terms[id] = term;
        pool(id, term);
        table[slot] = ((long) hash << 32) | (id + 1L);
        if (2 * size > table.length) {
            grow();
        }
        return id;
    }

    /** The term's slot, or the empty slot where it would go. */
    private int slotOf(String term, int hash) {
        int mask = table.length - 1;
        for (int slot = (hash * 0x9E3779B9) >>> shift; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == NO_TERM || ((int) (entry >>> 32) == hash && matches(term, (int) entry - 1))) {
                return slot;
            }
        }
    }

    /** Whether the term is the one of this id. */
    private boolean matches(String term, int id) {
        int start = starts[id];
        int length = starts[id + 1] - start;
        if (length != term.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (pool[start + k] != term.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Appends the characters of the newest term to the pool. */
    private void pool(int id, String term) {
        int start = starts[id];
        int end = start + term.length();
        if (end > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, end));
        }
        term.getChars(0, term.length(), pool, start);
        starts[id + 1] = end;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        shift--;
        int mask = table.length - 1;
        for (long entry : old) {
            if (entry != NO_TERM) {
                int slot = ((int) (entry >>> 32) * 0x9E3779B9) >>> shift;
                while (table[slot] != NO_TERM) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = entry;
            }
        }
    }

    /** The vocabulary's own copy of the term. */
    String canonical(String term) {
        return terms[id(term)];
    }

    /** The term's id, or −1 for a term not seen so far (without giving it one). */
    int find(String term) {
        long entry = table[slotOf(term, term.hashCode())];
        return entry == NO_TERM ? -1 : (int) entry - 1;
    }

    /** The term of an id. */
    String term(int id) {
        return terms[id];
    }

    void restore(String term, long count) {
        counts[id(term)] = count;
    }

    void restoreDocuments(long count) {
        documents = count;
    }

    /** Counts a document's distinct term ids once each. */
    void add(int[] documentTerms) {
        documents++;
        for (int id : documentTerms) {
            counts[id]++;
        }
    }

    /** Smoothed idf: rare terms weigh more, and a term unseen so far weighs most. */
    double idf(int id) {
        return Math.log((documents + 1.0) / (counts[id] + 1.0)) + 1.0;
    }

    long count(String term) {
        int id = find(term);
        return id < 0 ? 0 : counts[id];
    }

    /** Terms in the vocabulary: every id is below. */
    int size() {
        return size;
    }

    long documents() {
        return documents;
    }
}
