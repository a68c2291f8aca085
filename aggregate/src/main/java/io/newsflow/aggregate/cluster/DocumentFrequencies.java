package io.newsflow.aggregate.cluster;

import java.util.Arrays;

/**
 * The vocabulary and its document frequencies, maintained online, for inverse document frequency.
 * Each term gets a small integer id on first sight, so vectors are arrays compared by merging, and
 * the vocabulary keeps one copy of each term's string for all the stories that use it. Terms are found
 * in two {@link TermTable}s: one of the first {@value #EARLY} terms, the other of all later ones. The
 * common words of a language are among the first seen, and most of an article's words are common, so
 * most lookups stay in the small table, which stays in cache (and in the address translation buffers)
 * however large the vocabulary grows; a term first seen later costs a second lookup.
 */
final class DocumentFrequencies {

    /** Terms in the early table. */
    static final int EARLY = 1 << 16;
    /** Ids from which {@link #sortedPositions} reads a bit map rather than sorting. */
    private static final int BITMAP_SORT_FROM = 64;

    private final TermTable.TermPool pool = new TermTable.TermPool();
    private final TermTable early = new TermTable(pool, 13);
    private final TermTable late = new TermTable(pool, 13);
    private String[] terms = new String[1 << 12];
    /** Each term's {@link IdOrder} key, so that terms are mostly ordered without reading their strings. */
    private long[] orderKeys = new long[1 << 12];
    private int size;
    private long[] counts = new long[1 << 12];
    /**
     * Each term's log(count + 1), taken when its count changes: an article's idf weights then take no
     * logarithm of their own, and only this array is read for them.
     */
    private double[] logCounts = new double[1 << 12];
    private long documents;
    private double logDocuments;
    /**
     * Working arrays, reused from article to article rather than allocated for each: fresh arrays
     * for an article's hundreds of terms would march through the heap and push the stories the article is
     * compared with out of cache. Only one caller uses each at a time (one clusterer, one thread).
     */
    private int[] hashes = new int[0];
    /** Early ids present, a bit each, and where each is; cleared as they are read. */
    private long[] earlyBits;
    private int[] earlyPositions;
    private long[] packed = new long[0];
    private int[] sumIds = new int[0];
    private double[] sums = new double[0];
    private final Weightiest.Scratch selection = new Weightiest.Scratch();

    /** The term's id, given on first sight. */
    int id(String term) {
        int hash = term.hashCode();
        long packed = TermTable.packed(term);
        int id = find(term, hash, packed);
        return id != TermTable.ABSENT ? id : add(term, hash, packed);
    }

