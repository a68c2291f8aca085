package io.newsflow.ingest;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.ingest.source.ArticleSource;
import io.newsflow.ingest.source.Sources;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.http.HttpSettings;
import io.newsflow.model.http.MetricsServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: {@code IngestMain SOURCE...} publishes the articles of the sources once, or, with
 * {@code ingest.poll.interval} above zero, again every interval (only new or changed articles) until
 * SIGTERM.
 */
public final class IngestMain {

    private static final Logger LOG = LoggerFactory.getLogger(IngestMain.class);
    /** The default port of {@code ingest.metrics.port}. */
    public static final int METRICS_PORT = 8482;

    private IngestMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0) {
            System.err.println("usage: IngestMain SOURCE... (folders, .jsonl, .txt or .html files)");
            System.exit(2);
        }
        NewsflowConfig config = NewsflowConfig.load(IngestSettings.DEFAULTS, null, System.getenv());
        long maxFileBytes = config.getLong("ingest.max.file.bytes", 0);
        List<ArticleSource> sources = Arrays.stream(args).map(arg -> Sources.of(arg, maxFileBytes)).toList();
        Duration interval = config.getDuration("ingest.poll.interval", Duration.ZERO);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            awaitQuietly(stopped);
        }, "ingest-shutdown"));
        PrometheusMeterRegistry registry = MetricsServer.registry("ingest");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(IngestSettings.producerProperties(config));
             IngestMetrics metrics = new IngestMetrics(registry, producer);
             // a one-shot run ends before anyone could scrape it: only a polling ingest serves /metrics
             MetricsServer server = interval.isZero() ? null
                     : MetricsServer.start(HttpSettings.from(config, "ingest.metrics", METRICS_PORT), registry)) {
            IngestService service = new IngestService(producer, config.topics(), Clock.systemUTC(),
                    config.getInt("ingest.max.article.bytes", 0));
            service.restoreSeen(config.kafkaProperties());
            do {
                metrics.record(service.ingest(sources));
            } while (!interval.isZero() && !stop.await(interval.toMillis(), TimeUnit.MILLISECONDS));
        } finally {
            LOG.info("ingest: stopped");
            stopped.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
