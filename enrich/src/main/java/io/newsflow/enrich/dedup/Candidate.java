package io.newsflow.enrich.dedup;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A confirmed candidate original of an article.
 *
 * @param articleId  the candidate
 * @param timestamp  its record timestamp (fetch time), epoch milliseconds
 * @param similarity its shingle Jaccard similarity with the article
 */
public record Candidate(String articleId, long timestamp, double similarity) {

    private static final Comparator<Candidate> EARLIEST =
            Comparator.comparingLong(Candidate::timestamp).thenComparing(Candidate::articleId);

    /** The earliest candidate (by fetch time, then id) at or above the threshold. */
    public static Optional<Candidate> earliestAtLeast(Collection<Candidate> candidates, double tau) {
        return candidates.stream().filter(c -> c.similarity() >= tau).min(EARLIEST);
    }
}
