package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.source.ArticleSource;
import io.newsflow.ingest.source.CollectingSink;
import io.newsflow.ingest.source.Sources;
import io.newsflow.model.ArticleIds;
import io.newsflow.model.DeadLetter;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.TopicSpec;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.testing.SharedKafka;
import io.newsflow.model.testing.TopicReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest against a real (in-JVM) Kafka broker. */
class IngestServiceTest {

    private static final Instant FETCHED = Instant.parse("2024-05-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(FETCHED, ZoneOffset.UTC);
    private static final long MAX_FILE_BYTES = 16 * 1024;
    private static final int MAX_ARTICLE_BYTES = 900 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private TopicRegistry topics;
    private final List<KafkaProducer<byte[], byte[]>> producers = new ArrayList<>();
    private final List<TopicReader<?>> readers = new ArrayList<>();
    private TopicReader<RawArticle> rawReader;
    private TopicReader<DeadLetter> deadLetterReader;

    @BeforeEach
    void freshTopics() {
        topics = SharedKafka.freshTopics(3);
    }

    @AfterEach
    void closeClients() {
        readers.forEach(TopicReader::close);
        producers.forEach(KafkaProducer::close);
    }

    // ---------------------------------------------------------------- (a) publishing

    @Test
    void publishesFolderAndJsonlArticlesKeyedByIdWithTheFetchTime() throws IOException {
        Fixture fixture = goodSources();
        IngestService service = service(MAX_ARTICLE_BYTES);

        IngestReport report = service.ingest(fixture.sources());

        Map<String, RawArticle> expected = expectedArticles(fixture.sources());
        assertThat(expected).hasSize(4);
        assertThat(report.published()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(report.skippedSeen()).isZero();
        assertThat(report.deadLettered()).isZero();

        List<ConsumerRecord<String, RawArticle>> records = rawRecords();
        assertThat(records).hasSize(4);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(record.value().id());
            assertThat(record.timestamp()).isEqualTo(FETCHED.toEpochMilli());
        });
        Map<String, RawArticle> published = byKey(records);
        assertThat(published).isEqualTo(expected);
        assertThat(countOf(topics.deadLetters())).isZero();

        RawArticle txt = published.get(fixture.txtId());
        assertThat(txt.title()).isEqualTo("Harbour reopens after storm");
        assertThat(txt.text()).isEqualTo("The harbour reopened on Tuesday.\nFishing boats returned at dawn.");
        assertThat(txt.origin()).isEqualTo(Origin.FILE);
        assertThat(txt.path()).isEqualTo(fixture.txt().toString());
        assertThat(txt.source()).isEqualTo("local");
        assertThat(txt.version()).isEqualTo(1);
        assertThat(txt.fetchedAt()).isEqualTo(FETCHED);
        assertThat(txt.id()).isEqualTo(ArticleIds.forPathAndContent(fixture.txt().toString(),
                "Harbour reopens after storm\nThe harbour reopened on Tuesday.\nFishing boats returned at dawn."));

        RawArticle html = published.get(ArticleIds.forUrl("https://www.example.com/world/bridge"));
        assertThat(html.title()).isEqualTo("Bridge reopens to traffic");
        assertThat(html.text()).isEqualTo(fixture.htmlBody());
        assertThat(html.canonicalUrl()).isEqualTo("https://www.example.com/world/bridge");
        assertThat(html.publishedAt()).isEqualTo(OffsetDateTime.of(2024, 4, 30, 9, 30, 0, 0, ZoneOffset.ofHours(9)));
        assertThat(html.publishedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(html.authors()).containsExactly("Kenji Mori");
        assertThat(html.origin()).isEqualTo(Origin.FILE);
        assertThat(html.version()).isEqualTo(1);

        RawArticle wire = published.get("wire-001");
        assertThat(wire.title()).isEqualTo("Markets rally in Tokyo");
        assertThat(wire.text()).isEqualTo("Shares rose two percent.");
        assertThat(wire.publishedAt()).isEqualTo(OffsetDateTime.of(2024, 4, 30, 15, 0, 0, 0, ZoneOffset.ofHours(9)));
        assertThat(wire.publishedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(wire.source()).isEqualTo("Example Wire");
        assertThat(wire.authors()).containsExactly("Aiko Sato", "Ben Kerr");
        assertThat(wire.origin()).isEqualTo(Origin.JSONL);
        assertThat(wire.version()).isEqualTo(1);

        RawArticle byUrl = published.get(ArticleIds.forUrl("https://news.example.org/b"));
        assertThat(byUrl.url()).isEqualTo("https://news.example.org/b?utm_medium=social#top");
        assertThat(byUrl.canonicalUrl()).isEqualTo("https://news.example.org/b");
        assertThat(byUrl.publishedAt()).isEqualTo(OffsetDateTime.of(2024, 4, 29, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(byUrl.source()).isEqualTo("feed.jsonl");
        assertThat(byUrl.origin()).isEqualTo(Origin.JSONL);
    }

    // ---------------------------------------------------------------- (b) dead letters

    @Test
    void badInputsAreDeadLetteredWithReasonLocationAndPayloadWhileTheGoodOnesArePublished() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path good = Files.writeString(inbox.resolve("a-good.txt"), "Good local story\nIt is valid UTF-8.");
        byte[] latin1 = "Café fermé\nLe patron est parti en vacances.".getBytes(StandardCharsets.ISO_8859_1);
        Path notUtf8 = Files.write(inbox.resolve("b-latin1.txt"), latin1);
        Path huge = Files.writeString(inbox.resolve("c-huge.txt"), "Huge\n" + "h".repeat((int) MAX_FILE_BYTES));
        String brokenLine = "{\"title\":\"Broken\",\"text\":\"no closing brace\"";
        Path jsonl = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"id\":\"good-1\",\"title\":\"First line\",\"text\":\"fine\"}\n"
                        + brokenLine + "\n"
                        + "{\"id\":\"good-3\",\"title\":\"Third line\",\"text\":\"also fine\"}\n");
        List<ArticleSource> sources = List.of(Sources.of(inbox.toString(), MAX_FILE_BYTES),
                Sources.of(jsonl.toString(), MAX_FILE_BYTES));

        IngestReport report = service(MAX_ARTICLE_BYTES).ingest(sources);

        assertThat(report.deadLettered()).isEqualTo(3);
        assertThat(report.published()).hasSize(3).contains("good-1", "good-3");

        Map<String, RawArticle> published = byKey(rawRecords());
        assertThat(published).hasSize(3);
        assertThat(published.values()).extracting(RawArticle::title)
                .containsExactlyInAnyOrder("Good local story", "First line", "Third line");
        assertThat(published.values()).extracting(RawArticle::path).contains(good.toString());

        List<ConsumerRecord<String, DeadLetter>> letters = deadLetters();
        assertThat(letters).hasSize(3);
        assertThat(letters).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(record.value().source());
            assertThat(record.timestamp()).isEqualTo(FETCHED.toEpochMilli());
            assertThat(record.value().stage()).isEqualTo("ingest");
            assertThat(record.value().failedAt()).isEqualTo(FETCHED);
            assertThat(record.value().schemaVersion()).isEqualTo(DeadLetter.SCHEMA_VERSION);
            assertThat(record.value().articleId()).isNull();
        });
        Map<String, DeadLetter> bySource = byKey(letters);

        DeadLetter malformed = bySource.get(jsonl + ":2");
        assertThat(malformed).isNotNull();
        assertThat(malformed.reason()).startsWith("malformed JSON");
        assertThat(malformed.errorClass()).startsWith("com.fasterxml.jackson");
        assertThat(malformed.payload()).isEqualTo(brokenLine);
        assertThat(malformed.payloadEncoding()).isEqualTo("utf-8");
        assertThat(malformed.payloadBytes()).isEqualTo(brokenLine.length());
        assertThat(malformed.payloadRef()).isNull();

        DeadLetter latin = bySource.get(notUtf8.toString());
        assertThat(latin).isNotNull();
        assertThat(latin.reason()).isEqualTo("not valid UTF-8 text");
        assertThat(latin.payloadEncoding()).isEqualTo("base64");
        assertThat(Base64.getDecoder().decode(latin.payload())).isEqualTo(latin1);
        assertThat(latin.payloadBytes()).isEqualTo(latin1.length);
        assertThat(latin.payloadRef()).isNull();

        DeadLetter oversized = bySource.get(huge.toString());
        assertThat(oversized).isNotNull();
        assertThat(oversized.reason()).isEqualTo("file of " + Files.size(huge) + " bytes exceeds the limit of "
                + MAX_FILE_BYTES + " bytes");
        assertThat(oversized.payload()).isNull();
        assertThat(oversized.payloadEncoding()).isNull();
        assertThat(oversized.payloadRef()).isEqualTo(huge.toString());
    }

