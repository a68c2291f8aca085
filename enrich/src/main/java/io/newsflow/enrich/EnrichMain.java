package io.newsflow.enrich;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.enrich.dedup.DedupParams;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.streams.StreamsApp;
import io.newsflow.model.streams.StreamsSettings;
import java.time.Clock;
import java.util.Map;

/** The enrich service: runs {@link EnrichTopology} until SIGTERM. */
public final class EnrichMain {

    /** The stage name: in dead letters, and the default application id {@code newsflow-enrich}. */
    public static final String STAGE = "enrich";

    private EnrichMain() {
    }

    /** The enrich app for a configuration, not yet started. */
    public static StreamsApp app(NewsflowConfig config) {
        EnrichConfig enrich = new EnrichConfig(config.topics(), new ActorTagger(ActorDictionary.curated()),
                Clock.systemUTC(), DedupParams.from(config));
        return new StreamsApp(STAGE, EnrichTopology.build(enrich), StreamsSettings.forStage(config, STAGE));
    }

    public static void main(String[] args) throws InterruptedException {
        app(NewsflowConfig.load(Map.of(), null, System.getenv())).runUntilShutdown();
    }
}
