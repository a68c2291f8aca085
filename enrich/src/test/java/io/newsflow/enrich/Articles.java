package io.newsflow.enrich;

import io.newsflow.model.ArticleIds;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Short raw articles written for the enrich tests. */
final class Articles {

    static final Instant FETCHED = Instant.parse("2026-03-02T08:00:00Z");

    private Articles() {
    }

    static RawArticle raw(String id, String title, String text) {
        return raw(id, 1, title, text);
    }

    static RawArticle raw(String id, int version, String title, String text) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, version, "https://news.example/" + id,
                "https://news.example/" + id, null, "news.example", title, List.of("Test Writer"),
                OffsetDateTime.parse("2026-03-02T07:30:00+01:00"), FETCHED, "en", text, Origin.PAGE,
                ArticleIds.contentHash(title, text));
    }
}
