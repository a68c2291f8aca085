package io.newsflow.aggregate.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary and its document frequencies, maintained online, for inverse document frequency.
 * Each term gets a small integer id on first sight, so vectors are arrays compared by merging, and
 * the vocabulary keeps one copy of each term's string for all the stories that use it.
 */
final class DocumentFrequencies {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private long[] counts = new long[1 << 12];
    private long documents;

    /** The term's id, given on first sight. */
    int id(String term) {
        Integer id = ids.get(term);
        if (id == null) {
            id = terms.size();
            ids.put(term, id);
            terms.add(term);
            if (id == counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
        }
        return id;
    }

    /** The vocabulary's own copy of the term. */
    String canonical(String term) {
        return terms.get(id(term));
    }

    /** The term's id, or −1 for a term not seen so far (without giving it one). */
    int find(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    /** The term of an id. */
    String term(int id) {
        return terms.get(id);
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
        Integer id = ids.get(term);
        return id == null ? 0 : counts[id];
    }

    long documents() {
        return documents;
    }
}
