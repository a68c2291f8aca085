package io.newsflow.enrich.dedup.stream;

/**
 * An article indexed under a band key.
 *
 * @param articleId the article
 * @param timestamp its record timestamp (fetch time), epoch milliseconds
 */
public record BandEntry(String articleId, long timestamp) {
}
