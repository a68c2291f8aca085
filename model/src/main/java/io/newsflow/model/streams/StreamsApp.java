package io.newsflow.model.streams;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lifecycle of one Kafka Streams app: start, stop on SIGTERM or {@link #close()}, and tell when it
 * has died. Holds no processing logic.
 */
public final class StreamsApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final KafkaStreams streams;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** An app of this topology and these properties, not yet started. */
    public StreamsApp(String name, Topology topology, Properties props) {
        this.name = name;
        this.streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("{}: stream thread died; shutting the app down", name, error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((now, before) -> {
            LOG.info("{}: {} -> {}", name, before, now);
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
    }

    /** Starts processing in the background. */
    public StreamsApp start() {
        streams.start();
        return this;
    }

    /** The app's current state. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The underlying client, for interactive queries. */
    public KafkaStreams streams() {
        return streams;
    }

    /** Runs until SIGTERM or Ctrl-C, then closes cleanly; for a service's {@code main}. */
    public void runUntilShutdown() throws InterruptedException {
        Thread hook = new Thread(this::close, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        start();
        stopped.await();
        if (streams.state() == KafkaStreams.State.ERROR) {
            throw new IllegalStateException(name + " stopped with an error; see the log");
        }
    }

    @Override
    public void close() {
        LOG.info("{}: closing", name);
        // leave the group so that the remaining or restarted instances take the tasks over at once
        streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        stopped.countDown();
    }
}
