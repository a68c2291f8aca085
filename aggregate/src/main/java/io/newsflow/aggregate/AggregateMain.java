package io.newsflow.aggregate;

import io.newsflow.aggregate.cluster.ClusterParams;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.streams.StreamsApp;
import io.newsflow.model.streams.StreamsSettings;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.Topology;

/** The aggregate service: runs {@link AggregateTopology} and its HTTP server ({@link AggregateService}) until SIGTERM. */
public final class AggregateMain {

    /** The stage name: in dead letters, and the default application id {@code newsflow-aggregate}. */
    public static final String STAGE = "aggregate";

    private AggregateMain() {
    }

    /** The aggregate app for a configuration, not yet started, without the HTTP server ({@link AggregateService}). */
    public static StreamsApp app(NewsflowConfig config) {
        return new StreamsApp(STAGE, topology(config), StreamsSettings.forStage(config, STAGE));
    }

    /** The aggregate topology of a configuration. */
    static Topology topology(NewsflowConfig config) {
        ClusterParams params = ClusterParams.from(config);
        AggregateConfig aggregate = new AggregateConfig(config.topics(), params,
                config.getDuration("aggregate.dormancy.check", Duration.ofMinutes(1)),
                config.getDuration("aggregate.copy.wait", Duration.ofMinutes(1)));
        return AggregateTopology.build(aggregate);
    }

    public static void main(String[] args) throws InterruptedException {
        AggregateService.create(NewsflowConfig.load(Map.of(), null, System.getenv())).runUntilShutdown();
    }
}
