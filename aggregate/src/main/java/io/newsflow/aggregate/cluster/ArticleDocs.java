package io.newsflow.aggregate.cluster;

import io.newsflow.model.ActorTag;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.model.StoryArticle;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the clusterer's view of an enriched article. */
public final class ArticleDocs {

    private ArticleDocs() {
    }

    /** The article as the clusterer sees it. */
    public static ArticleDoc from(EnrichedArticle enriched) {
        RawArticle article = enriched.article();
        Map<String, String> actors = new LinkedHashMap<>();
        for (ActorTag actor : enriched.actors()) {
            actors.putIfAbsent(actor.code(), actor.name());
        }
        StoryArticle entry = new StoryArticle(article.id(), article.url(), article.path(), article.title(),
                article.publishedAt(), enriched.duplicateOf(), actors.keySet().stream().toList(), article.source(),
                0.0);
        Instant time = article.publishedAt() != null ? article.publishedAt().toInstant() : article.fetchedAt();
        return new ArticleDoc(entry, TextAnalyzer.termCounts(article.title(), article.text()),
                TextAnalyzer.entityCounts(article.text()), TextAnalyzer.statedDates(article.text()), actors, time);
    }
}
