package io.newsflow.aggregate.bench;

import io.newsflow.aggregate.cluster.ArticleDoc;
import io.newsflow.aggregate.cluster.ClusterParams;
import io.newsflow.aggregate.cluster.StoryClusterer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Assignment rate of the story clusterer in a steady state of N active stories ({@link SyntheticNewsStream}):
 * each invocation assigns the stream's next {@value #BATCH} articles, made before it and not timed, and
 * moves the stories gone dormant out of the index once a minute of stream time, as the aggregator does.
 *
 * <p>Run: see docs/clustering.md ("Benchmark"). The setup prints the heap retained per active story.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoryClustererBenchmark {

    /**
     * Articles made ahead of their assignment at a time. The aggregator analyses an article just before it
     * assigns it, so the article's terms are in cache; a small batch keeps them there (32 articles'
     * terms take ≈ 1 MB, 2,048 articles' would come from memory, a cost the aggregator does not have).
     */
    static final int BATCH = 32;
    /** The aggregator's default {@code aggregate.dormancy.check}. */
    private static final long DORMANCY_CHECK = Duration.ofMinutes(1).toMillis();

    @Param({"1000", "10000", "100000"})
    public int activeStories;

    private StoryClusterer clusterer;
    private SyntheticNewsStream stream;
    private List<ArticleDoc> batch;
    private long nextDormancyCheck;

    /** Seeds the index with N stories and prints the heap they retain. */
    @Setup(Level.Trial)
    public void fillIndex() {
        ClusterParams params = ClusterParams.defaults();
        long heapBefore = usedHeap();
        clusterer = new StoryClusterer(params);
        stream = new SyntheticNewsStream(activeStories, params.dormantAfter(), 42);
        for (int story = 0; story < activeStories; story++) {
            ArticleDoc seed = stream.seed(story);
            clusterer.assign(seed, seed.time().toEpochMilli());
        }
        long heapAfter = usedHeap();
        // JMH shows what a setup prints: the retained heap of the filled index, per story
        System.out.printf("%n%d active stories: %.1f KiB heap per active story%n", clusterer.activeStories(),
                (heapAfter - heapBefore) / 1024.0 / clusterer.activeStories());
    }

    /** Makes the next batch of articles, outside the timed invocation. */
    @Setup(Level.Invocation)
    public void nextBatch() {
        batch = stream.next(BATCH);
    }

    /** A batch of articles assigned, in stream order: each joins the story of its event or opens one. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void assign(Blackhole assignments) {
        for (ArticleDoc doc : batch) {
            assignments.consume(assign(doc));
        }
    }

    /** Assigns one article, and expires the dormant stories when a dormancy check is due. */
    Object assign(ArticleDoc doc) {
        long streamTime = doc.time().toEpochMilli();
        if (streamTime >= nextDormancyCheck) {
            clusterer.expire(streamTime);
            nextDormancyCheck = streamTime + DORMANCY_CHECK;
        }
        return clusterer.assign(doc, streamTime);
    }

    /** The batch the next invocation assigns. */
    List<ArticleDoc> batch() {
        return batch;
    }

    /** The active stories now. */
    int activeNow() {
        return clusterer.activeStories();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
