package io.newsflow.aggregate.cluster;

import java.util.List;

/**
 * Articles that moved from one story to another when an article joined ({@link MemberLinkage}): a story
 * that read as two events split, a few reports of another story's event moved to it, or two stories that
 * read as one merged.
 *
 * @param from    id of the story the articles left
 * @param left    that story's state after they left; null when it merged into {@code into} and is gone
 * @param into    the state of the story they moved to: the story a split opened, the strays' event's
 *                story, or the merged story
 * @param moved   ids of the articles that moved (members and their copies)
 * @param between the mean similarity between the two groups of members
 * @param within  the mean of their similarities within
 */
public record Regrouping(String from, StoryState left, StoryState into, List<String> moved, double between,
                         double within) {

    public Regrouping {
        moved = List.copyOf(moved);
    }

    /** Whether the story the articles left is gone (merged into the other). */
    public boolean merged() {
        return left == null;
    }

    /** The story this article of either side is in now. */
    public StoryState storyOf(String articleId) {
        return merged() || moved.contains(articleId) ? into : left;
    }
}
