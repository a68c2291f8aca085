package io.newsflow.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft broker (combined broker and controller) in a separate JVM, started from the
 * Kafka jars Maven resolved onto this program's classpath: {@code StorageTool format} once per data
 * folder, then {@code kafka.Kafka}. On 127.0.0.1 with free ports; SIGTERM on close.
 *
 * <p>A separate process keeps the broker's heap, threads and thousands of log lines apart from the
 * pipeline's, and lets it shut down the way a production broker does.
 */
final class LocalBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalBroker.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final String bootstrapServers;
    private final Path logFile;

    private LocalBroker(Process process, String bootstrapServers, Path logFile) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.logFile = logFile;
    }

    /**
     * Starts a broker keeping its data under {@code dataDir} and waits until it serves requests.
     *
     * @throws IllegalStateException when it does not come up within {@code timeout}; the message names its log
     */
    static LocalBroker start(Path dataDir, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        int port = freePort();
        int controllerPort = freePort();
        Path config = dataDir.resolve("server.properties");
        Path logDir = dataDir.resolve("kafka-logs");
        Files.writeString(config, serverProperties(port, controllerPort, logDir), StandardCharsets.UTF_8);
        Path logFile = dataDir.resolve("broker.log");
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(config, logFile);
        }
        long started = System.nanoTime();
        Process process = java("kafka.Kafka", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        LocalBroker broker = new LocalBroker(process, "127.0.0.1:" + port, logFile);
        try {
            broker.awaitReady(timeout);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        LOG.info("Kafka broker (KRaft) ready on {} in {} ms; log {}", broker.bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), logFile);
        return broker;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Kafka broker did not stop within {}; killing it", STOP_TIMEOUT);
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Duration timeout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        try (Admin admin = Admin.create(props)) {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("the Kafka broker exited with code "
                                    + process.exitValue() + "; see " + logFile);
                        }
                        return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                                .nodes().get().isEmpty();
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(process.isAlive()
                    ? "the Kafka broker did not become ready within " + timeout + "; see " + logFile
                    : "the Kafka broker exited with code " + process.exitValue() + "; see " + logFile, e);
        }
    }

    private static void format(Path config, Path logFile) throws IOException, InterruptedException {
        Process format = java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
            format.destroyForcibly();
            throw new IllegalStateException("formatting the Kafka storage failed; see " + logFile);
        }
    }

    private static ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx512m", "-XX:+UseG1GC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static String serverProperties(int port, int controllerPort, Path logDir) {
        return String.join("\n",
                "# written by newsflow local: a combined KRaft broker and controller for one machine",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDir.toAbsolutePath(),
                "num.partitions=3",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