    // ---------------------------------------------------------------- (c) re-delivery

    @Test
    void aSecondPassOverTheSameSourcesPublishesNothingNew() throws IOException {
        Fixture fixture = goodSources();
        IngestService service = service(MAX_ARTICLE_BYTES);
        IngestReport first = service.ingest(fixture.sources());
        assertThat(first.published()).hasSize(4);

        IngestReport second = service.ingest(fixture.sources());

        assertThat(second.published()).isEmpty();
        assertThat(second.skippedSeen()).isEqualTo(4);
        assertThat(second.deadLettered()).isZero();
        assertThat(countOf(topics.rawArticles())).isEqualTo(4);
        assertThat(rawRecords()).hasSize(4);
    }

    // ---------------------------------------------------------------- (d) resume after a restart

    @Test
    void aRestartedServiceRestoresWhatWasPublishedAndOnlyPublishesChanges() throws IOException {
        Fixture fixture = goodSources();
        IngestReport before = service(MAX_ARTICLE_BYTES).ingest(fixture.sources());
        assertThat(before.published()).hasSize(4);
        List<ConsumerRecord<String, RawArticle>> firstRun = rawRecords();

        IngestService restarted = service(MAX_ARTICLE_BYTES);
        restarted.restoreSeen(consumerProperties());
        IngestReport unchanged = restarted.ingest(fixture.sources());

        assertThat(unchanged.published()).isEmpty();
        assertThat(unchanged.skippedSeen()).isEqualTo(4);
        assertThat(unchanged.deadLettered()).isZero();
        assertThat(countOf(topics.rawArticles())).isEqualTo(4);

        String htmlId = ArticleIds.forUrl("https://www.example.com/world/bridge");
        String correctedBody = "The bridge reopened on Monday, a day later than planned, after two years of repairs.";
        Files.writeString(fixture.html(), fixture.htmlPage(correctedBody));
        Files.writeString(fixture.jsonl(), fixture.jsonlContent("Shares rose three percent, not two."));

        IngestReport changed = restarted.ingest(fixture.sources());

        assertThat(changed.published()).containsExactlyInAnyOrder(htmlId, "wire-001");
        assertThat(changed.skippedSeen()).isEqualTo(2);
        List<ConsumerRecord<String, RawArticle>> all = rawRecords();
        assertThat(all).hasSize(6);
        List<ConsumerRecord<String, RawArticle>> versionTwo = all.stream()
                .filter(record -> record.value().version() == 2).toList();
        assertThat(versionTwo).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(htmlId, "wire-001");
        assertThat(versionTwo).allSatisfy(record -> {
            assertThat(record.value().id()).isEqualTo(record.key());
            assertThat(record.timestamp()).isEqualTo(FETCHED.toEpochMilli());
            ConsumerRecord<String, RawArticle> original = firstRun.stream()
                    .filter(first -> first.key().equals(record.key())).findFirst().orElseThrow();
            assertThat(record.partition()).isEqualTo(original.partition());
            assertThat(record.value().contentHash()).isNotEqualTo(original.value().contentHash());
        });
        Map<String, RawArticle> latest = byKey(versionTwo);
        assertThat(latest.get(htmlId).text()).isEqualTo(correctedBody);
        assertThat(latest.get("wire-001").text()).isEqualTo("Shares rose three percent, not two.");

        IngestService restartedAgain = service(MAX_ARTICLE_BYTES);
        restartedAgain.restoreSeen(consumerProperties());
        IngestReport afterSecondRestart = restartedAgain.ingest(fixture.sources());
        assertThat(afterSecondRestart.published()).isEmpty();
        assertThat(afterSecondRestart.skippedSeen()).isEqualTo(4);
        assertThat(countOf(topics.rawArticles())).isEqualTo(6);
    }

