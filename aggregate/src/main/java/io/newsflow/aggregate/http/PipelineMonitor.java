package io.newsflow.aggregate.http;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throughput and lag of each Streams stage, from the outside: every few seconds the committed offsets of
 * the stage's consumer group on its input topic against the topic's end offsets. It sees every instance
 * of every stage, wherever they run. Offsets on a topic written in transactions count commit markers too,
 * so rates there are slightly high; lag is exact when a stage has caught up (0).
 */
public final class PipelineMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineMonitor.class);
    private static final long CALL_TIMEOUT_SECONDS = 10;

    /** A stage to watch: its name, consumer group (application id) and input topic. */
    record Stage(String name, String group, String topic) {
    }

    /** What was last measured of a stage. */
    public record StageStatus(String name, String input, long consumed, long lag, double perSecond) {
    }

    private final Admin admin;
    private final List<Stage> stages;
    private final Map<String, StageStatus> latest = new ConcurrentHashMap<>();
    private final Map<String, Long> measuredAt = new HashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pipeline-monitor");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration interval;

    PipelineMonitor(Properties kafka, List<Stage> stages, Duration interval, MeterRegistry registry) {
        this.admin = Admin.create(kafka);
        this.stages = List.copyOf(stages);
        this.interval = interval;
        for (Stage stage : stages) {
            latest.put(stage.name(), new StageStatus(stage.name(), stage.topic(), 0, 0, 0));
            FunctionCounter.builder("newsflow.pipeline.consumed", this, m -> m.of(stage).consumed())
                    .description("input records a stage has committed as processed").tag("stage", stage.name())
                    .register(registry);
            gauge(registry, "newsflow.pipeline.lag", "input records a stage has not processed yet", stage,
                    () -> of(stage).lag());
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, Stage stage, LongSupplier value) {
        Gauge.builder(name, value, LongSupplier::getAsLong).description(description).tag("stage", stage.name())
                .register(registry);
    }

    /** Starts measuring every interval. */
    PipelineMonitor start() {
        scheduler.scheduleWithFixedDelay(this::measureAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** The latest measurement of every stage, in pipeline order. */
    List<StageStatus> status() {
        return stages.stream().map(this::of).toList();
    }

    private StageStatus of(Stage stage) {
        return latest.get(stage.name());
    }

    private void measureAll() {
        for (Stage stage : stages) {
            try {
                measure(stage);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                LOG.debug("cannot measure {} yet: {}", stage.name(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void measure(Stage stage) throws ExecutionException, InterruptedException, TimeoutException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(stage.topic())).allTopicNames()
                .get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS).get(stage.topic()).partitions().stream()
                .map(info -> new TopicPartition(stage.topic(), info.partition())).toList();
        Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(stage.group())
                .partitionsToOffsetAndMetadata().get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long consumed = 0;
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            long position = done != null ? done.offset() : starts.get(partition).offset();
            consumed += position;
            lag += Math.max(0, ends.get(partition).offset() - position);
        }
        long now = System.nanoTime();
        StageStatus before = latest.get(stage.name());
        Long then = measuredAt.put(stage.name(), now);
        double perSecond = then == null ? 0 : (consumed - before.consumed()) / ((now - then) / 1e9);
        latest.put(stage.name(), new StageStatus(stage.name(), stage.topic(), consumed, lag, Math.max(0, perSecond)));
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        return admin.listOffsets(request).all().get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(5));
    }
}
