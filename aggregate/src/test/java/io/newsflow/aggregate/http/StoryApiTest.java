package io.newsflow.aggregate.http;

import static io.newsflow.aggregate.EnrichedArticles.article;
import static io.newsflow.aggregate.EnrichedArticles.copyOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.aggregate.AggregateConfig;
import io.newsflow.aggregate.AggregateTopology;
import io.newsflow.aggregate.cluster.ClusterParams;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Json;
import io.newsflow.model.Story;
import io.newsflow.model.StoryAssignment.Decision;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.streams.StreamsSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story API over the stores the real topology fills (TopologyTestDriver): listings, one story, one
 * article with its why, and bad requests.
 */
class StoryApiTest {

    private static final TopicRegistry TOPICS = TopicRegistry.DEFAULT;
    private static final EnrichedArticle TALKS_1 = article("talks-1", "wire.example", "2026-03-10T08:00:00Z",
            "Russia and Ukraine open prisoner exchange talks in Istanbul",
            "Negotiators from Russia and Ukraine met in Istanbul on Monday to discuss a prisoner exchange. "
                    + "Turkish mediators hosted the talks at Dolmabahce palace and said both delegations "
                    + "brought lists of detainees.",
            "RUS", "UKR", "TUR");
    private static final EnrichedArticle TALKS_2 = article("talks-2", "daily.example", "2026-03-10T15:00:00+02:00",
            "Istanbul talks: Russia and Ukraine agree prisoner exchange lists",
            "Delegations of Russia and Ukraine agreed on detainee lists for a prisoner exchange at the "
                    + "Istanbul talks, Turkish mediators at Dolmabahce palace announced.",
            "RUS", "UKR", "TUR");
    private static final EnrichedArticle QUAKE = article("quake-1", "andes.example", "2026-03-11T02:00:00Z",
            "Earthquake shakes northern Chile",
            "A magnitude 6.8 earthquake struck near Antofagasta in northern Chile, damaging roads and cutting "
                    + "power to copper mines. No tsunami warning was issued.",
            "CHL");
    private static final EnrichedArticle FLOOD = article("flood-1", "andes.example", "2026-03-20T10:00:00Z",
            "Floods cut highway in southern Peru",
            "Heavy rain washed away a stretch of the Pan-American highway near Arequipa in southern Peru, "
                    + "stranding hundreds of lorries.",
            "PER");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private StoryApi api;

    @BeforeEach
    void startDriver() {
        Properties props = StreamsSettings.forStage(NewsflowConfig.of(Map.of(
                "kafka.bootstrap.servers", "dummy:1234", "state.dir", stateDir.toString())), "aggregate");
        ClusterParams params = ClusterParams.defaults().withDormantAfter(Duration.ofDays(2));
        driver = new TopologyTestDriver(AggregateTopology.build(new AggregateConfig(TOPICS, params,
                Duration.ofHours(1), Duration.ofMinutes(1))), props, Instant.parse("2026-03-10T00:00:00Z"));
        enriched = driver.createInputTopic(TOPICS.enrichedArticles().name(), new StringSerializer(),
                TOPICS.enrichedArticles().valueSerde().serializer());
        api = new StoryApi(new DriverStoreView(driver), (host, path) -> {
            throw new AssertionError("a single instance asks no other");
        });
        for (EnrichedArticle article : List.of(TALKS_1, TALKS_2, copyOf(TALKS_1, "talks-1-copy", "reprint.example"),
                QUAKE, FLOOD)) {
            enriched.pipeInput(article.article().id(), article, article.article().fetchedAt());
        }
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void listsStoriesByRecencyWithTheirFullState() throws IOException {
        ApiResponse response = api.stories(Map.of());

        assertThat(response.status()).isEqualTo(200);
        List<Story> stories = Json.MAPPER.readValue(response.body(), StoryApi.StoryList.class).stories();
        assertThat(stories).extracting(Story::headline).containsExactly("Floods cut highway in southern Peru",
                "Earthquake shakes northern Chile", "Russia and Ukraine open prisoner exchange talks in Istanbul");
        Story talks = stories.get(2);
        assertThat(talks.articleCount()).isEqualTo(3);
        assertThat(talks.syndicatedCopies()).isEqualTo(1);
        assertThat(talks.articles()).extracting(a -> a.id()).containsExactlyInAnyOrder("talks-1", "talks-2",
                "talks-1-copy");
        assertThat(response.servedBy()).isEqualTo("127.0.0.1:1");
    }

    @Test
    void filtersByActorAndStatusAndOrdersBySize() throws IOException {
        assertThat(headlines(api.stories(Map.of("actor", "rus"))))
                .containsExactly("Russia and Ukraine open prisoner exchange talks in Istanbul");
        // the flood came ten days later in stream time: the talks and the quake went dormant
        assertThat(headlines(api.stories(Map.of("active", "true")))).containsExactly("Floods cut highway in southern Peru");
        assertThat(headlines(api.stories(Map.of("active", "false")))).hasSize(2);
        assertThat(headlines(api.stories(Map.of("sort", "size", "limit", "1"))))
                .containsExactly("Russia and Ukraine open prisoner exchange talks in Istanbul");
    }

    @Test
    void answersOneStoryOr404() throws IOException {
        Story first = Json.MAPPER.readValue(api.stories(Map.of("actor", "CHL")).body(), StoryApi.StoryList.class)
                .stories().get(0);

        ApiResponse found = api.story(first.storyId(), Map.of());
        assertThat(found.status()).isEqualTo(200);
        assertThat(Json.MAPPER.readValue(found.body(), Story.class)).isEqualTo(first);
        ApiResponse missing = api.story("story-none", Map.of());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(Json.MAPPER.readTree(missing.body()).get("error").asText()).contains("story-none");
    }

    @Test
    void answersAnArticleWithItsStoryAndWhy() throws IOException {
        JsonNode view = Json.MAPPER.readTree(api.article("talks-2", Map.of()).body());

        assertThat(view.get("articleId").asText()).isEqualTo("talks-2");
        JsonNode assignment = view.get("assignment");
        assertThat(assignment.get("decision").asText()).isEqualTo(Decision.JOINED.name());
        JsonNode best = assignment.get("candidates").get(0);
        assertThat(best.get("storyId").asText()).isEqualTo(assignment.get("storyId").asText());
        assertThat(best.get("features").has("text")).isTrue();
        assertThat(view.get("story").get("storyId").asText()).isEqualTo(assignment.get("storyId").asText());
        assertThat(view.get("story").get("articleCount").asInt()).isEqualTo(3);
        assertThat(api.article("copy-of-nothing", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void refusesBadParameters() {
        assertThat(api.stories(Map.of("limit", "0")).status()).isEqualTo(400);
        assertThat(api.stories(Map.of("limit", "many")).text()).contains("limit");
        assertThat(api.stories(Map.of("active", "yes")).text()).contains("active");
        assertThat(api.stories(Map.of("sort", "random")).status()).isEqualTo(400);
    }

    private static List<String> headlines(ApiResponse response) throws IOException {
        assertThat(response.status()).isEqualTo(200);
        return Json.MAPPER.readValue(response.body(), StoryApi.StoryList.class).stories().stream()
                .map(Story::headline).toList();
    }
}