    @Test
    void restoringFromAnEmptyTopicForgetsNothingAndPublishesEverything() throws IOException {
        Fixture fixture = goodSources();
        IngestService service = service(MAX_ARTICLE_BYTES);

        service.restoreSeen(consumerProperties());
        IngestReport report = service.ingest(fixture.sources());

        assertThat(report.published()).hasSize(4);
        assertThat(countOf(topics.rawArticles())).isEqualTo(4);
    }

    // ---------------------------------------------------------------- (e) oversized articles

    @Test
    void anArticleLargerThanTheLimitIsDeadLetteredByReferenceAndNotPublished() throws IOException {
        int maxArticleBytes = 4096;
        Path folder = Files.createDirectories(dir.resolve("desk"));
        Path small = Files.writeString(folder.resolve("a-small.txt"), "Small story\nShort enough to publish.");
        String longText = "Long story body. ".repeat(400);
        Path large = Files.writeString(folder.resolve("b-large.txt"), "Long story\n" + longText);
        assertThat(Files.size(large)).isLessThan(MAX_FILE_BYTES);
        Path jsonl = Files.writeString(dir.resolve("big.jsonl"),
                "{\"title\":\"Long line\",\"text\":\"" + longText + "\"}\n");
        List<ArticleSource> sources = List.of(Sources.of(folder.toString(), MAX_FILE_BYTES),
                Sources.of(jsonl.toString(), MAX_FILE_BYTES));
        String smallId = ArticleIds.forPathAndContent(small.toString(), "Small story\nShort enough to publish.");
        String largeId = ArticleIds.forPathAndContent(large.toString(), "Long story\n" + longText.strip());
        String lineId = ArticleIds.forPathAndContent("big.jsonl", "Long line\n" + longText.strip());

        IngestReport report = service(maxArticleBytes).ingest(sources);

        assertThat(report.published()).containsExactly(smallId);
        assertThat(report.deadLettered()).isEqualTo(2);
        List<ConsumerRecord<String, RawArticle>> raw = rawRecords();
        assertThat(raw).extracting(ConsumerRecord::key).containsExactly(smallId);

        Map<String, DeadLetter> letters = byKey(deadLetters());
        assertThat(letters).containsOnlyKeys(largeId, lineId);
        assertThat(letters.values()).allSatisfy(letter -> {
            assertThat(letter.stage()).isEqualTo("ingest");
            assertThat(letter.reason()).matches("article of \\d+ bytes exceeds the limit of 4096 bytes");
            assertThat(letter.payload()).isNull();
            assertThat(letter.payloadEncoding()).isNull();
            assertThat(letter.source()).isNotBlank();
            assertThat(letter.payloadRef()).isNotBlank();
            assertThat(letter.failedAt()).isEqualTo(FETCHED);
        });
        DeadLetter file = letters.get(largeId);
        assertThat(file.articleId()).isEqualTo(largeId);
        assertThat(file.source()).isEqualTo(large.toString());
        assertThat(file.payloadRef()).isEqualTo(large.toString());
        DeadLetter line = letters.get(lineId);
        assertThat(line.articleId()).isEqualTo(lineId);
        assertThat(line.source()).isEqualTo("big.jsonl");
    }

