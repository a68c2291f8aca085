package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.model.DeadLetter;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.streams.DeadLetterExceptionHandler;
import io.newsflow.model.streams.StreamsSettings;
import io.newsflow.model.testing.SharedKafka;
import io.newsflow.model.testing.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrich topology on a real broker: copies meet across partitions, poison goes to the dead letters. */
class EnrichKafkaTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:15:00Z"), ZoneOffset.UTC);

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
    void copiesOnDifferentPartitionsMeetAndPoisonIsDeadLetteredWhileProcessingGoesOn() {
        TopicRegistry topics = SharedKafka.freshTopics(3);
        NewsflowConfig config = SharedKafka.config(topics, stateDir);
        Properties props = StreamsSettings.forStage(config, "enrich");
        props.put(DeadLetterExceptionHandler.CLOCK_CONFIG, CLOCK);
        streams = new KafkaStreams(EnrichTopology.build(new EnrichConfig(config.topics(),
                new ActorTagger(ActorDictionary.curated()), CLOCK)), props);
        streams.start();
        Awaitility.await().atMost(TIMEOUT).until(() -> streams.state() == KafkaStreams.State.RUNNING);

        String text = "Ukraine and Poland signed a grain transit deal in Warsaw on Thursday, "
                + "ending a dispute that had blocked trucks at the border for weeks.";
        List<RawArticle> copies = List.of(
                Articles.raw("copy-0", "Grain deal signed", text),
                Articles.raw("copy-1", "GRAIN DEAL SIGNED", text.toUpperCase()),
                Articles.raw("copy-2", "Grain deal signed", text.replace(",", "").replace(" on ", "  on ")));
        byte[] poison = "{\"id\": \"broken\", \"text\": ".getBytes(StandardCharsets.UTF_8);
        String raw = topics.rawArticles().name();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            // the poison goes first on partition 0, so a good record on the same partition follows it
            producer.send(new ProducerRecord<>(raw, 0, "p-poison", poison));
            for (int partition = 0; partition < copies.size(); partition++) {
                RawArticle copy = copies.get(partition);
                producer.send(new ProducerRecord<>(raw, partition, copy.fetchedAt().toEpochMilli(), copy.id(),
                        topics.rawArticles().valueSerde().serializer().serialize(raw, copy)));
            }
            producer.flush();
        }

        List<ConsumerRecord<String, EnrichedArticle>> enriched;
        try (TopicReader<EnrichedArticle> reader = new TopicReader<>(topics.enrichedArticles())) {
            enriched = reader.awaitCount(3, TIMEOUT);
        }
        assertThat(enriched).hasSize(3);
        assertThat(enriched).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder("copy-0", "copy-1", "copy-2");
        List<EnrichedArticle> originals = enriched.stream().map(ConsumerRecord::value)
                .filter(article -> article.duplicateOf() == null).toList();
        assertThat(originals).hasSize(1);
        String originalId = originals.get(0).article().id();
        List<EnrichedArticle> duplicates = enriched.stream().map(ConsumerRecord::value)
                .filter(EnrichedArticle::isDuplicate).toList();
        assertThat(duplicates).hasSize(2).allSatisfy(copy -> {
            assertThat(copy.duplicateOf()).isEqualTo(originalId);
            assertThat(copy.duplicateExact()).isTrue();
            assertThat(copy.duplicateSimilarity()).isEqualTo(1.0);
        });
        assertThat(enriched).allSatisfy(record -> {
            assertThat(record.value().article().id()).isEqualTo(record.key());
            assertThat(record.value().actors()).extracting(a -> a.code()).contains("UKR", "POL");
        });

        List<ConsumerRecord<String, DeadLetter>> letters;
        try (TopicReader<DeadLetter> reader = new TopicReader<>(topics.deadLetters())) {
            letters = reader.awaitCount(1, TIMEOUT);
        }
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).key()).isEqualTo("p-poison");
        DeadLetter letter = letters.get(0).value();
        assertThat(letter.stage()).isEqualTo("enrich");
        assertThat(letter.reason()).startsWith("unreadable record").contains("RawArticle");
        assertThat(letter.topic()).isEqualTo(raw);
        assertThat(letter.partition()).isZero();
        assertThat(letter.offset()).isZero();
        assertThat(letter.payload()).isEqualTo(new String(poison, StandardCharsets.UTF_8));
        assertThat(letter.failedAt()).isEqualTo(CLOCK.instant());

        assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties props = SharedKafka.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }
}
