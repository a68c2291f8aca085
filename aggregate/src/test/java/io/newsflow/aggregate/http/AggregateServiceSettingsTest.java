package io.newsflow.aggregate.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.aggregate.AggregateService;
import io.newsflow.model.config.ConfigException;
import io.newsflow.model.config.NewsflowConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The aggregator refuses to expose its API beyond this machine without an access token. */
class AggregateServiceSettingsTest {

    @Test
    void refusesToStartOnANonLoopbackAddressWithoutAToken() {
        NewsflowConfig config = NewsflowConfig.of(Map.of("kafka.bootstrap.servers", "127.0.0.1:9",
                "aggregate.http.host", "0.0.0.0", "aggregate.http.port", "0"));

        assertThatThrownBy(() -> AggregateService.create(config)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("aggregate.http.token");
    }
}
