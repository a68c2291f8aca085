package io.newsflow.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An extracted article as ingest publishes it on {@code news.articles.raw}.
 *
 * @param schemaVersion the contract version of this record ({@link #SCHEMA_VERSION})
 * @param id            the article id: a stable hash of the canonical URL, a JSONL line's own id, or a
 *                      hash of path and content (see {@link ArticleIds})
 * @param version       1 for the first publication; incremented when the content of the same id changes
 * @param url           the URL it was fetched from, null for local files without one
 * @param canonicalUrl  the canonical URL used for the id, null when there is none
 * @param path          the local file path, null for fetched articles
 * @param source        the site, feed or file the article came from
 * @param title         the headline
 * @param authors       author names, possibly empty
 * @param publishedAt   publication time with the publisher's UTC offset, null when unknown
 * @param fetchedAt     when ingest read it; also the Kafka record timestamp
 * @param language      ISO 639-1 language code, null when unknown
 * @param text          the clean body text
 * @param origin        the kind of source
 * @param contentHash   hash of title and text, used to tell a re-delivery from a correction
 */
public record RawArticle(
        int schemaVersion,
        String id,
        int version,
        String url,
        String canonicalUrl,
        String path,
        String source,
        String title,
        List<String> authors,
        OffsetDateTime publishedAt,
        Instant fetchedAt,
        String language,
        String text,
        Origin origin,
        String contentHash) {

    /** The current contract version of this record. */
    public static final int SCHEMA_VERSION = 1;

    public RawArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The same article published as the given version. */
    public RawArticle withVersion(int newVersion) {
        return new RawArticle(schemaVersion, id, newVersion, url, canonicalUrl, path, source, title, authors,
                publishedAt, fetchedAt, language, text, origin, contentHash);
    }
}
