package io.newsflow.model.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.model.config.ConfigException;
import io.newsflow.model.config.NewsflowConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    @Test
    void bindsToLoopbackWithoutATokenByDefault() {
        HttpSettings settings = HttpSettings.from(NewsflowConfig.of(Map.of()), "aggregate.http", 8480);

        assertThat(settings).isEqualTo(new HttpSettings("127.0.0.1", 8480, null));
        assertThat(settings.loopback()).isTrue();
    }

    @Test
    void refusesANonLoopbackBindWithoutAToken() {
        NewsflowConfig config = NewsflowConfig.of(Map.of("aggregate.http.host", "0.0.0.0"));

        assertThatThrownBy(() -> HttpSettings.from(config, "aggregate.http", 8480))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("aggregate.http.token").hasMessageContaining("NEWSFLOW_AGGREGATE_HTTP_TOKEN");
        assertThatThrownBy(() -> HttpSettings.from(config.with("aggregate.http.token", "  "), "aggregate.http", 8480))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void acceptsANonLoopbackBindWithAToken() {
        HttpSettings settings = HttpSettings.from(NewsflowConfig.of(Map.of("enrich.metrics.host", "0.0.0.0",
                "enrich.metrics.port", "9100", "enrich.metrics.token", "s3cret")), "enrich.metrics", 8481);

        assertThat(settings).isEqualTo(new HttpSettings("0.0.0.0", 9100, "s3cret"));
        assertThat(settings.loopback()).isFalse();
    }

    @Test
    void refusesAPortOutOfRange() {
        assertThatThrownBy(() -> HttpSettings.from(NewsflowConfig.of(Map.of("ingest.metrics.port", "70000")),
                "ingest.metrics", 8482)).isInstanceOf(ConfigException.class).hasMessageContaining("70000");
    }
}
