package io.newsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.ingest.source.JsonlSource;
import io.newsflow.model.DeadLetter;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Json;
import io.newsflow.model.StoryAssignment;
import io.newsflow.model.StoryAssignment.Decision;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.testing.SharedKafka;
import io.newsflow.model.testing.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline through a real Kafka broker: the shipped sample corpus goes in, then a poison
 * record and a file with a malformed line, then one more good article; the tests assert on what the
 * output topics hold. The sample file's {@code event} and {@code copyOf} fields are the truth; the
 * pipeline never reads them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineEndToEndTest {

    private static final Path SAMPLES = Path.of("samples/articles.jsonl");
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path dir;

    private TopicRegistry topics;
    private LocalPipeline pipeline;
    private final Map<String, JsonNode> truth = new HashMap<>();
    private IngestReport samplesReport;
    private IngestReport lateReport;
    private Map<String, StoryAssignment> assignments;
    private Map<String, EnrichedArticle> enriched;
    private List<DeadLetter> deadLetters;

    @BeforeAll
    void runPipelineOverSamplesAndBadInput() throws Exception {
        for (String line : Files.readAllLines(SAMPLES)) {
            JsonNode node = Json.MAPPER.readTree(line);
            truth.put(node.get("id").asText(), node);
        }
        topics = SharedKafka.freshTopics(3);
        NewsflowConfig config = SharedKafka.config(topics, dir.resolve("state")).with("ingest.max.article.bytes",
                IngestSettings.DEFAULTS.get("ingest.max.article.bytes"));
        pipeline = LocalPipeline.start(config, false, WAIT);

        samplesReport = pipeline.ingest(List.of(new JsonlSource(SAMPLES, 1 << 20)));
        producePoisonRecord();
        Path late = dir.resolve("late.jsonl");
        Files.writeString(late, String.join("\n",
                "{\"id\": \"late-1\", \"title\": \"Broken line follows\", \"text\": \"Kenyan and Ethiopian engineers "
                        + "met in Nairobi on Friday to inspect the new Daua River gauges.\"}",
                "{\"id\": \"broken\", \"title\": \"unterminated",
                ""), StandardCharsets.UTF_8);
        lateReport = pipeline.ingest(List.of(new JsonlSource(late, 1 << 20)));

        List<String> expected = new ArrayList<>(samplesReport.published());
        expected.addAll(lateReport.published());
        try (TopicReader<StoryAssignment> reader = new TopicReader<>(topics.storyAssignments())) {
            assignments = reader.awaitUntil(WAIT, read -> read.stream().map(r -> r.key()).collect(Collectors.toSet())
                            .containsAll(expected)).stream()
                    .collect(Collectors.toMap(r -> r.key(), r -> r.value(), (a, b) -> b));
        }
        try (TopicReader<EnrichedArticle> reader = new TopicReader<>(topics.enrichedArticles())) {
            enriched = reader.awaitCount(expected.size(), WAIT).stream()
                    .collect(Collectors.toMap(r -> r.key(), r -> r.value(), (a, b) -> b));
        }
        try (TopicReader<DeadLetter> reader = new TopicReader<>(topics.deadLetters())) {
            deadLetters = reader.awaitCount(2, WAIT).stream().map(r -> r.value()).toList();
        }
    }

    @AfterAll
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void everySampleArticleIsPublishedEnrichedAndAssigned() {
        assertThat(samplesReport.published()).hasSize(truth.size());
        assertThat(samplesReport.deadLettered()).isZero();
        assertThat(assignments.keySet()).containsAll(truth.keySet());
        assertThat(enriched.keySet()).containsAll(truth.keySet());
    }

    /**
     * Ingest publishes copy and original on different partitions of the raw topic, so either may reach
     * the fingerprint partition first: exactly one of each pair is the copy of the other.
     */
    @Test
    void exactCopiesAreMarkedAndJoinTheirOriginalsStoryWithoutOpeningOne() {
        List<String> exactCopies = truth.values().stream()
                .filter(node -> !node.get("copyOf").isNull())
                .filter(node -> node.get("text").asText()
                        .equals(truth.get(node.get("copyOf").asText()).get("text").asText()))
                .map(node -> node.get("id").asText()).toList();
        assertThat(exactCopies).hasSize(3);
        for (String id : exactCopies) {
            List<String> pair = markedCopyFirst(id);
            String copy = pair.get(0);
            String original = pair.get(1);
            assertThat(enriched.get(copy).duplicateOf()).isEqualTo(original);
            assertThat(enriched.get(copy).duplicateExact()).isTrue();
            assertThat(enriched.get(copy).duplicateSimilarity()).isEqualTo(1.0);
            assertThat(assignments.get(copy).decision()).as("a copy opens no story").isEqualTo(Decision.COPY);
            assertThat(assignments.get(copy).storyId()).isEqualTo(assignments.get(original).storyId());
            assertThat(assignments.get(copy).article().duplicateOf()).isEqualTo(original);
        }
    }

    /** Near copies (edited syndications) too: one of each pair points to the other, and it joins that story. */
    @Test
    void nearCopiesAreMarkedWithTheirSimilarityAndJoinTheirOriginalsStory() {
        List<String> nearCopies = truth.values().stream()
                .filter(node -> !node.get("copyOf").isNull())
                .filter(node -> !node.get("text").asText()
                        .equals(truth.get(node.get("copyOf").asText()).get("text").asText()))
                .map(node -> node.get("id").asText()).toList();
        assertThat(nearCopies).isNotEmpty();
        for (String id : nearCopies) {
            List<String> pair = markedCopyFirst(id);
            String copy = pair.get(0);
            String original = pair.get(1);
            assertThat(enriched.get(copy).duplicateOf()).isEqualTo(original);
            assertThat(enriched.get(copy).duplicateExact()).isFalse();
            assertThat(enriched.get(copy).duplicateSimilarity()).isBetween(0.8, 1.0);
            assertThat(assignments.get(copy).decision()).as("a copy opens no story").isEqualTo(Decision.COPY);
            assertThat(assignments.get(copy).storyId()).isEqualTo(assignments.get(original).storyId());
        }
    }

    @Test
    void knownActorsAppearWithTheirCodes() {
        Map<String, Set<String>> codes = enriched.values().stream().collect(Collectors.toMap(
                e -> e.article().id(), e -> e.actors().stream().map(a -> a.code()).collect(Collectors.toSet())));
        for (JsonNode article : truth.values()) {
            String event = article.get("event").asText();
            Set<String> found = codes.get(article.get("id").asText());
            if (event.contains("kenya-ethiopia")) {
                assertThat(found).as(article.get("id").asText()).contains("KEN", "ETH");
            } else if (event.contains("japan-australia")) {
                assertThat(found).as(article.get("id").asText()).contains("JPN", "AUS");
            } else if (event.contains("lithium")) {
                assertThat(found).as(article.get("id").asText()).contains("CHL", "ARG");
            }
        }
        assertThat(codes.get("late-1")).contains("KEN", "ETH");
        assertThat(enriched.get("late-1").places()).extracting(p -> p.name()).contains("Nairobi");
    }

    @Test
    void articlesOnOneEventShareAStoryAndSameActorsDifferentEventsDoNot() {
        Function<String, String> storyOf = id -> assignments.get(id).storyId();
        Map<String, Set<String>> storiesByEvent = truth.values().stream().collect(Collectors.groupingBy(
                node -> node.get("event").asText(),
                Collectors.mapping(node -> storyOf.apply(node.get("id").asText()), Collectors.toSet())));
        assertThat(storiesByEvent.get("E04-rotterdam-port-strike")).hasSize(1);
        assertThat(storiesByEvent.get("E05-kenya-ethiopia-daua-water-accord")).hasSize(1);
        assertThat(storiesByEvent.get("E12-oslo-stockholm-rail-link-opening")).hasSize(1);
        List<List<String>> sameActorsDifferentEvents = List.of(
                List.of("E01-lithium-round-santiago", "E07-lithium-round-buenos-aires"),
                List.of("E02-japan-australia-defence-perth", "E11-japan-australia-defence-tokyo"),
                List.of("E03-peru-quake-arequipa", "E08-peru-quake-ica"));
        for (List<String> pair : sameActorsDifferentEvents) {
            assertThat(storiesByEvent.get(pair.get(0))).as(pair.toString())
                    .doesNotContainAnyElementsOf(storiesByEvent.get(pair.get(1)));
        }
        long stories = assignments.values().stream().map(StoryAssignment::storyId).distinct().count();
        assertThat(stories).as("12 events plus the late article's story at most a few more").isBetween(12L, 16L);
    }

    @Test
    void badInputIsDeadLetteredWithTheReasonAndProcessingGoesOn() {
        DeadLetter poison = deadLetters.stream().filter(d -> "poison-1".equals(d.articleId())).findFirst().orElseThrow();
        assertThat(poison.stage()).isEqualTo("enrich");
        assertThat(poison.reason()).contains("unreadable record");
        assertThat(poison.payload()).isEqualTo("this is not an article");
        assertThat(poison.topic()).isEqualTo(topics.rawArticles().name());

        DeadLetter malformed = deadLetters.stream().filter(d -> "ingest".equals(d.stage())).findFirst().orElseThrow();
        assertThat(malformed.source()).endsWith("late.jsonl:2");
        assertThat(malformed.reason()).startsWith("malformed JSON");
        assertThat(malformed.payload()).contains("unterminated");
        assertThat(lateReport.deadLettered()).isEqualTo(1);

        assertThat(lateReport.published()).containsExactly("late-1");
        assertThat(assignments).containsKey("late-1");
        assertThat(pipeline.isRunning()).isTrue();
    }

    private void producePoisonRecord() throws Exception {
        Map<String, Object> props = Map.of("bootstrap.servers", SharedKafka.bootstrapServers(), "acks", "all");
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.rawArticles().name(), null, Instant.now().toEpochMilli(),
                    "poison-1".getBytes(StandardCharsets.UTF_8),
                    "this is not an article".getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    /** The article and the one it copies, the one marked as the copy first; exactly one of them is marked. */
    private List<String> markedCopyFirst(String id) {
        List<String> pair = List.of(id, truth.get(id).get("copyOf").asText());
        List<String> marked = pair.stream().filter(a -> enriched.get(a).duplicateOf() != null).toList();
        assertThat(marked).as("exactly one of %s is the copy", pair).hasSize(1);
        String copy = marked.get(0);
        return List.of(copy, pair.get(0).equals(copy) ? pair.get(1) : pair.get(0));
    }
}
