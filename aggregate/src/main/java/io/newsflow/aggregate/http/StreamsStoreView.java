package io.newsflow.aggregate.http;

import io.newsflow.aggregate.AggregateTopology;
import io.newsflow.model.Story;
import io.newsflow.model.StoryAssignment;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** {@link StoreView} over a running Kafka Streams client: interactive queries of its active partitions. */
public final class StreamsStoreView implements StoreView {

    private final KafkaStreams streams;
    private final HostInfo self;

    /** A view of this client, which advertises {@code self} as its {@code application.server}. */
    public StreamsStoreView(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    @Override
    public HostInfo self() {
        return self;
    }

    @Override
    public ReadOnlyKeyValueStore<String, Story> stories() {
        return streams.store(StoreQueryParameters.fromNameAndType(AggregateTopology.STORIES_BY_ID_STORE,
                QueryableStoreTypes.<String, Story>keyValueStore()));
    }

    @Override
    public ReadOnlyKeyValueStore<String, StoryAssignment> assignments() {
        return streams.store(StoreQueryParameters.fromNameAndType(AggregateTopology.ASSIGNMENTS_BY_ARTICLE_STORE,
                QueryableStoreTypes.<String, StoryAssignment>keyValueStore()));
    }

    @Override
    public HostInfo ownerOf(String store, String key) {
        KeyQueryMetadata metadata = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
            throw new StoresUnavailableException("no instance holds " + store + " for this key yet (rebalancing)");
        }
        return metadata.activeHost();
    }

    @Override
    public List<HostInfo> others(String store) {
        return streams.streamsMetadataForStore(store).stream().map(StreamsMetadata::hostInfo)
                .filter(host -> !host.equals(self)).distinct().toList();
    }
}
