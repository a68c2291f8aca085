package io.newsflow.aggregate.cluster;

import java.time.Duration;

/**
 * The clustering model's weights and limits.
 *
 * @param threshold         combined score at or above which an article joins a story
 * @param actorWeight       weight of actor overlap (Jaccard of codes) added to the text cosine
 * @param timeScale         the time gap over which the score decays by 1/e
 * @param maxGap            a story further than this in time from the article is no candidate
 * @param centroidTerms     terms kept per story centroid
 * @param indexedTerms      terms per story in the inverted index, and article terms used for retrieval
 * @param dormantAfter      inactivity after which a story leaves the active index
 * @param maxListedArticles articles listed per story on the topic (the count stays true)
 */
public record ClusterParams(double threshold, double actorWeight, Duration timeScale, Duration maxGap,
                            int centroidTerms, int indexedTerms, Duration dormantAfter, int maxListedArticles) {

    /** The defaults: tuned on the sample corpus and documented in docs/clustering.md. */
    public static ClusterParams defaults() {
        return new ClusterParams(0.30, 0.15, Duration.ofDays(10), Duration.ofDays(45), 300, 40,
                Duration.ofDays(7), 200);
    }
}
