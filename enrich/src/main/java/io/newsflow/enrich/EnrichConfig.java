package io.newsflow.enrich;

import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.enrich.dedup.DedupParams;
import io.newsflow.model.TopicRegistry;
import java.time.Clock;

/**
 * What the enrich topology is built from.
 *
 * @param topics the topic registry
 * @param tagger the actor tagger
 * @param clock  the clock giving {@code enrichedAt}
 * @param dedup  the near-duplicate settings
 */
public record EnrichConfig(TopicRegistry topics, ActorTagger tagger, Clock clock, DedupParams dedup) {

    /** A configuration with the default near-duplicate settings. */
    public EnrichConfig(TopicRegistry topics, ActorTagger tagger, Clock clock) {
        this(topics, tagger, clock, DedupParams.DEFAULTS);
    }
}
