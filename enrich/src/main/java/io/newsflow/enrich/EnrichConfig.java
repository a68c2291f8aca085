package io.newsflow.enrich;

import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.model.TopicRegistry;
import java.time.Clock;

/**
 * What the enrich topology is built from.
 *
 * @param topics the topic registry
 * @param tagger the actor tagger
 * @param clock  the clock giving {@code enrichedAt}
 */
public record EnrichConfig(TopicRegistry topics, ActorTagger tagger, Clock clock) {
}
