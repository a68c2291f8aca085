package io.newsflow.aggregate;

import io.newsflow.aggregate.cluster.StoryState;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.JsonSerde;
import io.newsflow.model.Story;
import io.newsflow.model.StoryAssignment;
import io.newsflow.model.TopicSpec;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The aggregate topology: enriched articles → one partition (the story index has a single writer) →
 * story assignment → stories (compacted) and assignments. Every operator and store is named.
 */
public final class AggregateTopology {

    /** Story id → the story's full clustering state. */
    public static final String STORIES_STORE = "stories";
    /** Article id → the story it is in. */
    public static final String ARTICLE_STORY_STORE = "story-of-article";
    /** Term → document frequency, plus the document count. */
    public static final String TERMS_STORE = "document-frequencies";
    /** Original article id → copies that arrived before it. */
    public static final String PENDING_COPIES_STORE = "copies-awaiting-original";

    private AggregateTopology() {
    }

    /** Builds the topology; {@code main} and the tests both call this. */
    public static Topology build(AggregateConfig config) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORIES_STORE),
                Serdes.String(), JsonSerde.of(StoryState.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLE_STORY_STORE),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TERMS_STORE),
                Serdes.String(), Serdes.Long()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_COPIES_STORE),
                Serdes.String(), JsonSerde.of(PendingCopies.class)));
        TopicSpec<String, EnrichedArticle> enriched = config.topics().enrichedArticles();
        TopicSpec<String, Story> stories = config.topics().stories();
        TopicSpec<String, StoryAssignment> assignments = config.topics().storyAssignments();

        builder.stream(enriched.name(), Consumed.with(enriched.keySerde(), enriched.valueSerde())
                        .withName("enriched-articles"))
                .filter((id, article) -> article != null, Named.as("drop-tombstones"))
                .repartition(Repartitioned.with(enriched.keySerde(), enriched.valueSerde())
                        .withNumberOfPartitions(1).withName("articles-to-assign"))
                .process(() -> new StoryAssigner(config), Named.as("assign-stories"),
                        STORIES_STORE, ARTICLE_STORY_STORE, TERMS_STORE, PENDING_COPIES_STORE)
                .split(Named.as("output-"))
                .branch((key, out) -> out.story() != null, Branched.withConsumer(stream -> stream
                        .mapValues(AggregateOutput::story, Named.as("story-state"))
                        .to(stories.name(), Produced.with(stories.keySerde(), stories.valueSerde())
                                .withName("stories")), "stories"))
                .defaultBranch(Branched.withConsumer(stream -> stream
                        .mapValues(AggregateOutput::assignment, Named.as("assignment"))
                        .to(assignments.name(), Produced.with(assignments.keySerde(), assignments.valueSerde())
                                .withName("story-assignments")), "assignments"));
        return builder.build();
    }
}
