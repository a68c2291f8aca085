package io.newsflow.aggregate.bench;

import io.newsflow.aggregate.cluster.ArticleDoc;
import io.newsflow.aggregate.cluster.ClusterParams;
import io.newsflow.aggregate.cluster.StoryClusterer;
import io.newsflow.model.StoryArticle;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
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
 * Assignment rate of the story clusterer with N active stories: synthetic articles of ~500 words
 * drawn from a Zipf-like vocabulary, each event with its own distinctive terms.
 *
 * <p>Run: see docs/clustering.md ("Benchmark"). The setup prints the heap retained per active story.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoryClustererBenchmark {

    private static final int VOCABULARY = 50_000;
    private static final int WORDS = 500;
    private static final int BATCH = 1024;

    @Param({"1000", "10000", "100000"})
    public int activeStories;

    private StoryClusterer clusterer;
    private List<ArticleDoc> probes;
    private int next;
    private long streamTime;

    @Setup(Level.Trial)
    public void fillIndex() {
        SplittableRandom random = new SplittableRandom(42);
        long heapBefore = usedHeap();
        clusterer = new StoryClusterer(ClusterParams.defaults());
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        streamTime = start.toEpochMilli();
        for (int i = 0; i < activeStories; i++) {
            clusterer.assign(article("seed-" + i, i, random, start), streamTime);
        }
        long heapAfter = usedHeap();
        // JMH shows what a setup prints: the retained heap of the filled index, per story
        System.out.printf("%n%d active stories: %.1f KiB heap per active story%n", clusterer.activeStories(),
                (heapAfter - heapBefore) / 1024.0 / clusterer.activeStories());
        probes = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            probes.add(article("probe-" + i, random.nextInt(activeStories * 2), random, start));
        }
    }

    /** One article assigned: it joins the story of its event when that event exists, else opens one. */
    @Benchmark
    public Object assign() {
        ArticleDoc doc = probes.get(next++ & (BATCH - 1));
        return clusterer.assign(doc, streamTime);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static ArticleDoc article(String id, int event, SplittableRandom random, Instant time) {
        Map<String, Integer> terms = new HashMap<>();
        SplittableRandom eventTerms = new SplittableRandom(event);
        for (int i = 0; i < 12; i++) {
            terms.merge("event" + event + "x" + eventTerms.nextInt(40), 3, Integer::sum);
        }
        for (int i = 0; i < WORDS; i++) {
            // inverse-power draw: common words recur across articles, rare ones do not
            int rank = (int) Math.min(VOCABULARY - 1, Math.floor(Math.pow(random.nextDouble(), 3) * VOCABULARY));
            terms.merge("w" + rank, 1, Integer::sum);
        }
        StoryArticle entry = new StoryArticle(id, null, null, "title " + id, time.atOffset(ZoneOffset.UTC), null,
                List.of(), "bench", 0);
        return new ArticleDoc(entry, terms, Map.of(), Set.of(), Set.of(), Map.of("USA", "United States"), time);
    }
}
