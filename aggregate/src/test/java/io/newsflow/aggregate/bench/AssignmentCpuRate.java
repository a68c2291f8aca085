package io.newsflow.aggregate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Assignments per CPU-second of the assigning thread, on the setup of {@link StoryClustererBenchmark}:
 * on a shared machine the thread's CPU time says what one core does, where JMH's wall clock also
 * counts the time other processes hold the core. The 30,000 measured assignments are timed in five windows;
 * it prints the median and the best window.
 *
 * <p>Run: {@code java -cp ... io.newsflow.aggregate.bench.AssignmentCpuRate [stories ...]} (docs/clustering.md).
 */
public final class AssignmentCpuRate {

    private static final int WARMUP = 20_000;
    private static final int WINDOWS = 5;
    private static final int PER_WINDOW = 6_000;

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
            double[] rates = new double[WINDOWS];
            long wallStart = System.nanoTime();
            long cpuTotal = 0;
            long userStart = threads.getCurrentThreadUserTime();
            for (int w = 0; w < WINDOWS; w++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < PER_WINDOW; i++) {
                    bench.assign();
                }
                long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
                cpuTotal += cpu;
                rates[w] = PER_WINDOW / (cpu / 1e9);
            }
            // the kernel's share: page faults on the heap count as the thread's time (docs/clustering.md)
            double kernelShare = 1 - (threads.getCurrentThreadUserTime() - userStart) / (double) cpuTotal;
            double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
            Arrays.sort(rates);
            // other processes slow a window down, never speed it up: the best window is the least disturbed
            System.out.printf("%s stories: %.0f assignments per CPU-second (median of %d windows; best %.0f),"
                            + " %.0f per wall-clock second, %.0f %% of the CPU time in the kernel%n", size,
                    rates[WINDOWS / 2], WINDOWS, rates[WINDOWS - 1], WINDOWS * PER_WINDOW / wallSeconds,
                    Math.max(0, 100 * kernelShare));
        }
    }
}
