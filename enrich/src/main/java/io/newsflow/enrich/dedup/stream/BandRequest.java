package io.newsflow.enrich.dedup.stream;

/**
 * An article asking one band for earlier articles, keyed by the band key.
 *
 * @param articleId the article
 * @param ticket    names this check of the article (an article may be checked again, e.g. a re-delivery)
 * @param timestamp the article's record timestamp
 * @param band      the band index
 */
public record BandRequest(String articleId, String ticket, long timestamp, int band) {
}
