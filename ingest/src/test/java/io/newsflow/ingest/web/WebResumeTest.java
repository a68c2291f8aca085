package io.newsflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.ingest.extract.HtmlArticleExtractor;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.testing.SharedKafka;
import io.newsflow.model.testing.TopicReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Resume through the real broker: ingest is stopped part-way through a feed (the first run sees only the
 * items published so far), started again with nothing but the raw topic as memory, and must publish only
 * what it had not published, and a corrected article as version 2.
 */
class WebResumeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

    private final List<KafkaProducer<byte[], byte[]>> producers = new ArrayList<>();
    private FixtureServer server;
    private TopicRegistry topics;

    @BeforeEach
    void start() throws Exception {
        server = new FixtureServer();
        topics = SharedKafka.freshTopics(3);
    }

    @AfterEach
    void stop() {
        producers.forEach(KafkaProducer::close);
        server.close();
    }

    @Test
    void aRestartedIngestDoesNotRepublishAndPublishesCorrectionsAsNewVersions() {
        for (String page : List.of("/a.html", "/b.html", "/c.html", "/d.html")) {
            server.put(page, "text/html", FixtureServer.article("Story " + page, "The text of the story at " + page + " as first published."));
        }
        server.put("/feed.xml", "application/rss+xml", FixtureServer.rss("/a.html", "/b.html"));
        IngestReport first = service().ingest(List.of(source()));
        assertThat(first.published()).hasSize(2);

        server.put("/feed.xml", "application/rss+xml", FixtureServer.rss("/a.html", "/b.html", "/c.html", "/d.html"));
        server.put("/b.html", "text/html", FixtureServer.article("Story /b.html", "The corrected text of the story at /b.html."));
        IngestService restarted = service();
        restarted.restoreSeen(consumerProperties());
        IngestReport second = restarted.ingest(List.of(source()));

        assertThat(second.published()).hasSize(3);
        assertThat(second.skippedSeen()).isEqualTo(1);
        try (TopicReader<RawArticle> reader = new TopicReader<>(topics.rawArticles())) {
            List<ConsumerRecord<String, RawArticle>> all = reader.awaitCount(5, Duration.ofSeconds(30));
            assertThat(all).hasSize(5);
            assertThat(all).filteredOn(record -> record.value().version() == 2).singleElement()
                    .satisfies(record -> assertThat(record.value().text()).contains("corrected text"));
            assertThat(all.stream().map(ConsumerRecord::key).distinct()).hasSize(4);
        }
    }

    private WebSource source() {
        return new WebSource(server.url("/feed.xml"), new HttpFetcher(FixtureServer.settings()), new HtmlArticleExtractor());
    }

    private IngestService service() {
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(IngestSettings.producerProperties(
                NewsflowConfig.of(Map.of("kafka.bootstrap.servers", SharedKafka.bootstrapServers()))));
        producers.add(producer);
        return new IngestService(producer, topics, CLOCK, 900 * 1024);
    }

    private static Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
        return props;
    }
}