    /**
     * The ids of these distinct terms, {@code ids[k]} of {@code terms[k]}: the same as {@link #id} of one
     * term after the other (new terms get the next ids in this order), with the lookups of all the terms
     * overlapped ({@link TermTable#findAll}), which an article's hundreds of words make worth it.
     */
    int[] ids(String[] terms) {
        int n = terms.length;
        int[] hashes = hashScratch(n);
        long[] packed = packedScratch(n);
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) {
            hashes[k] = terms[k].hashCode();
            packed[k] = TermTable.packed(terms[k]);
        }
        Arrays.fill(ids, TermTable.ABSENT);
        early.findAll(terms, hashes, packed, ids);
        if (late.size() > 0) {
            late.findAll(terms, hashes, packed, ids);
        }
        for (int k = 0; k < n; k++) {
            if (ids[k] == TermTable.ABSENT) {
                ids[k] = add(terms[k], hashes[k], packed[k]);
            }
        }
        return ids;
    }

    /**
     * The positions of these distinct ids in ascending order of id. An article's hundreds of ids are mostly
     * early ones: they are set as bits of a map of the early ids and read back in order (one pass over
     * 1,024 words), which costs less than sorting them; the later ids, larger than all early ones, are sorted
     * and follow. Few ids are just sorted.
     */
    int[] sortedPositions(int[] ids) {
        int n = ids.length;
        long[] packed = packedScratch(n);
        if (n < BITMAP_SORT_FROM) {
            for (int k = 0; k < n; k++) {
                packed[k] = ((long) ids[k] << 32) | k;
            }
            Arrays.sort(packed, 0, n);
            return positionsOf(packed, n, new int[n], 0);
        }
        if (earlyBits == null) {
            earlyBits = new long[EARLY / Long.SIZE];
            earlyPositions = new int[EARLY];
        }
        int late = 0;
        for (int k = 0; k < n; k++) {
            int id = ids[k];
            if (id < EARLY) {
                earlyBits[id >>> 6] |= 1L << id;
                earlyPositions[id] = k;
            } else {
                packed[late++] = ((long) id << 32) | k;
            }
        }
        int[] order = new int[n];
        int m = 0;
        for (int w = 0; w < earlyBits.length; w++) {
            long word = earlyBits[w];
            if (word != 0) {
                earlyBits[w] = 0;
                do {
                    order[m++] = earlyPositions[(w << 6) + Long.numberOfTrailingZeros(word)];
                    word &= word - 1;
                } while (word != 0);
            }
        }
        Arrays.sort(packed, 0, late);
        return positionsOf(packed, late, order, m);
    }

    /** Appends the positions of the first {@code count} sorted (id, position) pairs to the order. */
    private static int[] positionsOf(long[] packed, int count, int[] order, int at) {
        for (int k = 0; k < count; k++) {
            order[at++] = (int) packed[k];
        }
        return order;
    }

    private int[] hashScratch(int n) {
        hashes = WorkingArrays.atLeast(hashes, n);
        return hashes;
    }

    /** A working array of at least n longs, for one use at a time (its contents are stale). */
    private long[] packedScratch(int n) {
        packed = WorkingArrays.atLeast(packed, n);
        return packed;
    }

    /** A working array of at least n ids, for summing vectors (its contents are stale). */
    int[] sumIdScratch(int n) {
        sumIds = WorkingArrays.atLeast(sumIds, n);
        return sumIds;
    }

    /** A working array of at least n weights, for summing vectors (its contents are stale). */
    double[] sumScratch(int n) {
        sums = WorkingArrays.atLeast(sums, n);
        return sums;
    }

    /** The working arrays of finding the weightiest terms of a vector ({@link Weightiest}). */
    Weightiest.Scratch selectionScratch() {
        return selection;
    }

    /** Gives a term not seen so far the next id. */
    private int add(String term, int hash, long packed) {
        int id = size++;
        if (id == terms.length) {
            terms = Arrays.copyOf(terms, id * 2);
            orderKeys = Arrays.copyOf(orderKeys, id * 2);
            counts = Arrays.copyOf(counts, id * 2);
            logCounts = Arrays.copyOf(logCounts, id * 2);
        }
        terms[id] = term;
        orderKeys[id] = IdOrder.key(term);
        pool.append(term);
        (id < EARLY ? early : late).add(term, hash, packed, id);
        return id;
    }

    private int find(String term, int hash, long packed) {
        int id = early.find(term, hash, packed);
        // while the early table takes new terms, the late one is empty
        return id != TermTable.ABSENT || late.size() == 0 ? id : late.find(term, hash, packed);
    }

    /** The vocabulary's own copy of the term. */
    String canonical(String term) {
        return terms[id(term)];
    }

    /** The term's id, or −1 for a term not seen so far (without giving it one). */
    int find(String term) {
        return find(term, term.hashCode(), TermTable.packed(term));
    }

    /** The term of an id. */
    String term(int id) {
        return terms[id];
    }

    /** The term's {@link IdOrder} key. */
    long orderKey(int id) {
        return orderKeys[id];
    }

    /** Compares two terms by id as {@link String#compareTo} compares them, reading them only on equal keys. */
    int compareTerms(int a, int b) {
        int byKey = Long.compare(orderKeys[a], orderKeys[b]);
        return byKey != 0 ? byKey : terms[a].compareTo(terms[b]);
    }

    void restore(String term, long count) {
        int id = id(term);
        counts[id] = count;
        logCounts[id] = CountLogs.log(count + 1);
    }

    void restoreDocuments(long count) {
        documents = count;
        logDocuments = CountLogs.log(count + 1);
    }

    /** Counts a document's distinct term ids once each. */
    void add(int[] documentTerms) {
        documents++;
        logDocuments = CountLogs.log(documents + 1);
        for (int id : documentTerms) {
            logCounts[id] = CountLogs.log(++counts[id] + 1);
        }
    }

    /** Smoothed idf: rare terms weigh more, and a term unseen so far weighs most. */
    double idf(int id) {
        return logDocuments - logCounts[id] + 1.0;
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
