package io.newsflow.aggregate.cluster;

import java.util.HashMap;
import java.util.Map;

/** Document frequencies maintained online, for inverse document frequency. */
final class DocumentFrequencies {

    private final Map<String, Long> counts = new HashMap<>();
    private long documents;

    void restore(String term, long count) {
        counts.put(term, count);
    }

    void restoreDocuments(long count) {
        documents = count;
    }

    /** Counts a document's terms once each. */
    void add(Iterable<String> terms) {
        documents++;
        for (String term : terms) {
            counts.merge(term, 1L, Long::sum);
        }
    }

    /** Smoothed idf: rare terms weigh more, and a term unseen so far weighs most. */
    double idf(String term) {
        return Math.log((documents + 1.0) / (counts.getOrDefault(term, 0L) + 1.0)) + 1.0;
    }

    long count(String term) {
        return counts.getOrDefault(term, 0L);
    }

    long documents() {
        return documents;
    }
}
