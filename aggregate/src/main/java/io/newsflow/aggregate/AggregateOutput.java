package io.newsflow.aggregate;

import io.newsflow.model.Story;
import io.newsflow.model.StoryAssignment;

/**
 * One output of the story assigner: a story's new state, a story that is gone, or an article's
 * assignment. The topology splits them to their topics.
 *
 * @param story        a story's new state, or null
 * @param assignment   an article's assignment, or null
 * @param storyRemoved whether the record is a story that is gone (merged into another): a tombstone on
 *                     the compacted stories topic
 */
public record AggregateOutput(Story story, StoryAssignment assignment, boolean storyRemoved) {

    static AggregateOutput of(Story story) {
        return new AggregateOutput(story, null, false);
    }

    static AggregateOutput of(StoryAssignment assignment) {
        return new AggregateOutput(null, assignment, false);
    }

    static AggregateOutput removedStory() {
        return new AggregateOutput(null, null, true);
    }

    /** Whether the record goes to the stories topic. */
    boolean isStory() {
        return story != null || storyRemoved;
    }
}
