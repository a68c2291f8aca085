package io.newsflow.aggregate.cluster;

import java.util.Arrays;

/**
 * The vocabulary and its document frequencies, maintained online, for inverse document frequency.
 * Each term gets a small integer id on first sight, so vectors are arrays compared by merging, and
 * the vocabulary keeps one copy of each term's string for all the stories that use it. Terms are found
 * in an open-addressing table of (hash, id) pairs: one array read per probe, no boxed ids, a string
 * comparison only where the hash matches.
 */
final class DocumentFrequencies {

    private static final long NO_TERM = 0;

    /** (hash << 32) | (id + 1) per slot, NO_TERM where empty; half full at most. */
    private long[] table = new long[1 << 13];
    private int shift = Integer.SIZE - 13;
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
        }
        terms[id] = term;
        table[slot] = entry(hash, id);
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
            if (entry == NO_TERM || ((int) (entry >>> 32) == hash && terms[(int) entry - 1].equals(term))) {
                return slot;
            }
        }
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

    private static long entry(int hash, int id) {
        return ((long) hash << 32) | (id + 1L);
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

    long documents() {
        return documents;
    }
}
