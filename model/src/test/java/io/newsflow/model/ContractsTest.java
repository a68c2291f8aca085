package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class ContractsTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");

    @Test
    void registryNamesEveryTopicOnceWithItsPrefixAndSettings() {
        TopicRegistry topics = new TopicRegistry("staging.", 6);

        assertThat(topics.all()).extracting(TopicSpec::name).containsExactly(
                "staging.news.articles.raw", "staging.news.articles.enriched", "staging.news.stories",
                "staging.news.story-assignments", "staging.news.dead-letter");
        NewTopic stories = topics.stories().newTopic((short) 3);
        assertThat(stories.configs()).containsEntry("cleanup.policy", "compact").containsEntry("retention.ms", "-1");
        assertThat(stories.numPartitions()).isEqualTo(6);
        assertThat(stories.replicationFactor()).isEqualTo((short) 3);
        assertThat(topics.rawArticles().newTopic((short) 1).configs())
                .containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", Long.toString(Duration.ofDays(30).toMillis()));
        assertThat(TopicRegistry.DEFAULT.rawArticles().name()).isEqualTo("news.articles.raw");
        assertThatThrownBy(() -> new TopicRegistry("", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void articleIdsAreStableAndSeparateTheirInputs() {
        String id = ArticleIds.forUrl("https://example.org/a");

        assertThat(id).hasSize(32).matches("[0-9a-f]+").isEqualTo(ArticleIds.forUrl("https://example.org/a"));
        assertThat(ArticleIds.forUrl("https://example.org/b")).isNotEqualTo(id);
        assertThat(ArticleIds.forPathAndContent("/a.txt", "x")).isNotEqualTo(ArticleIds.forPathAndContent("/b.txt", "x"));
        assertThat(ArticleIds.contentHash("t", "one")).isNotEqualTo(ArticleIds.contentHash("t", "two"));
    }

    @Test
    void deadLetterInlinesTextEncodesBinaryAndReferencesLargePayloads() {
        DeadLetter text = DeadLetter.of("a.jsonl:3", "ingest", "malformed JSON", null, null,
                "{broken".getBytes(StandardCharsets.UTF_8), "a.jsonl:3", NOW);
        assertThat(text.payload()).isEqualTo("{broken");
        assertThat(text.payloadEncoding()).isEqualTo("utf-8");
        assertThat(text.payloadRef()).isNull();

        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        DeadLetter binary = DeadLetter.of("b.txt", "ingest", "not valid UTF-8 text", null, null, latin1, "b.txt", NOW);
        assertThat(binary.payloadEncoding()).isEqualTo("base64");
        assertThat(Base64.getDecoder().decode(binary.payload())).isEqualTo(latin1);

        byte[] large = new byte[DeadLetter.MAX_INLINE_PAYLOAD_BYTES + 1];
        DeadLetter referenced = DeadLetter.of("c.html", "ingest", "too large", new IllegalStateException("x"), "id-1",
                large, "/data/c.html", NOW);
        assertThat(referenced.payload()).isNull();
        assertThat(referenced.payloadRef()).isEqualTo("/data/c.html");
        assertThat(referenced.payloadBytes()).isEqualTo(large.length);
        assertThat(referenced.errorClass()).isEqualTo(IllegalStateException.class.getName());
        assertThat(referenced.articleId()).isEqualTo("id-1");
    }

    @Test
    void jsonSerdeRejectsMalformedBytesWithTheTopicInTheMessage() {
        JsonSerde<RawArticle> serde = JsonSerde.of(RawArticle.class);

        assertThatThrownBy(() -> serde.deserialize("news.articles.raw", "not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("news.articles.raw")
                .hasMessageContaining("RawArticle");
        assertThat(serde.deserialize("t", null)).isNull();
        assertThat(serde.serialize("t", null)).isNull();
    }
}
