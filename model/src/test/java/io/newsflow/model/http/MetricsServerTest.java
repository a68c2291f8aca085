package io.newsflow.model.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The metrics endpoint of ingest and enrich, over a real socket. */
class MetricsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesPrometheusTextWithTheServiceTagBehindTheToken() throws Exception {
        PrometheusMeterRegistry registry = MetricsServer.registry("enrich");
        registry.counter("newsflow.test.events", "kind", "probe").increment(3);
        try (MetricsServer server = MetricsServer.start(new HttpSettings("127.0.0.1", 0, "s3cret"), registry)) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/metrics");

            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> served = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(served.body()).contains("newsflow_test_events_total{kind=\"probe\",service=\"enrich\"} 3.0")
                    .contains("jvm_memory_used_bytes");
        }
    }
}
