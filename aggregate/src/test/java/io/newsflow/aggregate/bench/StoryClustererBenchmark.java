package io.newsflow.aggregate.bench;

import io.newsflow.aggregate.cluster.ArticleDoc;
import io.newsflow.aggregate.cluster.ClusterParams;
import io.newsflow.aggregate.cluster.StoryClusterer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Assignment rate of the story clusterer in a steady state of N active stories ({@link SyntheticNewsStream}):
 * each invocation assigns the stream's next article, made before it and not timed, and
 * moves the stories gone dormant out of the index once a minute of stream time, as the aggregator does.
 *
 * <p>Run: see docs/clustering.md ("Benchmark"). The setup prints the heap retained per active story.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoryClustererBenchmark {

    /** The aggregator's default {@code aggregate.dormancy.check}. */
    private static final long DORMANCY_CHECK = Duration.ofMinutes(1).toMillis();

    @Param({"1000", "10000", "100000"})
    public int activeStories;

    private StoryClusterer clusterer;
    private SyntheticNewsStream stream;
    private ArticleDoc article;
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

    /**
     * Makes the next article, outside the timed invocation, just before it is assigned: the aggregator
     * analyses an article just before it assigns it, so the article's terms are in cache. (Made 32 at a
     * time, they were not: the same build ran at 0.89 of the rate, see docs/clustering.md.)
     */
    @Setup(Level.Invocation)
    public void nextArticle() {
        article = stream.next();
    }

    /** The article assigned: it joins the story of its event or opens one. */
    @Benchmark
    public Object assign() {
        return assign(article);
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

    /** The article the next invocation assigns. */
    ArticleDoc article() {
        return article;
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
