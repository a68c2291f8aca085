package io.newsflow.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * One article as listed in a story.
 *
 * @param id          the article id
 * @param url         its URL; for a local file its {@code file:} URI
 * @param path        the local file path, null for fetched articles
 * @param title       the headline
 * @param publishedAt publication time with the publisher's offset, null when unknown
 * @param duplicateOf id of the article it copies, null unless it is a copy
 * @param actors      the codes of its actors
 * @param source      the site, feed or file it came from
 * @param similarity  its similarity with the story when it joined (1.0 for the article that opened it)
 */
public record StoryArticle(
        String id,
        String url,
        String path,
        String title,
        OffsetDateTime publishedAt,
        String duplicateOf,
        List<String> actors,
        String source,
        double similarity) {

    /** Oldest publication first, articles without a date last, ties by id: a stable listing order. */
    public static final Comparator<StoryArticle> OLDEST_FIRST = Comparator
            .comparing((StoryArticle a) -> a.publishedAt() == null ? Instant.MAX : a.publishedAt().toInstant())
            .thenComparing(StoryArticle::id);

    public StoryArticle {
        actors = actors == null ? List.of() : List.copyOf(actors);
    }
}
