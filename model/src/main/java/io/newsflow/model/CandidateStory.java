package io.newsflow.model;

import java.util.Map;

/**
 * A story an article was compared with, and how it scored.
 *
 * @param storyId  the candidate story
 * @param score    the combined similarity
 * @param features the feature values the score was made of (e.g. text cosine, actor overlap, days apart)
 */
public record CandidateStory(String storyId, double score, Map<String, Double> features) {

    public CandidateStory {
        features = features == null ? Map.of() : Map.copyOf(features);
    }
}
