package io.newsflow.ingest.extract.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newsflow.ingest.extract.ExtractedArticle;
import java.util.List;

/**
 * What {@code newsflow extract} writes for one page, in the field names of the benchmark corpora.
 *
 * @param articleBody the main text
 * @param title       the headline
 * @param date        the publication time as ISO-8601 with the publisher's offset, or null
 * @param authors     the author names
 * @param language    the detected language (ISO 639-1), or null
 */
@JsonPropertyOrder({"articleBody", "title", "date", "authors", "language"})
public record PagePrediction(String articleBody, String title, String date, List<String> authors, String language) {

    public PagePrediction {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The prediction for an extracted article. */
    public static PagePrediction of(ExtractedArticle article) {
        return new PagePrediction(article.text(), article.title(),
                article.publishedAt() == null ? null : article.publishedAt().toString(), article.authors(),
                article.language());
    }
}
