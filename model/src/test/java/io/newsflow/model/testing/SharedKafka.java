package io.newsflow.model.testing;

import io.newsflow.model.TopicRegistry;
import io.newsflow.model.TopicSpec;
import io.newsflow.model.config.NewsflowConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.awaitility.Awaitility;

/**
 * One real KRaft broker per test JVM, started on first use and stopped when the JVM exits.
 *
 * <p>Tests isolate themselves with a fresh topic prefix ({@link #freshTopics()}) instead of a fresh
 * broker, because a broker takes seconds to start.
 */
public final class SharedKafka {

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static KafkaClusterTestKit cluster;

    private SharedKafka() {
    }

    /** The bootstrap servers of the shared broker, starting it on first call. */
    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            cluster = start();
            Runtime.getRuntime().addShutdownHook(new Thread(SharedKafka::stop, "shared-kafka-stop"));
        }
        return cluster.bootstrapServers();
    }

    /** A registry with a prefix no other test uses, its topics created on the shared broker. */
    public static TopicRegistry freshTopics(int partitions) {
        TopicRegistry topics = new TopicRegistry("t" + RUNS.incrementAndGet() + "-" + System.nanoTime() + ".",
                partitions);
        createTopics(topics.all());
        return topics;
    }

    /** {@link #freshTopics(int)} with one partition per topic. */
    public static TopicRegistry freshTopics() {
        return freshTopics(1);
    }

    /**
     * A newsflow configuration for apps under test on the shared broker: these topics, this state
     * directory, and application ids no other test uses.
     */
    public static NewsflowConfig config(TopicRegistry topics, Path stateDir) {
        String run = topics.prefix();
        return NewsflowConfig.of(Map.of(
                "kafka.bootstrap.servers", bootstrapServers(),
                "state.dir", stateDir.toString(),
                "topic.prefix", topics.prefix(),
                "topic.partitions", Integer.toString(topics.partitions()),
                "enrich.application.id", run + "enrich",
                "aggregate.application.id", run + "aggregate",
                // any free port: tests and other runs on this machine must not collide
                "aggregate.http.port", "0"));
    }

    /** Admin client properties for the shared broker. */
    public static Properties clientProperties() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    private static void createTopics(List<TopicSpec<String, ?>> specs) {
        try (Admin admin = Admin.create(clientProperties())) {
            admin.createTopics(specs.stream().map(spec -> spec.newTopic((short) 1)).toList()).all().get();
            awaitLeaders(admin, specs.stream().map(TopicSpec::name).toList());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create test topics", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the broker serves every partition of the topics as their leader (its metadata can say
     * so a moment before): a producer writing to a partition the broker does not lead yet gets
     * NOT_LEADER_OR_FOLLOWER, and an idempotent one retrying can then meet an out-of-order sequence and
     * hold its batch until the delivery timeout. Listing offsets asks the partition's leader itself.
     */
    private static void awaitLeaders(Admin admin, List<String> names) {
        Awaitility.await("leaders of " + names).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .ignoreExceptions()
                .until(() -> {
                    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                    admin.describeTopics(names).allTopicNames().get().values().forEach(topic -> topic.partitions()
                            .forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
                    admin.listOffsets(latest).all().get();
                    return true;
                });
    }

    private static KafkaClusterTestKit start() {
        // At JVM exit Kafka's own hook deletes the broker's temp log dir while the broker is still closing;
        // the broker then sees its only log dir fail and halts the JVM with status 1, which Surefire reports
        // as a crashed fork although every test passed. A test broker must never end the test JVM.
        Exit.setHaltProcedure((status, message) -> System.err.println("in-JVM test broker asked to halt ("
                + status + "): " + message + "; ignored"));
        Exit.setExitProcedure((status, message) -> System.err.println("in-JVM test broker asked to exit ("
                + status + "): " + message + "; ignored"));
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "false")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the in-JVM Kafka broker", e);
        }
    }

    private static synchronized void stop() {
        try {
            cluster.close();
        } catch (Exception e) {
            // the JVM is exiting; the broker's temp folder is removed either way
        }
    }
}
