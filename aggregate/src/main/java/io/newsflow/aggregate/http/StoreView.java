package io.newsflow.aggregate.http;

import io.newsflow.model.Story;
import io.newsflow.model.StoryAssignment;
import java.util.List;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The queryable stores the story API reads, and which instance holds a key: over a running
 * {@code KafkaStreams} in the service ({@link StreamsStoreView}), over a {@code TopologyTestDriver} in
 * tests. Store accessors throw {@link org.apache.kafka.streams.errors.InvalidStateStoreException} while
 * the stores are not queryable (starting, rebalancing).
 */
public interface StoreView {

    /** This instance's {@code application.server}. */
    HostInfo self();

    /** The stories of this instance's active partitions, by story id. */
    ReadOnlyKeyValueStore<String, Story> stories();

    /** The assignments of this instance's active partitions, by article id. */
    ReadOnlyKeyValueStore<String, StoryAssignment> assignments();

    /**
     * The instance whose active partition holds a key.
     *
     * @throws StoresUnavailableException while the owner is not known (rebalancing)
     */
    HostInfo ownerOf(String store, String key);

    /** The other instances that hold partitions of a store. */
    List<HostInfo> others(String store);
}
