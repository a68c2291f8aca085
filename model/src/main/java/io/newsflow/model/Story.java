package io.newsflow.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The latest state of a story: the articles that report one real-world event.
 * Published on the compacted {@code news.stories} topic, keyed by story id.
 *
 * @param schemaVersion    the contract version of this record ({@link #SCHEMA_VERSION})
 * @param storyId          the story id
 * @param headline         the title of the story's representative article
 * @param articleCount     all articles of the story, copies included (true even when {@code articles} is capped)
 * @param sourceCount      distinct sources
 * @param syndicatedCopies articles that are copies of another article of the story
 * @param firstSeen        earliest publication (or fetch) time of its articles
 * @param lastSeen         latest publication (or fetch) time of its articles
 * @param eventDate        the date of the event when the text states it, else null
 * @param topTerms         the story's most characteristic terms
 * @param status           active or dormant
 * @param actors           actors across its articles with how many articles name each
 * @param articles         its articles, oldest first; capped at the most recent ones on the topic
 * @param updatedAt        when this state was computed (stream time)
 */
public record Story(
        int schemaVersion,
        String storyId,
        String headline,
        int articleCount,
        int sourceCount,
        int syndicatedCopies,
        Instant firstSeen,
        Instant lastSeen,
        LocalDate eventDate,
        List<String> topTerms,
        StoryStatus status,
        List<StoryActor> actors,
        List<StoryArticle> articles,
        Instant updatedAt) {

    /** The current contract version of this record. */
    public static final int SCHEMA_VERSION = 1;

    public Story {
        topTerms = topTerms == null ? List.of() : List.copyOf(topTerms);
        actors = actors == null ? List.of() : List.copyOf(actors);
        articles = articles == null ? List.of() : List.copyOf(articles);
    }
}
