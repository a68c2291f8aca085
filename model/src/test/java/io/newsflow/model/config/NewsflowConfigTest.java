package io.newsflow.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsflowConfigTest {

    @Test
    void environmentOverridesFileWhichOverridesDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("newsflow.properties");
        Files.writeString(file, "topic.prefix=from-file.\ningest.max.file.bytes=100\n");
        NewsflowConfig config = NewsflowConfig.load(
                Map.of("topic.prefix", "default.", "ingest.max.file.bytes", "1", "ingest.poll.interval", "0s"),
                file,
                Map.of("NEWSFLOW_TOPIC_PREFIX", "from-env.", "PATH", "/usr/bin"));

        assertThat(config.get("topic.prefix")).isEqualTo("from-env.");
        assertThat(config.getLong("ingest.max.file.bytes", 0)).isEqualTo(100);
        assertThat(config.getDuration("ingest.poll.interval", Duration.ofHours(1))).isZero();
        assertThat(config.topics().rawArticles().name()).isEqualTo("from-env.news.articles.raw");
    }

    @Test
    void configFileCanBeNamedByTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("other.properties");
        Files.writeString(file, "kafka.client.id=from-named-file\n");
        NewsflowConfig config = NewsflowConfig.load(Map.of(), null, Map.of("NEWSFLOW_CONFIG", file.toString()));

        assertThat(config.kafkaProperties()).containsEntry("client.id", "from-named-file");
        assertThat(config.describe()).doesNotContainKey("config");
    }

    @Test
    void kafkaVariablesBecomeClientPropertiesIncludingSecurity() {
        NewsflowConfig config = NewsflowConfig.load(Map.of(), null, Map.of(
                "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "broker:9093",
                "NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "NEWSFLOW_KAFKA_SASL_JAAS_CONFIG", "secret-jaas",
                "NEWSFLOW_TOPIC_PARTITIONS", "6"));

        Properties kafka = config.kafkaProperties();
        assertThat(kafka).containsEntry("bootstrap.servers", "broker:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.jaas.config", "secret-jaas")
                .doesNotContainKey("topic.partitions");
        assertThat(config.describe()).containsEntry("kafka.sasl.jaas.config", "*****");
        assertThat(config.topics().partitions()).isEqualTo(6);
    }

    @Test
    void missingAndMalformedSettingsNameTheSettingAndItsVariable() {
        NewsflowConfig config = NewsflowConfig.of(Map.of("ingest.max.file.bytes", "lots", "aggregate.dormant.after", "soon"));

        assertThatThrownBy(() -> config.get("kafka.bootstrap.servers"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("kafka.bootstrap.servers")
                .hasMessageContaining("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS");
        assertThatThrownBy(() -> config.getLong("ingest.max.file.bytes", 0))
                .hasMessageContaining("ingest.max.file.bytes").hasMessageContaining("lots");
        assertThatThrownBy(() -> config.getDuration("aggregate.dormant.after", Duration.ZERO))
                .hasMessageContaining("aggregate.dormant.after");
    }

    @Test
    void withReplacesOneValueAndLeavesTheOriginalUnchanged() {
        NewsflowConfig base = NewsflowConfig.of(Map.of("topic.prefix", "a."));
        NewsflowConfig changed = base.with("topic.prefix", "b.");

        assertThat(base.get("topic.prefix")).isEqualTo("a.");
        assertThat(changed.get("topic.prefix")).isEqualTo("b.");
        assertThat(NewsflowConfig.keyOf("NEWSFLOW_KAFKA_MAX_POLL_RECORDS")).isEqualTo("kafka.max.poll.records");
        assertThat(NewsflowConfig.variableOf("state.dir")).isEqualTo("NEWSFLOW_STATE_DIR");
    }

    @Test
    void durationsReadIsoAndShortForms() {
        assertThat(Durations.parse("PT10M")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThatThrownBy(() -> Durations.parse("10 parsecs")).isInstanceOf(NumberFormatException.class);
    }
}
