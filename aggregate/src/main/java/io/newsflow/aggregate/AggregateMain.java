package io.newsflow.aggregate;

import io.newsflow.aggregate.cluster.ClusterParams;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.streams.StreamsApp;
import io.newsflow.model.streams.StreamsSettings;
import java.time.Duration;
import java.util.Map;

/** The aggregate service: runs {@link AggregateTopology} until SIGTERM. */
public final class AggregateMain {

    /** The stage name: in dead letters, and the default application id {@code newsflow-aggregate}. */
    public static final String STAGE = "aggregate";

    private AggregateMain() {
    }

    /** The aggregate app for a configuration, not yet started. */
    public static StreamsApp app(NewsflowConfig config) {
        ClusterParams params = ClusterParams.from(config);
        AggregateConfig aggregate = new AggregateConfig(config.topics(), params,
                config.getDuration("aggregate.dormancy.check", Duration.ofMinutes(1)),
                config.getDuration("aggregate.copy.wait", Duration.ofMinutes(1)));
        return new StreamsApp(STAGE, AggregateTopology.build(aggregate), StreamsSettings.forStage(config, STAGE));
    }

    public static void main(String[] args) throws InterruptedException {
        app(NewsflowConfig.load(Map.of(), null, System.getenv())).runUntilShutdown();
    }
}
