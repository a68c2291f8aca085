package io.newsflow.ingest.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What extraction found in a page.
 *
 * @param title        the headline, empty when none was found
 * @param text         the main body text, paragraphs separated by blank lines; empty when none was found
 * @param publishedAt  publication time with the publisher's offset, null when none was found
 * @param authors      author names
 * @param canonicalUrl the page's canonical URL, null when it states none
 * @param siteName     the publication's name, null when the page states none
 * @param language     ISO 639-1 code of the body's language, null when it could not be told
 */
public record ExtractedArticle(String title, String text, OffsetDateTime publishedAt, List<String> authors,
                               String canonicalUrl, String siteName, String language) {

    public ExtractedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
