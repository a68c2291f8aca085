package io.newsflow.aggregate.cluster;

import io.newsflow.model.StoryArticle;
import java.time.Instant;
import java.util.Map;

/**
 * An article as the clusterer sees it: what real articles carry, never an id's spelling.
 *
 * @param entry      the article as it will be listed in its story
 * @param terms      term counts of title and text ({@link TextAnalyzer})
 * @param actors     actor code → canonical name
 * @param time       publication time, or fetch time when unknown
 */
public record ArticleDoc(StoryArticle entry, Map<String, Integer> terms, Map<String, String> actors, Instant time) {

    public ArticleDoc {
        terms = Map.copyOf(terms);
        actors = Map.copyOf(actors);
    }

    /** The article id. */
    public String id() {
        return entry.id();
    }
}
