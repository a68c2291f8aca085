package io.newsflow.enrich.dedup;

/**
 * The first article seen with a text fingerprint.
 *
 * @param articleId the article
 * @param timestamp its record timestamp (fetch time), epoch milliseconds
 */
public record FirstSeen(String articleId, long timestamp) {
}
