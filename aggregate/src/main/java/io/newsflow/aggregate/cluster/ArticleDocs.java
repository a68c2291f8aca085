package io.newsflow.aggregate.cluster;

import io.newsflow.model.ActorTag;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.model.StoryArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Builds the clusterer's view of an enriched article. */
public final class ArticleDocs {

    /** Prefix of the event day among an article's stated dates ({@code d2023-10-25}). */
    static final String EVENT_DAY = "d";

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
        Set<String> dates = new TreeSet<>(TextAnalyzer.statedDates(article.text()));
        LocalDate eventDate = EventDates.of(article.text(), article.publishedAt());
        if (eventDate != null) {
            dates.add(EVENT_DAY + eventDate);
        }
        Map<String, Integer> entities = TextAnalyzer.entityCounts(article.text());
        return new ArticleDoc(entry, TextAnalyzer.termCounts(article.title(), article.text()), entities,
                TextAnalyzer.titleNames(article.title(), entities),
                dates, actors, time);
    }
}
