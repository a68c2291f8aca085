package io.newsflow.aggregate.cluster;

import io.newsflow.model.StoryArticle;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An article as the clusterer sees it: what real articles carry, never an id's spelling.
 *
 * @param entry      the article as it will be listed in its story
 * @param terms      term counts of title and text ({@link TextAnalyzer#termCounts})
 * @param entities   counts of the names and figures of the text ({@link TextAnalyzer#entityCounts})
 * @param titleNames  the names and figures of the title and lede ({@link TextAnalyzer#titleNames})
 * @param dates      stated years and months ({@link TextAnalyzer#statedDates}) and the event day
 *                   ({@link EventDates}, prefixed {@code d})
 * @param actors     actor code → canonical name
 * @param time       publication time, or fetch time when unknown
 */
public record ArticleDoc(StoryArticle entry, Map<String, Integer> terms, Map<String, Integer> entities,
                         Set<String> titleNames, Set<String> dates, Map<String, String> actors, Instant time) {

    public ArticleDoc {
        // in the caller's order: terms get their ids and are summed in it, and Map.copyOf's order changes
        // from one JVM to the next, so a replay would not give the same ids and last bits
        terms = TermCounts.of(terms);
        entities = TermCounts.of(entities);
        titleNames = Collections.unmodifiableSet(new LinkedHashSet<>(titleNames));
        dates = Set.copyOf(dates);
        actors = Map.copyOf(actors);
    }

    /** The article id. */
    public String id() {
        return entry.id();
    }
}
