package io.newsflow.deploy;

import io.newsflow.ingest.IngestSettings;
import io.newsflow.model.TopicSpec;
import io.newsflow.model.config.NewsflowConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow topics}: creates newsflow's topics on an existing cluster, as the topic registry
 * defines them, for a deployment where {@code newsflow local} does not run (docker-compose, Kubernetes).
 * Idempotent: topics that exist are left as they are.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Creates the topics newsflow needs on an existing Kafka cluster (existing ones are kept)",
                "and prints each topic's name, partitions, cleanup policy and retention."})
final class TopicsCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "The cluster (default: the kafka.bootstrap.servers setting).")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file of newsflow settings.")
    Path configFile;

    PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = NewsflowConfig.load(IngestSettings.DEFAULTS, configFile, System.getenv());
        if (bootstrapServers != null) {
            config = config.with("kafka.bootstrap.servers", bootstrapServers);
        }
        short replication = (short) config.getInt("topic.replication.factor", 1);
        TopicProvisioner.ensureTopics(config.kafkaProperties(), config.topics(), replication);
        for (TopicSpec<String, ?> spec : config.topics().all()) {
            out.printf("%s partitions=%d cleanup=%s retention=%s%n", spec.name(), spec.partitions(),
                    spec.compacted() ? "compact" : "delete", retention(spec));
        }
        return 0;
    }

    private static String retention(TopicSpec<String, ?> spec) {
        if (spec.retention() == null) {
            return "forever";
        }
        long days = spec.retention().toDays();
        return spec.retention().equals(Duration.ofDays(days)) ? days + "d" : spec.retention().toString();
    }
}
