package io.newsflow.deploy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C / SIGTERM for a command that owns child processes: the JVM's shutdown hook tells the command
 * to stop, then waits until the command has closed everything (the broker process included), because
 * the JVM halts as soon as its hooks return.
 */
final class Shutdown implements AutoCloseable {

    private static final Duration CLEANUP_LIMIT = Duration.ofSeconds(60);

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch cleanedUp = new CountDownLatch(1);
    private final Thread hook;

    Shutdown() {
        hook = new Thread(() -> {
            requested.countDown();
            awaitQuietly(cleanedUp, CLEANUP_LIMIT);
        }, "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Whether a stop was requested. */
    boolean requested() {
        return requested.getCount() == 0;
    }

    /** Waits up to {@code limit} for a stop request; true when one came. */
    boolean awaitRequest(Duration limit) throws InterruptedException {
        return requested.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits for a stop request. */
    void awaitRequest() throws InterruptedException {
        requested.await();
    }

    /** Everything is closed: the hook may return, and a normal exit no longer needs it. */
    @Override
    public void close() {
        cleanedUp.countDown();
        if (!requested()) {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    private static void awaitQuietly(CountDownLatch latch, Duration limit) {
        try {
            latch.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