    // ---------------------------------------------------------------- fixtures and helpers

    /** The sources of the good-input tests and where their files are. */
    private record Fixture(List<ArticleSource> sources, Path txt, Path html, Path jsonl, String txtId) {

        String htmlBody() {
            return HTML_BODY;
        }

        String htmlPage(String body) {
            return IngestServiceTest.htmlPage(body);
        }

        String jsonlContent(String wireText) {
            return IngestServiceTest.jsonlContent(wireText);
        }
    }

    private static final String HTML_BODY = "The old bridge reopened to traffic on Monday after two years of repairs.";

    private static String htmlPage(String body) {
        return """
                <!doctype html><html><head><meta charset="utf-8">
                <title>Example News | Bridge</title>
                <link rel="canonical" href="https://www.example.com/world/bridge">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge reopens to traffic",
                 "datePublished":"2024-04-30T09:30:00+09:00","author":{"@type":"Person","name":"Kenji Mori"}}
                </script></head><body>
                <nav><p>Home News Sport Weather Culture Business Technology</p></nav>
                <article><h1>Bridge reopens to traffic</h1><div><p>%s</p></div></article>
                <footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
                </body></html>
                """.formatted(body);
    }

    private static String jsonlContent(String wireText) {
        return "{\"id\":\"wire-001\",\"url\":\"https://wire.example/markets/tokyo\",\"title\":\"Markets rally in Tokyo\","
                + "\"text\":\"" + wireText + "\",\"publishedAt\":\"2024-04-30T15:00:00+09:00\","
                + "\"source\":\"Example Wire\",\"authors\":[\"Aiko Sato\",\"Ben Kerr\"],\"language\":\"en\"}\n"
                + "\n"
                + "{\"url\":\"https://news.example.org/b?utm_medium=social#top\",\"title\":\"Crop report\","
                + "\"text\":\"Wheat harvest is up this year.\",\"date\":\"2024-04-29\"}\n";
    }

