package io.newsflow.enrich.dedup.stream;

import io.newsflow.enrich.dedup.ShingleSketch;

/**
 * An article asking a candidate for its similarity, keyed by the candidate's id.
 *
 * @param candidateId the candidate
 * @param articleId   the asking article
 * @param ticket      the asking check
 * @param timestamp   the asking article's record timestamp
 * @param sketch      the asking article's shingle sketch
 * @param bands       the asking article's band hashes
 */
public record ConfirmRequest(String candidateId, String articleId, String ticket, long timestamp,
                             ShingleSketch sketch, long[] bands) {
}
