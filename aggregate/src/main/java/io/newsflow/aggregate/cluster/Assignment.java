package io.newsflow.aggregate.cluster;

import io.newsflow.model.CandidateStory;
import io.newsflow.model.StoryAssignment.Decision;
import java.util.List;

/**
 * What the clusterer decided for one article.
 *
 * @param storyId    the story it joined or opened
 * @param decision   joined, opened, copy or updated
 * @param similarity its score with the story (1.0 when it opened it)
 * @param candidates the best candidate stories, best first
 * @param story      the story's state after the article joined
 * @param regrouping articles that moved between stories when it joined: its story split, a few strays
 *                   of it moved to their event's story, or another story merged into it; null when none
 *                   moved. {@code storyId} is the article's story after.
 */
public record Assignment(String storyId, Decision decision, double similarity, List<CandidateStory> candidates,
                         StoryState story, Regrouping regrouping) {

    /** An assignment that moved no other article. */
    public Assignment(String storyId, Decision decision, double similarity, List<CandidateStory> candidates,
                      StoryState story) {
        this(storyId, decision, similarity, candidates, story, null);
    }
}
