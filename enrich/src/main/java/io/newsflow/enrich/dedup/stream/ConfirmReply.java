package io.newsflow.enrich.dedup.stream;

/**
 * A candidate's answer, keyed by the asking article's id.
 *
 * @param ticket             the asking check
 * @param candidateId        the candidate
 * @param candidateTimestamp the candidate's record timestamp
 * @param similarity         the shingle Jaccard similarity, or null when the candidate's sketch is gone
 * @param firstSharedBand    the lowest band in which the two agree (-1 for none): who was indexed first
 *                           there decides which of two concurrent copies is the original
 */
public record ConfirmReply(String ticket, String candidateId, long candidateTimestamp, Double similarity,
                           int firstSharedBand) {
}
