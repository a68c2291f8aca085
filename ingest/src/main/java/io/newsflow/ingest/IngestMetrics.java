package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.producer.Producer;

/**
 * Ingest's meters: {@code newsflow_ingest_articles_total{outcome=published|seen|dead_lettered}} and the
 * producer's own Kafka client metrics.
 */
public final class IngestMetrics implements AutoCloseable {

    private final Counter published;
    private final Counter seen;
    private final Counter deadLettered;
    private final KafkaClientMetrics producerMetrics;

    /** Meters in this registry, with the producer's metrics bound. */
    public IngestMetrics(MeterRegistry registry, Producer<?, ?> producer) {
        this.published = counter(registry, "published");
        this.seen = counter(registry, "seen");
        this.deadLettered = counter(registry, "dead_lettered");
        this.producerMetrics = new KafkaClientMetrics(producer);
        producerMetrics.bindTo(registry);
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("newsflow.ingest.articles").tag("outcome", outcome)
                .description("articles ingest published, skipped as already published, or dead-lettered")
                .register(registry);
    }

    /** Counts what an ingest pass did, and returns its report. */
    public IngestReport record(IngestReport report) {
        published.increment(report.published().size());
        seen.increment(report.skippedSeen());
        deadLettered.increment(report.deadLettered());
        return report;
    }

    @Override
    public void close() {
        producerMetrics.close();
    }
}
