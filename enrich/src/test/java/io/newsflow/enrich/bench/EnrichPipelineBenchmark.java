package io.newsflow.enrich.bench;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.model.ArticleIds;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.streams.StreamsSettings;
import io.newsflow.model.testing.SharedKafka;
import io.newsflow.model.testing.TopicReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * End-to-end rate of the enrich app on a real broker (the in-JVM KRaft broker of the tests, three
 * partitions, exactly_once_v2): one shot publishes a batch of ~500-word articles, one in ten a near copy
 * of the one before, and ends when all of them are on the enriched topic. Articles per second = batch /
 * the shot's time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EnrichPipelineBenchmark {

    /** Articles per shot. */
    public static final int BATCH = 2000;

    private TopicRegistry topics;
    private KafkaStreams streams;
    private KafkaProducer<String, RawArticle> producer;
    private TopicReader<EnrichedArticle> reader;
    private final SplittableRandom random = new SplittableRandom(7);
    private int shot;

    @Setup(Level.Trial)
    public void start() throws Exception {
        topics = SharedKafka.freshTopics(3);
        Path state = Files.createTempDirectory("enrich-bench");
        NewsflowConfig config = SharedKafka.config(topics, state);
        streams = new KafkaStreams(EnrichTopology.build(new EnrichConfig(config.topics(),
                new ActorTagger(ActorDictionary.curated()), Clock.systemUTC())), StreamsSettings.forStage(config, "enrich"));
        streams.start();
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> streams.state() == KafkaStreams.State.RUNNING);
        Properties props = SharedKafka.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        producer = new KafkaProducer<>(props, new StringSerializer(), topics.rawArticles().valueSerde().serializer());
        reader = new TopicReader<>(topics.enrichedArticles());
    }

    @TearDown(Level.Trial)
    public void stop() {
        reader.close();
        producer.close();
        streams.close(Duration.ofSeconds(30));
    }

    @Benchmark
    public int enrichABatch() {
        String previous = null;
        shot++;
        for (int i = 0; i < BATCH; i++) {
            String text = i % 10 == 9 && previous != null ? previous.replaceFirst(" \\w+ ", " edited ") : text();
            String id = "s" + shot + "-" + i;
            producer.send(new ProducerRecord<>(topics.rawArticles().name(), id, article(id, text)));
            previous = text;
        }
        producer.flush();
        // the reader keeps what it read in earlier shots
        return reader.awaitCount(shot * BATCH, Duration.ofMinutes(5)).size();
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            int rank = (int) Math.floor(Math.pow(50_000, random.nextDouble()));
            text.append(i == 0 ? "" : i % 9 == 0 ? ", " : " ").append(Integer.toString(rank * 7919 % 1_000_003, 36));
        }
        return text.append(". Officials in Kenya and Ethiopia met in Nairobi.").toString();
    }

    private static RawArticle article(String id, String text) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, 1, "https://bench.example/" + id, null, null,
                "bench.example", "Title " + id, List.of(), null, Instant.now(), "en", text, Origin.PAGE,
                ArticleIds.contentHash("Title " + id, text));
    }
}
