package io.newsflow.aggregate.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.model.Json;
import io.newsflow.model.Story;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * What the HTTP server serves besides the stores: the live stream fed by a follower of
 * {@code news.stories}, the dead-letter counts, and the pipeline monitor. Started after Kafka Streams,
 * closed before it.
 */
public final class ServingRuntime implements AutoCloseable {

    /** {@code GET /status}: what the dashboard shows besides the stories. */
    public record PipelineStatus(String instance, String streams, List<PipelineMonitor.StageStatus> stages,
                                 long deadLetters, Map<String, Long> deadLettersByStage, double storyUpdates,
                                 int liveClients) {
    }

    private final EventStream stream;
    private final DeadLetterCounts deadLetters;
    private final Counter storyUpdates;
    private final TopicFollower storyFollower;
    private final TopicFollower deadLetterFollower;
    private final PipelineMonitor monitor;

    /**
     * @param config   the configuration: Kafka clients, topics, the stages' application ids,
     *                 {@code aggregate.http.max.streams}, {@code aggregate.http.monitor.interval}
     * @param registry where the pipeline counters go
     */
    public ServingRuntime(NewsflowConfig config, PrometheusMeterRegistry registry) {
        TopicRegistry topics = config.topics();
        Properties kafka = config.kafkaProperties();
        this.stream = new EventStream(config.getInt("aggregate.http.max.streams", 32));
        this.deadLetters = new DeadLetterCounts(registry);
        this.storyUpdates = Counter.builder("newsflow.story.updates")
                .description("story states published on the stories topic since start").register(registry);
        Gauge.builder("newsflow.http.live.clients", stream, EventStream::clients)
                .description("open live-stream connections").register(registry);
        this.storyFollower = new TopicFollower(kafka, topics.stories().name(), false, this::storyUpdated);
        this.deadLetterFollower = new TopicFollower(kafka, topics.deadLetters().name(), true, deadLetters::count);
        this.monitor = new PipelineMonitor(kafka, List.of(
                new PipelineMonitor.Stage("enrich", config.get("enrich.application.id", "newsflow-enrich"),
                        topics.rawArticles().name()),
                new PipelineMonitor.Stage("aggregate", config.get("aggregate.application.id", "newsflow-aggregate"),
                        topics.enrichedArticles().name())),
                config.getDuration("aggregate.http.monitor.interval", Duration.ofSeconds(2)), registry);
    }

    /** Starts following the topics and measuring. */
    public ServingRuntime start() {
        storyFollower.start();
        deadLetterFollower.start();
        monitor.start();
        return this;
    }

    /** The live stream. */
    public EventStream stream() {
        return stream;
    }

    /** The status now, as {@code self} running Streams in this state sees it. */
    public PipelineStatus status(HostInfo self, KafkaStreams.State state) {
        return new PipelineStatus(self.host() + ":" + self.port(), state.name(), monitor.status(),
                deadLetters.total(), deadLetters.byStage(), storyUpdates.count(), stream.clients());
    }

    private void storyUpdated(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            if (record.key() != null) {
                stream.publishRemoved(record.key());
            }
            return;
        }
        try {
            Story story = Json.MAPPER.readValue(record.value(), Story.class);
            storyUpdates.increment();
            stream.publish(story);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stream.close();
        storyFollower.close();
        deadLetterFollower.close();
        monitor.close();
    }
}