    /** A folder (a .txt and an .html page in sub-folders) and a JSONL file of two articles. */
    private Fixture goodSources() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Path txt = Files.writeString(Files.createDirectories(folder.resolve("local")).resolve("harbour.txt"),
                "Harbour reopens after storm\r\n\r\nThe harbour reopened on Tuesday.\r\nFishing boats returned at dawn.\r\n");
        Path html = Files.writeString(Files.createDirectories(folder.resolve("web")).resolve("bridge.html"),
                htmlPage(HTML_BODY));
        Path jsonl = Files.writeString(dir.resolve("feed.jsonl"), jsonlContent("Shares rose two percent."));
        return new Fixture(List.of(Sources.of(folder.toString(), MAX_FILE_BYTES),
                Sources.of(jsonl.toString(), MAX_FILE_BYTES)), txt, html, jsonl,
                ArticleIds.forPathAndContent(txt.toString(),
                        "Harbour reopens after storm\nThe harbour reopened on Tuesday.\nFishing boats returned at dawn."));
    }

    /** What the sources hold, as ingest should publish it: read independently, made into version-1 articles. */
    private static Map<String, RawArticle> expectedArticles(List<ArticleSource> sources) {
        CollectingSink sink = new CollectingSink();
        sources.forEach(source -> source.read(sink));
        assertThat(sink.failures).isEmpty();
        return sink.articles.stream().map(draft -> ArticleFactory.toRawArticle(draft, FETCHED))
                .collect(Collectors.toMap(RawArticle::id, Function.identity()));
    }

    private IngestService service(int maxArticleBytes) {
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(IngestSettings.producerProperties(
                NewsflowConfig.of(Map.of("kafka.bootstrap.servers", SharedKafka.bootstrapServers()))));
        producers.add(producer);
        return new IngestService(producer, topics, CLOCK, maxArticleBytes);
    }

    private static Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
        return props;
    }

    /** How many records the topic holds: exact once ingest returned, as it waits for every acknowledgement. */
    private static long countOf(TopicSpec<String, ?> topic) {
        Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, topic.partitions()).boxed()
                .collect(Collectors.toMap(p -> new TopicPartition(topic.name(), p), p -> OffsetSpec.latest()));
        try (Admin admin = Admin.create(SharedKafka.clientProperties())) {
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(info -> info.offset()).sum();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every record of the raw topic, waiting until all that it holds have been read. */
    private List<ConsumerRecord<String, RawArticle>> rawRecords() {
        if (rawReader == null) {
            rawReader = open(topics.rawArticles());
        }
        return readAll(rawReader, topics.rawArticles());
    }

    /** Every record of the dead-letter topic, waiting until all that it holds have been read. */
    private List<ConsumerRecord<String, DeadLetter>> deadLetters() {
        if (deadLetterReader == null) {
            deadLetterReader = open(topics.deadLetters());
        }
        return readAll(deadLetterReader, topics.deadLetters());
    }

    private <V> TopicReader<V> open(TopicSpec<String, V> topic) {
        TopicReader<V> reader = new TopicReader<>(topic);
        readers.add(reader);
        return reader;
    }

    /** Everything the reader has read, once it has read all the topic holds (exact: ingest awaited every ack). */
    private static <V> List<ConsumerRecord<String, V>> readAll(TopicReader<V> reader, TopicSpec<String, V> topic) {
        long count = countOf(topic);
        return reader.awaitUntil(WAIT, read -> read.size() >= count);
    }

    private static <V> Map<String, V> byKey(List<ConsumerRecord<String, V>> records) {
        return records.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
    }
}
