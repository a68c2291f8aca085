package io.newsflow.deploy;

import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.ingest.source.ArticleSource;
import io.newsflow.ingest.source.Sources;
import io.newsflow.ingest.web.FetchSettings;
import io.newsflow.ingest.web.HttpFetcher;
import io.newsflow.model.Json;
import io.newsflow.model.config.Durations;
import io.newsflow.model.config.NewsflowConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow local}: a real KRaft broker, ingest, enrich and aggregate on this machine, over the
 * given sources or the sample corpus. With {@code --once} it starts from empty state, waits until every
 * article is accounted for, prints each story as a JSON line and exits.
 */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline locally against a real Kafka broker (KRaft).",
                "Without SOURCE it processes the sample corpus newsflow ships (deploy/samples)."})
final class LocalCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCommand.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    @Parameters(paramLabel = "SOURCE", arity = "0..*",
            description = "Folders (.txt, .html, .html.gz files) or JSONL files to ingest.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--once", description = "Start from empty state, process the sources once, print each story "
            + "as a JSON line on stdout and exit.")
    boolean once;

    @Option(names = "--timeout", defaultValue = "10m", paramLabel = "DURATION",
            description = "With --once: how long to wait for every article to be accounted for (default ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Use this Kafka cluster instead of starting a local broker.")
    String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the local broker and the Streams state "
            + "keep their data (default: deploy/target/local).")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file of newsflow settings.")
    Path configFile;

    /** Shared by every web source of the run; its counts join the pipeline's meters once it runs. */
    private HttpFetcher fetcher;

    PrintStream out = System.out;
    /** Where the dashboard URL goes: stdout is reserved for the {@code --once} lines. */
    PrintStream err = System.err;

    @Override
    public Integer call() throws Exception {
        Duration waitLimit = Durations.parse(timeout);
        Path data = dataDir != null ? dataDir : NewsflowHome.path().resolve("deploy/target/local");
        List<String> inputs = sources.isEmpty() ? List.of(NewsflowHome.sampleCorpus().toString()) : sources;
        NewsflowConfig config = NewsflowConfig.load(IngestSettings.DEFAULTS, configFile, System.getenv());
        fetcher = new HttpFetcher(FetchSettings.from(config));
        List<ArticleSource> readers = inputs.stream()
                .map(spec -> Sources.of(spec, config.getLong("ingest.max.file.bytes", 0), fetcher)).toList();
        try (Shutdown shutdown = new Shutdown()) {
            return once ? runOnce(config, readers, data.resolve("once"), waitLimit, shutdown)
                    : runForever(config, readers, data, shutdown);
        }
    }

    private int runOnce(NewsflowConfig base, List<ArticleSource> readers, Path runDir, Duration waitLimit,
                        Shutdown shutdown) throws Exception {
        Instant deadline = Instant.now().plus(waitLimit);
        deleteRecursively(runDir);
        NewsflowConfig config = base.with("state.dir", runDir.resolve("state").toString());
        if (base.get("aggregate.http.port", null) == null) {
            // a one-off run: any free port, so that it never collides with a running "newsflow local"
            config = config.with("aggregate.http.port", "0");
        }
        if (base.get("topic.partitions", null) == null) {
            // one partition per topic: the same input in the same order gives the same stories and ids
            config = config.with("topic.partitions", "1");
        }
        String runId = "once-" + System.currentTimeMillis();
        if (bootstrapServers != null) {
            // a shared cluster: fresh topics and application ids instead of fresh broker data
            config = config.with("kafka.bootstrap.servers", bootstrapServers)
                    .with("topic.prefix", "newsflow-" + runId + ".")
                    .with("enrich.application.id", "newsflow-enrich-" + runId)
                    .with("aggregate.application.id", "newsflow-aggregate-" + runId);
        }
        try (LocalBroker broker = bootstrapServers == null ? LocalBroker.start(runDir.resolve("kafka"), START_TIMEOUT)
                : null) {
            if (broker != null) {
                config = config.with("kafka.bootstrap.servers", broker.bootstrapServers());
            }
            int status = processOnce(config, readers, deadline, shutdown);
            if (bootstrapServers != null) {
                TopicProvisioner.deleteTopics(config.kafkaProperties(), config.topics());
            }
            return status;
        }
    }

    private int processOnce(NewsflowConfig config, List<ArticleSource> readers, Instant deadline, Shutdown shutdown)
            throws Exception {
        try (LocalPipeline pipeline = LocalPipeline.start(config, false, START_TIMEOUT);
             OnceCollector collector = new OnceCollector(config.kafkaProperties(), config.topics())) {
            fetcher.bindTo(pipeline.registry());
            err.println("newsflow dashboard: " + pipeline.dashboardUrl());
            IngestReport report = pipeline.ingest(readers);
            Set<String> missing = collector.awaitAccounted(report.published(), deadline,
                    () -> pipeline.hasFailed() || shutdown.requested());
            if (!missing.isEmpty()) {
                String why = pipeline.hasFailed() ? "because a Streams app failed (see the log)"
                        : shutdown.requested() ? "because the run was interrupted" : "before the timeout";
                LOG.error("{} of {} articles were not accounted for {}; e.g. {}", missing.size(),
                        report.published().size(), why, missing.stream().sorted().limit(5).toList());
                return 1;
            }
            List<OnceStory> stories = collector.storiesOf(report.published());
            for (OnceStory story : stories) {
                out.println(Json.MAPPER.writeValueAsString(story));
            }
            out.flush();
            LOG.info("{} articles published, {} skipped as already seen, {} inputs dead-lettered at ingest, "
                            + "{} dead-lettered downstream; {} stories", report.published().size(),
                    report.skippedSeen(), report.deadLettered(), collector.deadLettersOf(report.published()).size(),
                    stories.size());
            return 0;
        }
    }

    private int runForever(NewsflowConfig base, List<ArticleSource> readers, Path data, Shutdown shutdown)
            throws Exception {
        NewsflowConfig config = base.with("state.dir", data.resolve("state").toString());
        try (LocalBroker broker = bootstrapServers == null ? LocalBroker.start(data.resolve("kafka"), START_TIMEOUT)
                : null) {
            config = config.with("kafka.bootstrap.servers",
                    broker != null ? broker.bootstrapServers() : bootstrapServers);
            try (LocalPipeline pipeline = LocalPipeline.start(config, true, START_TIMEOUT)) {
                fetcher.bindTo(pipeline.registry());
                err.println("newsflow dashboard: " + pipeline.dashboardUrl());
                IngestReport report = pipeline.ingest(readers);
                LOG.info("newsflow is running on Kafka {}: {} articles published, {} already seen, {} dead-lettered. "
                                + "Ctrl-C stops it.", config.get("kafka.bootstrap.servers"), report.published().size(),
                        report.skippedSeen(), report.deadLettered());
                Duration poll = config.getDuration("ingest.poll.interval", Duration.ZERO);
                if (poll.isZero()) {
                    shutdown.awaitRequest();
                }
                while (!poll.isZero() && !shutdown.awaitRequest(poll)) {
                    pipeline.ingest(readers);
                }
                LOG.info("stopping");
            }
        }
        return 0;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
