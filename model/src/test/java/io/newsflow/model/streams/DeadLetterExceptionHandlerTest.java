package io.newsflow.model.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.DeadLetter;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dead-letter handler on a small topology shaped like enrich's: stamp the article id, re-key,
 * repartition, then a step that fails for one record.
 */
class DeadLetterExceptionHandlerTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final TopicRegistry TOPICS = TopicRegistry.DEFAULT;

    @TempDir
    Path stateDir;

    @Test
    void aFailureAfterARekeyIsDeadLetteredUnderTheArticleIdAndTheNextRecordGoesOn() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()).withName("in"))
                .processValues(() -> new StampArticleId<String>(value -> value.split(":")[0]), Named.as("stamp"))
                .selectKey((key, value) -> "fingerprint-" + value.length(), Named.as("rekey"))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.String()).withName("rekeyed"))
                .mapValues(value -> {
                    if (value.endsWith("boom")) {
                        throw new IllegalStateException("cannot handle " + value);
                    }
                    return value.toUpperCase();
                }, Named.as("work"))
                .to("out", Produced.with(Serdes.String(), Serdes.String()).withName("out"));

        Properties props = StreamsSettings.forStage(NewsflowConfig.of(Map.of(
                "kafka.bootstrap.servers", "unused:9092", "state.dir", stateDir.toString())), "test");
        props.put(DeadLetterExceptionHandler.CLOCK_CONFIG, Clock.fixed(NOW, ZoneOffset.UTC));
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", new StringSerializer(),
                    new StringSerializer());
            TestOutputTopic<String, String> out = driver.createOutputTopic("out", new StringDeserializer(),
                    new StringDeserializer());
            TestOutputTopic<String, DeadLetter> dead = driver.createOutputTopic(TOPICS.deadLetters().name(),
                    new StringDeserializer(), TOPICS.deadLetters().valueSerde().deserializer());

            in.pipeInput("article-1", "article-1:boom");
            in.pipeInput("article-2", "article-2:fine");

            List<DeadLetter> letters = dead.readValuesToList();
            assertThat(letters).hasSize(1);
            DeadLetter letter = letters.get(0);
            assertThat(letter.articleId()).as("the article id, not the repartition key").isEqualTo("article-1");
            assertThat(letter.stage()).isEqualTo("test");
            assertThat(letter.reason()).contains("failed in work").contains("cannot handle article-1:boom");
            assertThat(letter.errorClass()).isEqualTo(IllegalStateException.class.getName());
            assertThat(letter.payload()).isEqualTo("article-1:boom");
            assertThat(letter.failedAt()).isEqualTo(NOW);
            assertThat(out.readValuesToList()).containsExactly("ARTICLE-2:FINE");
        }
    }
}
