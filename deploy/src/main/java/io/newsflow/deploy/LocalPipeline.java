package io.newsflow.deploy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsflow.aggregate.AggregateService;
import io.newsflow.enrich.EnrichMain;
import io.newsflow.ingest.IngestMetrics;
import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.ingest.source.ArticleSource;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.streams.StreamsApp;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;

/**
 * ingest, enrich and aggregate in this JVM against one Kafka cluster: what {@code newsflow local}
 * runs and what the end-to-end tests drive. The topics are created first; the Streams apps are
 * {@code RUNNING} before anything is ingested.
 */
final class LocalPipeline implements AutoCloseable {

    private final NewsflowConfig config;
    private final StreamsApp enrich;
    private final AggregateService aggregate;
    private final KafkaStreamsMetrics enrichMetrics;
    private final KafkaProducer<byte[], byte[]> producer;
    private final IngestService ingest;
    private final IngestMetrics ingestMetrics;

    private LocalPipeline(NewsflowConfig config) {
        this.config = config;
        this.enrich = EnrichMain.app(config);
        this.aggregate = AggregateService.create(config);
        this.producer = new KafkaProducer<>(IngestSettings.producerProperties(config));
        // one JVM, one /metrics: the aggregator's serves the other two services' meters too
        this.ingestMetrics = new IngestMetrics(aggregate.registry(), Clock.systemUTC()).bind(producer);
        this.ingest = new IngestService(producer, config.topics(), Clock.systemUTC(),
                config.getInt("ingest.max.article.bytes", 0), ingestMetrics);
        this.enrichMetrics = new KafkaStreamsMetrics(enrich.streams());
    }

    /** The one registry of the run's meters, served at the aggregator's {@code /metrics}. */
    MeterRegistry registry() {
        return aggregate.registry();
    }

    /**
     * Creates the topics, starts the Streams apps and waits until they run.
     *
     * @param config      the configuration, with {@code kafka.bootstrap.servers}
     * @param restoreSeen whether ingest first learns what the raw topic holds (false for a fresh run)
     * @param timeout     how long the apps may take to reach {@code RUNNING}
     */
    static LocalPipeline start(NewsflowConfig config, boolean restoreSeen, Duration timeout)
            throws ExecutionException, InterruptedException {
        TopicProvisioner.ensureTopics(config.kafkaProperties(), config.topics(),
                (short) config.getInt("topic.replication.factor", 1));
        LocalPipeline pipeline = new LocalPipeline(config);
        try {
            pipeline.enrich.start();
            pipeline.enrichMetrics.bindTo(pipeline.registry());
            pipeline.aggregate.start();
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(pipeline::isRunning);
            if (restoreSeen) {
                pipeline.ingest.restoreSeen(config.kafkaProperties());
            }
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /** Reads the sources once and publishes what is new; returns when Kafka has acknowledged it all. */
    IngestReport ingest(List<ArticleSource> sources) {
        return ingest.ingest(sources);
    }

    /** The aggregator's dashboard. */
    URI dashboardUrl() {
        return aggregate.dashboardUrl();
    }

    /** Whether both Streams apps are running. */
    boolean isRunning() {
        return enrich.state() == KafkaStreams.State.RUNNING && aggregate.app().state() == KafkaStreams.State.RUNNING;
    }

    /** Whether a Streams app has failed for good. */
    boolean hasFailed() {
        KafkaStreams.State aggregateState = aggregate.app().state();
        return enrich.state() == KafkaStreams.State.ERROR || aggregateState == KafkaStreams.State.ERROR
                || enrich.state() == KafkaStreams.State.PENDING_ERROR
                || aggregateState == KafkaStreams.State.PENDING_ERROR;
    }

    NewsflowConfig config() {
        return config;
    }

    @Override
    public void close() {
        ingestMetrics.close();
        enrichMetrics.close();
        producer.close(Duration.ofSeconds(10));
        enrich.close();
        aggregate.close();
    }
}
