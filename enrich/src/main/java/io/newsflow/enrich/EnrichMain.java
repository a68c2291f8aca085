package io.newsflow.enrich;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.enrich.dedup.DedupParams;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.http.HttpSettings;
import io.newsflow.model.http.MetricsServer;
import io.newsflow.model.streams.StreamsApp;
import io.newsflow.model.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The enrich service: runs {@link EnrichTopology} until SIGTERM. */
public final class EnrichMain {

    /** The stage name: in dead letters, and the default application id {@code newsflow-enrich}. */
    public static final String STAGE = "enrich";
    /** The default port of {@code enrich.metrics.port}. */
    public static final int METRICS_PORT = 8481;

    private EnrichMain() {
    }

    /** Directory of PETRARCH-format dictionaries loaded under the curated one; unset: curated only. */
    public static final String DICTIONARIES = "enrich.actor.dictionaries";

    /** The enrich app for a configuration, not yet started. */
    public static StreamsApp app(NewsflowConfig config) {
        String shared = config.get(DICTIONARIES, "");
        ActorDictionary dictionary = shared.isBlank() ? ActorDictionary.curated()
                : ActorDictionary.withShared(Path.of(shared));
        EnrichConfig enrich = new EnrichConfig(config.topics(), new ActorTagger(dictionary), Clock.systemUTC(),
                DedupParams.from(config));
        return new StreamsApp(STAGE, EnrichTopology.build(enrich), StreamsSettings.forStage(config, STAGE));
    }

    public static void main(String[] args) throws InterruptedException {
        NewsflowConfig config = NewsflowConfig.load(Map.of(), null, System.getenv());
        StreamsApp app = app(config);
        PrometheusMeterRegistry registry = MetricsServer.registry(STAGE);
        try (KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(app.streams());
             MetricsServer server = MetricsServer.start(HttpSettings.from(config, "enrich.metrics", METRICS_PORT),
                     registry)) {
            metrics.bindTo(registry);
            app.runUntilShutdown();
        }
    }
}
