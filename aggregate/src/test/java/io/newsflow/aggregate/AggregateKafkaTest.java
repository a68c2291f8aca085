package io.newsflow.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.aggregate.cluster.ClusterParams;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.StoryAssignment;
import io.newsflow.model.StoryAssignment.Decision;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.streams.StreamsSettings;
import io.newsflow.model.testing.SharedKafka;
import io.newsflow.model.testing.TopicReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aggregate app on a real broker, across a restart that rebuilds the story index from the stores. */
class AggregateKafkaTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    private KafkaStreams streams;

    @AfterEach
    void closeApp() {
        if (streams != null) {
            streams.close(Duration.ofSeconds(30));
        }
    }

    @Test
    void restartedAppFindsTheSameStoriesAsBeforeTheRestart() {
        TopicRegistry topics = SharedKafka.freshTopics(1);
        NewsflowConfig config = SharedKafka.config(topics, stateDir);
        AggregateConfig aggregate = new AggregateConfig(config.topics(), RestoreScenario.params(),
                Duration.ofHours(1), Duration.ofMinutes(1));

        try (TopicReader<StoryAssignment> assignments = new TopicReader<>(topics.storyAssignments());
             KafkaProducer<String, EnrichedArticle> producer = producer(topics)) {
            start(aggregate, config);
            List<EnrichedArticle> history = RestoreScenario.history();
            history.forEach(article -> send(producer, topics, article));
            producer.flush();
            List<ConsumerRecord<String, StoryAssignment>> before = assignments.awaitCount(history.size(), TIMEOUT);
            assertThat(before).extracting(r -> r.value().decision()).containsOnly(Decision.OPENED);
            String volcanoStory = before.get(history.size() - 1).value().storyId();

            // leave the group on close, so the restarted instance need not wait out the session timeout
            streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(30)));
            start(aggregate, config);
            send(producer, topics, RestoreScenario.probe());
            producer.flush();

            List<ConsumerRecord<String, StoryAssignment>> after = assignments.awaitCount(history.size() + 1, TIMEOUT);
            assertThat(after).hasSize(history.size() + 1);
            StoryAssignment probe = after.get(history.size()).value();
            assertThat(probe.articleId()).isEqualTo("probe");
            assertThat(probe.decision()).isEqualTo(Decision.JOINED);
            assertThat(probe.storyId()).isEqualTo(volcanoStory);
            assertThat(probe.candidates()).isNotEmpty();
            assertThat(probe.candidates().get(0).score()).isGreaterThanOrEqualTo(ClusterParams.defaults().threshold());
        }
    }

    private void start(AggregateConfig aggregate, NewsflowConfig config) {
        Properties props = StreamsSettings.forStage(config, "aggregate");
        streams = new KafkaStreams(AggregateTopology.build(aggregate), props);
        streams.start();
        Awaitility.await().atMost(TIMEOUT).until(() -> streams.state() == KafkaStreams.State.RUNNING);
    }

    private static void send(KafkaProducer<String, EnrichedArticle> producer, TopicRegistry topics,
                             EnrichedArticle article) {
        producer.send(new ProducerRecord<>(topics.enrichedArticles().name(), 0,
                article.article().fetchedAt().toEpochMilli(), article.article().id(), article));
    }

    private static KafkaProducer<String, EnrichedArticle> producer(TopicRegistry topics) {
        Properties props = SharedKafka.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return new KafkaProducer<>(props, new StringSerializer(), topics.enrichedArticles().valueSerde().serializer());
    }
}
