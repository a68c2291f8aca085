package io.newsflow.ingest.web;

import java.time.OffsetDateTime;

/**
 * One entry of an RSS or Atom feed, or one URL of a sitemap: where the article is and what the listing says of it.
 *
 * @param url         the article's address
 * @param title       the listed title, or null
 * @param publishedAt the listed publication time, or null (the article page's own date is preferred)
 */
public record FeedItem(String url, String title, OffsetDateTime publishedAt) {
}
