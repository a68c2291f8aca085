package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.model.http.HttpSettings;
import io.newsflow.model.http.MetricsServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IngestMetricsTest {

    @Test
    void countsBySourceAndReasonKindAndReportsLagSinceTheLastSuccess() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        IngestMetrics metrics = new IngestMetrics(registry, clock);

        metrics.read("feed");
        metrics.published("feed");
        metrics.read("feed");
        metrics.skippedSeen("feed");
        metrics.failed("feed", "loopback address 127.0.0.1 refused");
        metrics.failed("feed", "body larger than 10485760 bytes");
        metrics.failed("feed", "malformed feed: unexpected end of file");
        metrics.succeeded("feed");
        clock.now = clock.now.plusSeconds(90);

        try (MetricsServer endpoint = MetricsServer.start(new HttpSettings(HttpSettings.LOOPBACK, 0, null), registry)) {
            String scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(scrape).contains("newsflow_ingest_articles_read_total{source=\"feed\"} 2.0");
            assertThat(scrape).contains("newsflow_ingest_published_total{source=\"feed\"} 1.0");
            assertThat(scrape).contains("newsflow_ingest_skipped_seen_total{source=\"feed\"} 1.0");
            assertThat(scrape).contains("reason=\"loopback address ADDRESS refused\"");
            assertThat(scrape).contains("reason=\"body larger than N bytes\"");
            assertThat(scrape).contains("reason=\"malformed feed\"");
            assertThat(scrape).contains("newsflow_ingest_source_lag_seconds{source=\"feed\"} 90.0");
        }
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
