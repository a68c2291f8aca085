package io.newsflow.ingest;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.ingest.source.ArticleSource;
import io.newsflow.ingest.source.PolledSource;
import io.newsflow.ingest.source.Sources;
import io.newsflow.ingest.source.SourcesFile;
import io.newsflow.ingest.web.FetchSettings;
import io.newsflow.ingest.web.HttpFetcher;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.http.HttpSettings;
import io.newsflow.model.http.MetricsServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: {@code IngestMain SOURCE...} publishes the articles of the sources once, or, with
 * {@code ingest.poll.interval} above zero, again every interval (only new or changed articles) until
 * SIGTERM. Sources of the sources file may carry their own interval ({@code every=5m}).
 */
public final class IngestMain {

    private static final Logger LOG = LoggerFactory.getLogger(IngestMain.class);
    /** The default port of {@code ingest.metrics.port}. */
    public static final int METRICS_PORT = 8482;
    /** How often a polling ingest looks whether its sources file changed. */
    private static final Duration FILE_CHECK = Duration.ofSeconds(5);

    private IngestMain() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        NewsflowConfig config = NewsflowConfig.load(IngestSettings.DEFAULTS, null, System.getenv());
        String sourcesFile = config.get("ingest.sources.file", "");
        if (args.length == 0 && sourcesFile.isBlank()) {
            System.err.println("usage: IngestMain SOURCE... (folders, .jsonl, .txt or .html files, feed/sitemap/page URLs)"
                    + " or NEWSFLOW_INGEST_SOURCES_FILE=FILE (one source a line, re-read when it changes)");
            System.exit(2);
        }
        long maxFileBytes = config.getLong("ingest.max.file.bytes", 0);
        PrometheusMeterRegistry registry = MetricsServer.registry("ingest");
        HttpFetcher fetcher = new HttpFetcher(FetchSettings.from(config));
        fetcher.bindTo(registry);
        List<PolledSource> given = Arrays.stream(args)
                .map(arg -> new PolledSource(Sources.of(arg, maxFileBytes, fetcher), null)).toList();
        SourcesFile file = sourcesFile.isBlank() ? null
                : new SourcesFile(Path.of(sourcesFile), spec -> Sources.of(spec, maxFileBytes, fetcher));
        Duration interval = config.getDuration("ingest.poll.interval", Duration.ZERO);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            awaitQuietly(stopped);
        }, "ingest-shutdown"));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(IngestSettings.producerProperties(config));
             IngestMetrics metrics = new IngestMetrics(registry, Clock.systemUTC()).bind(producer);
             // a one-shot run ends before anyone could scrape it: only a polling ingest serves /metrics
             MetricsServer server = interval.isZero() && file == null ? null
                     : MetricsServer.start(HttpSettings.from(config, "ingest.metrics", METRICS_PORT), registry)) {
            IngestService service = new IngestService(producer, config.topics(), Clock.systemUTC(),
                    config.getInt("ingest.max.article.bytes", 0), metrics);
            service.restoreSeen(config.kafkaProperties());
            PollSchedule schedule = new PollSchedule(interval);
            Optional<Instant> next;
            do {
                List<PolledSource> sources = new ArrayList<>(given);
                if (file != null) {
                    sources.addAll(file.current());
                }
                List<ArticleSource> due = schedule.due(sources, Instant.now());
                if (!due.isEmpty()) {
                    service.ingest(due);
                }
                next = schedule.next(sources);
            } while (next.isPresent() && !stop.await(untilNext(next.get(), file != null), TimeUnit.MILLISECONDS));
        } finally {
            LOG.info("ingest: stopped");
            stopped.countDown();
        }
    }

    /** Milliseconds to the next read; a sources file is looked at again at least every few seconds. */
    private static long untilNext(Instant next, boolean watchFile) {
        long millis = Math.max(0, Duration.between(Instant.now(), next).toMillis());
        return watchFile ? Math.min(millis, FILE_CHECK.toMillis()) : millis;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
