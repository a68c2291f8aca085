package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.Producer;

/**
 * Ingest's Micrometer meters: articles read, published and skipped as already seen per source, failures
 * by reason kind, per source the time of its last successful pass and the lag since then, and (when
 * bound) the producer's own Kafka client metrics.
 */
public final class IngestMetrics implements AutoCloseable {

    private static final Pattern ADDRESS = Pattern.compile("\\b\\d+(?:\\.\\d+){3}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{4,}\\b");

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();
    private KafkaClientMetrics producerMetrics;

    public IngestMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Meters kept in memory only, for runs without a metrics endpoint. */
    public static IngestMetrics inMemory(Clock clock) {
        return new IngestMetrics(new SimpleMeterRegistry(), clock);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Adds the producer's Kafka client metrics to these meters; returns this. */
    public IngestMetrics bind(Producer<?, ?> producer) {
        producerMetrics = new KafkaClientMetrics(producer);
        producerMetrics.bindTo(registry);
        return this;
    }

    @Override
    public void close() {
        if (producerMetrics != null) {
            producerMetrics.close();
        }
    }

    void read(String source) {
        counter("newsflow.ingest.articles.read", source).increment();
    }

    void published(String source) {
        counter("newsflow.ingest.published", source).increment();
    }

    void skippedSeen(String source) {
        counter("newsflow.ingest.skipped.seen", source).increment();
    }

    void failed(String source, String reason) {
        Counter.builder("newsflow.ingest.failed").tag("source", source).tag("reason", kind(reason))
                .description("inputs dead-lettered, by reason").register(registry).increment();
    }

    /** A pass over the source read at least one article: it is alive. */
    void succeeded(String source) {
        AtomicLong last = lastSuccess.computeIfAbsent(source, name -> {
            AtomicLong time = new AtomicLong();
            Gauge.builder("newsflow.ingest.source.last.success.seconds", time, t -> t.get() / 1000.0)
                    .tag("source", name).description("when the source last gave articles (epoch seconds)").register(registry);
            Gauge.builder("newsflow.ingest.source.lag.seconds", time, t -> (clock.millis() - t.get()) / 1000.0)
                    .tag("source", name).description("seconds since the source last gave articles").register(registry);
            return time;
        });
        last.set(clock.millis());
    }

    /** A reason without the addresses and sizes that would make every failure its own time series. */
    static String kind(String reason) {
        String head = reason == null ? "unknown" : reason.split(":", 2)[0].strip();
        return NUMBER.matcher(ADDRESS.matcher(head).replaceAll("ADDRESS")).replaceAll("N");
    }

    private Counter counter(String name, String source) {
        return Counter.builder(name).tag("source", source).register(registry);
    }
}
