package io.newsflow.ingest.source;

import io.newsflow.model.Origin;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article as a source read it, before it gets its id, version and fetch time.
 *
 * @param explicitId   an id the source carries (a JSONL line's {@code id}), else null
 * @param url          the URL, or a local file's {@code file:} URI; null when there is none
 * @param canonicalUrl the canonical URL when the page or line states one, else null
 * @param path         the local file path, null for fetched articles
 * @param source       the site, feed or file name
 * @param title        the headline
 * @param authors      author names
 * @param publishedAt  publication time with the publisher's offset, null when unknown
 * @param language     ISO 639-1 code when known, else null
 * @param text         the body text
 * @param origin       the kind of source
 */
public record ArticleDraft(
        String explicitId,
        String url,
        String canonicalUrl,
        String path,
        String source,
        String title,
        List<String> authors,
        OffsetDateTime publishedAt,
        String language,
        String text,
        Origin origin) {

    public ArticleDraft {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
