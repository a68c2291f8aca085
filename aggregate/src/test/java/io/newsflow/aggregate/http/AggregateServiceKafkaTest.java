package io.newsflow.aggregate.http;

import static io.newsflow.aggregate.EnrichedArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.aggregate.AggregateService;
import io.newsflow.aggregate.AggregateTopology;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Json;
import io.newsflow.model.StoryAssignment;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.testing.SharedKafka;
import io.newsflow.model.testing.TopicReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregator's HTTP server on a real broker: two instances of one application over three partitions,
 * each answering for every story and article by forwarding to the instance that holds it; the live
 * stream; metrics; and the access token.
 */
class AggregateServiceKafkaTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final List<EnrichedArticle> ARTICLES = List.of(
            article("talks-1", "wire.example", "2026-03-10T08:00:00Z",
                    "Russia and Ukraine open prisoner exchange talks in Istanbul",
                    "Negotiators from Russia and Ukraine met in Istanbul on Monday to discuss a prisoner exchange. "
                            + "Turkish mediators hosted the talks at Dolmabahce palace.", "RUS", "UKR", "TUR"),
            article("talks-2", "daily.example", "2026-03-10T15:00:00+02:00",
                    "Istanbul talks: Russia and Ukraine agree prisoner exchange lists",
                    "Delegations of Russia and Ukraine agreed on detainee lists for a prisoner exchange at the "
                            + "Istanbul talks, Turkish mediators at Dolmabahce palace announced.", "RUS", "UKR", "TUR"),
            article("quake-1", "andes.example", "2026-03-11T02:00:00Z", "Earthquake shakes northern Chile",
                    "A magnitude 6.8 earthquake struck near Antofagasta in northern Chile, damaging roads and "
                            + "cutting power to copper mines.", "CHL"),
            article("flood-1", "andes.example", "2026-03-11T10:00:00Z", "Floods cut highway in southern Peru",
                    "Heavy rain washed away a stretch of the Pan-American highway near Arequipa in southern Peru, "
                            + "stranding hundreds of lorries.", "PER"),
            article("eclipse-1", "sky.example", "2026-03-11T12:00:00Z", "Crowds gather in Reykjavik for eclipse",
                    "Thousands of visitors lined the harbour of Reykjavik to watch a total solar eclipse darken "
                            + "the Icelandic sky for two minutes.", "ISL"),
            article("harvest-1", "farm.example", "2026-03-11T14:00:00Z", "Kenyan tea harvest hits record",
                    "Tea estates around Kericho in Kenya reported the largest harvest in a decade after steady "
                            + "rains, the tea board said.", "KEN"));

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<AggregateService> services = new ArrayList<>();

    @AfterEach
    void stop() {
        services.forEach(AggregateService::close);
    }

    @Test
    void twoInstancesAnswerForEveryKeyByForwardingToItsOwner() throws Exception {
        TopicRegistry topics = SharedKafka.freshTopics(3);
        NewsflowConfig config = SharedKafka.config(topics, dir.resolve("a"));
        AggregateService a = start(config);
        AggregateService b = start(config.with("state.dir", dir.resolve("b").toString()));
        Awaitility.await().atMost(WAIT).until(() -> running(a) && running(b));

        List<StoryAssignment> assigned = produceAndAwaitAssignments(topics, ARTICLES);
        Set<String> storyIds = assigned.stream().map(StoryAssignment::storyId).collect(Collectors.toSet());
        assertThat(storyIds).hasSize(5);

        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (AggregateService asked : List.of(a, b)) {
                HttpResponse<String> listing = get(asked, "/stories?limit=100");
                assertThat(listing.statusCode()).isEqualTo(200);
                assertThat(Json.MAPPER.readTree(listing.body()).get("stories").findValuesAsText("storyId"))
                        .containsExactlyInAnyOrderElementsOf(storyIds);
            }
        });
        Set<String> forwarded = new HashSet<>();
        for (String storyId : storyIds) {
            HostInfo owner = ownerOf(a, AggregateTopology.STORIES_BY_ID_STORE, storyId);
            for (AggregateService asked : List.of(a, b)) {
                HttpResponse<String> response = get(asked, "/stories/" + storyId);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(Json.MAPPER.readTree(response.body()).get("storyId").asText()).isEqualTo(storyId);
                String servedBy = response.headers().firstValue(StoryApi.SERVED_BY).orElseThrow();
                assertThat(servedBy).isEqualTo(owner.host() + ":" + owner.port());
                if (!owner.equals(asked.self())) {
                    forwarded.add(storyId);
                }
            }
        }
        for (StoryAssignment assignment : assigned) {
            HostInfo owner = ownerOf(a, AggregateTopology.ASSIGNMENTS_BY_ARTICLE_STORE, assignment.articleId());
            AggregateService other = owner.equals(a.self()) ? b : a;
            HttpResponse<String> response = get(other, "/articles/" + assignment.articleId());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue(StoryApi.SERVED_BY)).hasValue(owner.host() + ":" + owner.port());
            JsonNode view = Json.MAPPER.readTree(response.body());
            assertThat(view.get("assignment").get("storyId").asText()).isEqualTo(assignment.storyId());
            assertThat(view.get("story").get("storyId").asText()).isEqualTo(assignment.storyId());
        }
        // every story was asked of both instances: those held by one were forwarded by the other
        assertThat(forwarded).isEqualTo(storyIds);
        assertThat(get(a, "/stories/no-such-story").statusCode()).isEqualTo(404);
        assertThat(get(b, "/stories?actor=RUS").body()).contains("prisoner exchange").doesNotContain("Chile");
    }

    @Test
    void streamsStoryUpdatesAndExposesHealthStatusAndMetrics() throws Exception {
        TopicRegistry topics = SharedKafka.freshTopics(3);
        AggregateService service = start(SharedKafka.config(topics, dir));
        Awaitility.await().atMost(WAIT).until(() -> running(service));
        assertThat(get(service, "/health").body()).isEqualTo("RUNNING\n");

        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream = http.sendAsync(
                HttpRequest.newBuilder(uri(service, "/stories/stream")).build(), HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> open = stream.get();
        assertThat(open.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> open.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        // the follower starts at the end of the topic once it has its partitions; produce until one arrives
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).until(() -> {
            produce(topics, ARTICLES.subList(2, 3));
            return lines.stream().anyMatch(line -> line.startsWith("data: ") && line.contains("northern Chile"));
        });
        assertThat(lines).contains("event: story");

        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            JsonNode status = Json.MAPPER.readTree(get(service, "/status").body());
            assertThat(status.get("streams").asText()).isEqualTo("RUNNING");
            assertThat(status.get("stages").findValuesAsText("name")).containsExactly("enrich", "aggregate");
            assertThat(status.get("stages").get(1).get("consumed").asLong()).isPositive();
            assertThat(status.get("stages").get(1).get("lag").asLong()).isZero();
            assertThat(status.get("storyUpdates").asDouble()).isPositive();
        });
        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(get(service, "/metrics").body())
                .contains("newsflow_story_updates_total", "newsflow_pipeline_lag{", "newsflow_http_requests_total{",
                        "kafka_stream_thread_", "jvm_memory_used_bytes"));
        assertThat(get(service, "/").body()).contains("<script src=\"/dashboard.js\"");
        assertThat(get(service, "/").headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(get(service, "/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void aTokenGuardsEverythingButHealth() throws Exception {
        TopicRegistry topics = SharedKafka.freshTopics(1);
        AggregateService service = start(SharedKafka.config(topics, dir).with("aggregate.http.token", "s3cret"));
        Awaitility.await().atMost(WAIT).until(() -> running(service));

        assertThat(get(service, "/health").statusCode()).isEqualTo(200);
        for (String path : List.of("/", "/stories", "/stories/x", "/articles/x", "/status", "/metrics", "/stories/stream")) {
            HttpResponse<String> refused = get(service, path);
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).as(path).hasValue("Bearer realm=\"newsflow\"");
        }
        assertThat(send(service, "/stories", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(send(service, "/stories", "Authorization", "Bearer s3cret").statusCode()).isEqualTo(200);
        assertThat(send(service, "/metrics", "Authorization", "Bearer s3cret").statusCode()).isEqualTo(200);

        HttpResponse<String> signIn = get(service, "/?token=s3cret");
        assertThat(signIn.statusCode()).isEqualTo(303);
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("newsflow_token=s3cret;").contains("HttpOnly", "SameSite=Strict");
        assertThat(send(service, "/", "Cookie", cookie.substring(0, cookie.indexOf(';'))).statusCode()).isEqualTo(200);
        assertThat(get(service, "/?token=guess").statusCode()).isEqualTo(401);
    }

    private AggregateService start(NewsflowConfig config) {
        AggregateService service = AggregateService.create(config);
        services.add(service);
        return service.start();
    }

    private static boolean running(AggregateService service) {
        return service.app().state() == KafkaStreams.State.RUNNING;
    }

    private static HostInfo ownerOf(AggregateService service, String store, String key) {
        return service.app().streams().queryMetadataForKey(store, key, Serdes.String().serializer()).activeHost();
    }

    private List<StoryAssignment> produceAndAwaitAssignments(TopicRegistry topics, List<EnrichedArticle> articles) {
        try (TopicReader<StoryAssignment> reader = new TopicReader<>(topics.storyAssignments())) {
            produce(topics, articles);
            return reader.awaitCount(articles.size(), WAIT).stream().map(r -> r.value()).toList();
        }
    }

    private static void produce(TopicRegistry topics, List<EnrichedArticle> articles) {
        Properties props = SharedKafka.clientProperties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(props, new StringSerializer(),
                topics.enrichedArticles().valueSerde().serializer())) {
            // record time now, as enrich writes it: the articles' own dates are months past the topic's
            // retention, and the broker would delete records stamped with them
            articles.forEach(article -> producer.send(new ProducerRecord<>(topics.enrichedArticles().name(),
                    article.article().id(), article)));
        }
    }

    private URI uri(AggregateService service, String path) {
        return URI.create("http://127.0.0.1:" + service.self().port() + path);
    }

    private HttpResponse<String> get(AggregateService service, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(service, path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(AggregateService service, String path, String header, String value)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(service, path)).header(header, value)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
