package io.newsflow.aggregate.cluster;

import java.util.Arrays;

/**
 * The vocabulary and its document frequencies, maintained online, for inverse document frequency.
 * Each term gets a small integer id on first sight, so vectors are arrays compared by merging, and
 * the vocabulary keeps one copy of each term's string for all the stories that use it. Terms are found
 * in an open-addressing table whose slot holds the term's hash and id and, for a term of up to eight
 * Latin-1 characters (most words), the characters themselves; a longer term is compared with a copy
 * of all terms in one character pool, in id order. A lookup of a word thus reads its slot only, not the
 * id's string object and its array, each a cache miss in a vocabulary of a million terms.
 */
final class DocumentFrequencies {

    private static final long NO_TERM = 0;
    /** What {@link #packed} gives a term that does not fit in a slot. */
    private static final long UNPACKED = 0;

    /**
     * Two longs per slot: (hash << 32) | (id + 1), NO_TERM where empty; then the term {@link #packed}.
     * Half full at most.
     */
    private long[] table = new long[2 << 13];
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
        long packed = packed(term);
        int slot = slotOf(term, hash, packed);
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
        table[slot + 1] = packed;
        if (2 * size > table.length / 2) {
            grow();
        }
        return id;
    }

    /** The index of the term's slot in the table, or of the empty slot where it would go. */
    private int slotOf(String term, int hash, long packed) {
        int mask = table.length - 2;
        for (int slot = ((hash * 0x9E3779B9) >>> shift) << 1; ; slot = (slot + 2) & mask) {
            long entry = table[slot];
            if (entry == NO_TERM || ((int) (entry >>> 32) == hash && matches(term, packed, slot))) {
                return slot;
            }
        }
    }

    /** Whether the term, {@link #packed} as given, is the one in this (occupied) slot. */
    private boolean matches(String term, long packed, int slot) {
        long stored = table[slot + 1];
        if (packed != UNPACKED) {
            // the same characters pack the same: a term that packs equals no term that does not
            return stored == packed;
        }
        return stored == UNPACKED && matches(term, (int) table[slot] - 1);
    }

    /**
     * Up to eight characters from 1 to 255, one byte each (the first character nonzero, so distinct
     * terms pack distinctly); UNPACKED for any other term.
     */
    private static long packed(String term) {
        int length = term.length();
        if (length > Long.BYTES) {
            return UNPACKED;
        }
        long packed = 0;
        for (int k = 0; k < length; k++) {
            char c = term.charAt(k);
            if (c == 0 || c > 0xFF) {
                return UNPACKED;
            }
            packed = (packed << Byte.SIZE) | c;
        }
        return packed;
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
        int mask = table.length - 2;
        for (int k = 0; k < old.length; k += 2) {
            long entry = old[k];
            if (entry != NO_TERM) {
                int slot = (((int) (entry >>> 32) * 0x9E3779B9) >>> shift) << 1;
                while (table[slot] != NO_TERM) {
                    slot = (slot + 2) & mask;
                }
                table[slot] = entry;
                table[slot + 1] = old[k + 1];
            }
        }
    }

    /** The vocabulary's own copy of the term. */
    String canonical(String term) {
        return terms[id(term)];
    }

    /** The term's id, or −1 for a term not seen so far (without giving it one). */
    int find(String term) {
        long entry = table[slotOf(term, term.hashCode(), packed(term))];
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
