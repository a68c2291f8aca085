package io.newsflow.aggregate.http;

import io.newsflow.aggregate.AggregateTopology;
import io.newsflow.model.Story;
import io.newsflow.model.StoryAssignment;
import java.util.List;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** {@link StoreView} over a TopologyTestDriver: one instance that holds every partition. */
final class DriverStoreView implements StoreView {

    static final HostInfo SELF = new HostInfo("127.0.0.1", 1);

    private final TopologyTestDriver driver;

    DriverStoreView(TopologyTestDriver driver) {
        this.driver = driver;
    }

    @Override
    public HostInfo self() {
        return SELF;
    }

    @Override
    public ReadOnlyKeyValueStore<String, Story> stories() {
        return driver.getKeyValueStore(AggregateTopology.STORIES_BY_ID_STORE);
    }

    @Override
    public ReadOnlyKeyValueStore<String, StoryAssignment> assignments() {
        return driver.getKeyValueStore(AggregateTopology.ASSIGNMENTS_BY_ARTICLE_STORE);
    }

    @Override
    public HostInfo ownerOf(String store, String key) {
        return SELF;
    }

    @Override
    public List<HostInfo> others(String store) {
        return List.of();
    }
}
