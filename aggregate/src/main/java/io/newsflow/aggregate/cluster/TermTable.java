package io.newsflow.aggregate.cluster;

import java.util.Arrays;

/**
 * Term → id in an open-addressing table whose slot holds the term's hash and id and, for a term of up
 * to eight Latin-1 characters (most words), the characters themselves; a longer term is compared with
 * its copy in the vocabulary's {@link TermPool}. Looking up a word thus reads its slot only, not a
 * string object and its array, each a cache miss in a vocabulary of a million terms.
 */
final class TermTable {

    /** What {@link #find} returns for a term not in the table. */
    static final int ABSENT = -1;
    private static final long NO_TERM = 0;
    /** What {@link #packed} gives a term that does not fit in a slot. */
    private static final long UNPACKED = 0;
    /** What {@link #atHome} returns for a term that its home slot does not settle. */
    private static final int UNSETTLED = -2;

    private final TermPool pool;
    /**
     * Two longs per slot: (hash << 32) | (id + 1), NO_TERM where empty; then the term {@link #packed}.
     * Half full at most.
     */
    private long[] slots;
    private int shift;
    private int size;

    /** An empty table of {@code 1 << bits} slots, which doubles whenever it is half full. */
    TermTable(TermPool pool, int bits) {
        this.pool = pool;
        this.slots = new long[2 << bits];
        this.shift = Integer.SIZE - bits;
    }

    /** The term's id, or ABSENT. */
    int find(String term, int hash, long packed) {
        long entry = slots[slotOf(term, hash, packed)];
        return entry == NO_TERM ? ABSENT : (int) entry - 1;
    }

    /**
     * Looks up many terms: {@code ids[k]} becomes the id of {@code terms[k]}, or ABSENT, for every k with
     * {@code ids[k] == ABSENT} on entry (the others are left). First the home slot of each term is read in
     * one tight pass of loads independent of each other, so the processor overlaps their cache misses
     * where one lookup after the other would wait for each; a term not settled by its home slot (another
     * term there, or a term too long to pack) is then looked up as by {@link #find}, mostly in a cached line.
     */
    void findAll(String[] terms, int[] hashes, long[] packed, int[] ids) {
        for (int k = 0; k < terms.length; k++) {
            if (ids[k] == ABSENT) {
                ids[k] = atHome(hashes[k], packed[k]);
            }
        }
        for (int k = 0; k < terms.length; k++) {
            if (ids[k] == UNSETTLED) {
                ids[k] = find(terms[k], hashes[k], packed[k]);
            }
        }
    }

    /** The packed term's id when its home slot holds it, ABSENT when that slot is empty, else UNSETTLED. */
    private int atHome(int hash, long packed) {
        int slot = ((hash * 0x9E3779B9) >>> shift) << 1;
        long entry = slots[slot];
        boolean here = (int) (entry >>> 32) == hash & slots[slot + 1] == packed & packed != UNPACKED;
        return here ? (int) entry - 1 : entry == NO_TERM ? ABSENT : UNSETTLED;
    }

    /** Adds a term that is not in the table. */
    void add(String term, int hash, long packed, int id) {
        int slot = slotOf(term, hash, packed);
        slots[slot] = ((long) hash << 32) | (id + 1L);
        slots[slot + 1] = packed;
        size++;
        if (2 * size > slots.length / 2) {
            grow();
        }
    }

    /** Terms in the table. */
    int size() {
        return size;
    }

    /** The index of the term's slot, or of the empty slot where it would go. */
    private int slotOf(String term, int hash, long packed) {
        int mask = slots.length - 2;
        for (int slot = ((hash * 0x9E3779B9) >>> shift) << 1; ; slot = (slot + 2) & mask) {
            long entry = slots[slot];
            if (entry == NO_TERM || ((int) (entry >>> 32) == hash && matches(term, packed, slot))) {
                return slot;
            }
        }
    }

    /** Whether the term, {@link #packed} as given, is the one in this (occupied) slot. */
    private boolean matches(String term, long packed, int slot) {
        long stored = slots[slot + 1];
        if (packed != UNPACKED) {
            // the same characters pack the same: a term that packs equals no term that does not
            return stored == packed;
        }
        return stored == UNPACKED && pool.matches(term, (int) slots[slot] - 1);
    }

    /**
     * Up to eight characters from 1 to 255, one byte each (none is 0, so distinct terms pack distinctly);
     * UNPACKED for any other term.
     */
    static long packed(String term) {
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

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        shift--;
        int mask = slots.length - 2;
        for (int k = 0; k < old.length; k += 2) {
            long entry = old[k];
            if (entry != NO_TERM) {
                int slot = (((int) (entry >>> 32) * 0x9E3779B9) >>> shift) << 1;
                while (slots[slot] != NO_TERM) {
                    slot = (slot + 2) & mask;
                }
                slots[slot] = entry;
                slots[slot + 1] = old[k + 1];
            }
        }
    }

    /** The characters of all terms in id order, one array for all: term id's from starts[id] to starts[id + 1]. */
    static final class TermPool {

        private char[] chars = new char[1 << 15];
        private int[] starts = new int[(1 << 12) + 1];
        private int size;

        /** Appends the characters of the term of the next id. */
        void append(String term) {
            if (size + 1 == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            int start = starts[size];
            int end = start + term.length();
            if (end > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, end));
            }
            term.getChars(0, term.length(), chars, start);
            starts[++size] = end;
        }

        /** Whether the term is the one of this id. */
        boolean matches(String term, int id) {
            int start = starts[id];
            int length = starts[id + 1] - start;
            if (length != term.length()) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                if (chars[start + k] != term.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }
}
