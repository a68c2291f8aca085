package io.newsflow.aggregate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Assignments per CPU-second of the assigning thread, on the setup of {@link StoryClustererBenchmark}:
 * on a shared machine the thread's CPU time says what one core does, where JMH's wall clock also
 * counts the time other processes hold the core.
 *
 * <p>Run: {@code java -cp ... io.newsflow.aggregate.bench.AssignmentCpuRate [stories ...]} (docs/clustering.md).
 */
public final class AssignmentCpuRate {

    private static final int WARMUP = 20_000;
    private static final int MEASURED = 30_000;

    private AssignmentCpuRate() {
    }

    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[] {"1000", "10000", "100000"} : args;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String size : sizes) {
            StoryClustererBenchmark bench = new StoryClustererBenchmark();
            bench.activeStories = Integer.parseInt(size);
            bench.fillIndex();
            for (int i = 0; i < WARMUP; i++) {
                bench.assign();
            }
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                bench.assign();
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
            System.out.printf("%s stories: %.0f assignments per CPU-second, %.0f per wall-clock second%n",
                    size, MEASURED / cpuSeconds, MEASURED / wallSeconds);
        }
    }
}
