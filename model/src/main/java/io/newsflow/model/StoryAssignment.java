package io.newsflow.model;

import java.time.Instant;
import java.util.List;

/**
 * Which story an article joined and why, published on {@code news.story-assignments} keyed by article id.
 *
 * @param schemaVersion the contract version of this record ({@link #SCHEMA_VERSION})
 * @param articleId     the article
 * @param storyId       the story it joined or opened
 * @param decision      how it was decided
 * @param article       the article as listed in the story
 * @param candidates    the best candidate stories, best first, with the features that decided
 * @param assignedAt    when it was decided (stream time)
 */
public record StoryAssignment(
        int schemaVersion,
        String articleId,
        String storyId,
        Decision decision,
        StoryArticle article,
        List<CandidateStory> candidates,
        Instant assignedAt) {

    /** The current contract version of this record. */
    public static final int SCHEMA_VERSION = 1;

    /** How an article came to its story. */
    public enum Decision {
        /** It was similar enough to an existing story. */
        JOINED,
        /** No story was similar enough: it opened a new one. */
        OPENED,
        /** It copies an article and joined that article's story as a syndicated copy. */
        COPY,
        /** A new version of an article already in the story replaced the old one. */
        UPDATED,
        /**
         * Its story read as two events when an article joined: it moved with the members most like it to a new
         * story; or it was one of a few reports of another story's event and moved to that story.
         */
        SPLIT,
        /** Its story read as one event with the story an article joined, and merged into that story. */
        MERGED
    }

    public StoryAssignment {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
