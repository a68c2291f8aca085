package io.newsflow.aggregate;

import io.newsflow.aggregate.cluster.StoryState;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.JsonSerde;
import io.newsflow.model.Story;
import io.newsflow.model.StoryAssignment;
import io.newsflow.model.TopicSpec;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The aggregate topology: enriched articles → one partition (the story index has a single writer) →
 * story assignment → stories (compacted) and assignments; both outputs are read back into queryable
 * tables for the HTTP API. Every operator and store is named.
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
    /** Story id → the story as published on {@code news.stories}; what the HTTP API serves, partitioned like the topic. */
    public static final String STORIES_BY_ID_STORE = "stories-by-id";
    /** Article id → its latest assignment on {@code news.story-assignments}: the story it is in and why. */
    public static final String ASSIGNMENTS_BY_ARTICLE_STORE = "assignments-by-article";

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
                .branch((key, out) -> out.isStory(), Branched.withConsumer(stream -> stream
                        .mapValues(AggregateOutput::story, Named.as("story-state"))
                        .to(stories.name(), Produced.with(stories.keySerde(), stories.valueSerde())
                                .withName("stories")), "stories"))
                .defaultBranch(Branched.withConsumer(stream -> stream
                        .mapValues(AggregateOutput::assignment, Named.as("assignment"))
                        .to(assignments.name(), Produced.with(assignments.keySerde(), assignments.valueSerde())
                                .withName("story-assignments")), "assignments"));
        materializeForQueries(builder, stories, assignments);
        return builder.build();
    }

    /**
     * Tables of the two output topics, for interactive queries: they are partitioned like the topics (by
     * story id and by article id), so with several instances each holds a share and the HTTP API forwards
     * a request to the instance that holds its key. The assign step keeps its own stores; reading the
     * committed output back decouples what is served from the clusterer's internal state.
     */
    private static void materializeForQueries(StreamsBuilder builder, TopicSpec<String, Story> stories,
                                              TopicSpec<String, StoryAssignment> assignments) {
        builder.table(stories.name(), Consumed.with(stories.keySerde(), stories.valueSerde())
                        .withName("stories-to-serve"),
                Materialized.<String, Story, KeyValueStore<Bytes, byte[]>>as(STORIES_BY_ID_STORE)
                        .withKeySerde(stories.keySerde()).withValueSerde(stories.valueSerde()));
        builder.table(assignments.name(), Consumed.with(assignments.keySerde(), assignments.valueSerde())
                        .withName("assignments-to-serve"),
                Materialized.<String, StoryAssignment, KeyValueStore<Bytes, byte[]>>as(ASSIGNMENTS_BY_ARTICLE_STORE)
                        .withKeySerde(assignments.keySerde()).withValueSerde(assignments.valueSerde()));
    }
}
