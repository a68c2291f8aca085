package io.newsflow.aggregate;

import io.newsflow.model.Story;
import io.newsflow.model.StoryAssignment;

/**
 * One output of the story assigner: either a story's new state or an article's assignment. The
 * topology splits them to their topics.
 *
 * @param story      a story's new state, or null
 * @param assignment an article's assignment, or null
 */
public record AggregateOutput(Story story, StoryAssignment assignment) {

    static AggregateOutput of(Story story) {
        return new AggregateOutput(story, null);
    }

    static AggregateOutput of(StoryAssignment assignment) {
        return new AggregateOutput(null, assignment);
    }
}
