package io.newsflow.aggregate.bench;

import io.newsflow.aggregate.cluster.ArticleDoc;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Assignments per CPU-second of the assigning thread, on the stream of {@link StoryClustererBenchmark}: on a
 * shared machine the thread's CPU time says what one core does, where JMH's wall clock also counts the
 * time other processes hold the core. After {@value #WARMUP_WINDOWS} windows of warm-up, {@value #WINDOWS}
 * windows of {@value #ARTICLES_PER_WINDOW} articles are timed, each article made just before it is assigned
 * and its making not timed; it prints every window in order, their median, the kernel's share and the
 * active stories at the end.
 *
 * <p>Run: {@code java -cp ... io.newsflow.aggregate.bench.AssignmentCpuRate [stories ...]} (docs/clustering.md).
 */
public final class AssignmentCpuRate {

    private static final int WARMUP_WINDOWS = 10;
    private static final int WINDOWS = 15;
    private static final int ARTICLES_PER_WINDOW = 2048;

    private AssignmentCpuRate() {
    }

    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[] {"1000", "10000", "100000"} : args;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String size : sizes) {
            StoryClustererBenchmark bench = new StoryClustererBenchmark();
            bench.activeStories = Integer.parseInt(size);
            bench.fillIndex();
            for (int w = 0; w < WARMUP_WINDOWS; w++) {
                timedWindow(bench, threads);
            }
            double[] rates = new double[WINDOWS];
            long cpuTotal = 0;
            long userTotal = 0;
            for (int w = 0; w < WINDOWS; w++) {
                long[] times = timedWindow(bench, threads);
                cpuTotal += times[1];
                userTotal += times[2];
                rates[w] = ARTICLES_PER_WINDOW / (times[0] / 1e9);
            }
            String windows = Arrays.stream(rates).mapToObj(rate -> String.format("%.0f", rate))
                    .collect(Collectors.joining(" "));
            double[] sorted = rates.clone();
            Arrays.sort(sorted);
            // the kernel's share: page faults on the heap count as the thread's time (docs/clustering.md)
            System.out.printf("%s stories: %.0f assignments per CPU-second (median of %d windows: %s),"
                            + " %.0f %% of the CPU time in the kernel, %d active stories at the end%n", size,
                    sorted[WINDOWS / 2], WINDOWS, windows, Math.max(0, 100 * (1 - userTotal / (double) cpuTotal)),
                    bench.activeNow());
        }
    }

    /**
     * One window: article after article made, untimed, then assigned. Returns the CPU nanoseconds of the
     * assignments, and the CPU and user nanoseconds of the whole window (making included), for the kernel's
     * share: the user time is read from the kernel's accounts, too slowly to take per article.
     */
    private static long[] timedWindow(StoryClustererBenchmark bench, ThreadMXBean threads) {
        long assigning = 0;
        long windowStart = threads.getCurrentThreadCpuTime();
        long userStart = threads.getCurrentThreadUserTime();
        for (int a = 0; a < ARTICLES_PER_WINDOW; a++) {
            bench.nextArticle();
            ArticleDoc article = bench.article();
            long start = threads.getCurrentThreadCpuTime();
            bench.assign(article);
            assigning += threads.getCurrentThreadCpuTime() - start;
        }
        long window = threads.getCurrentThreadCpuTime() - windowStart;
        return new long[] {assigning, window, threads.getCurrentThreadUserTime() - userStart};
    }
}
