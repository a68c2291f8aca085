package io.newsflow.aggregate.bench;

import io.newsflow.aggregate.cluster.ArticleDoc;
import io.newsflow.model.StoryArticle;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic news stream in a steady state of about N active stories, for the assignment benchmarks.
 *
 * <p>Articles have ~500 words from a Zipf-like vocabulary of 50,000 words plus 12 draws from 40 words of
 * their own event. The index is seeded with N one-article stories whose times are spread evenly over the
 * dormancy period; then {@link #LIVE_EVENTS} events at a time are being reported, each article a report of
 * one of them drawn at random, each event reported 1 to 31 times (log-uniform, 8.5 on average: most events
 * have a few reports, a few have dozens) before a new event takes its place. Stream time advances by the
 * dormancy period over N × 8.5 articles, so as many stories go dormant as open and the index stays near
 * N stories whatever N is; every article is new, unlike a cycle of the same probes, whose stories would grow
 * without bound.
 */
final class SyntheticNewsStream {

    static final int LIVE_EVENTS = 256;
    private static final int VOCABULARY = 50_000;
    private static final int WORDS = 500;
    private static final int EVENT_WORDS = 40;
    private static final int EVENT_DRAWS = 12;
    /** Reports of an event are ⌊2^(5u)⌋ for u uniform in [0, 1): 1 to 31. */
    private static final double REPORT_EXPONENT = 5;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final double MEAN_REPORTS = meanReports();

    private final int seedStories;
    private final double millisPerArticle;
    private final SplittableRandom random;
    private final int[] liveEvent = new int[LIVE_EVENTS];
    private final int[] reportsLeft = new int[LIVE_EVENTS];
    private int nextEvent;
    private long articles;

    /**
     * @param activeStories N, the stories of the seeded index and of the steady state
     * @param dormantAfter  the clusterer's dormancy period
     * @param seed          the random seed: the same seed gives the same stream
     */
    SyntheticNewsStream(int activeStories, Duration dormantAfter, long seed) {
        this.seedStories = activeStories;
        this.millisPerArticle = dormantAfter.toMillis() / (activeStories * MEAN_REPORTS);
        this.random = new SplittableRandom(seed);
        this.nextEvent = activeStories;
        for (int slot = 0; slot < LIVE_EVENTS; slot++) {
            startEvent(slot);
        }
    }

    /** The seed stories, one article each, N of them numbered from 0 in time order before the stream's. */
    ArticleDoc seed(int story) {
        double spacing = millisPerArticle * MEAN_REPORTS;
        return article("seed-" + story, story, START.plusMillis(Math.round(story * spacing)));
    }

    /** The stream's next article. */
    ArticleDoc next() {
        int slot = random.nextInt(LIVE_EVENTS);
        int event = liveEvent[slot];
        if (--reportsLeft[slot] == 0) {
            startEvent(slot);
        }
        long offset = Math.round((seedStories * MEAN_REPORTS + articles) * millisPerArticle);
        articles++;
        return article("report-" + articles, event, START.plusMillis(offset));
    }

    private void startEvent(int slot) {
        liveEvent[slot] = nextEvent++;
        reportsLeft[slot] = (int) Math.pow(2, REPORT_EXPONENT * random.nextDouble());
    }

    /** The mean of ⌊2^(5u)⌋: each k from 1 to 31 weighted by the share of u giving it. */
    private static double meanReports() {
        double mean = 0;
        for (int k = 1; k < (1 << (int) REPORT_EXPONENT); k++) {
            mean += k * (Math.log(k + 1) - Math.log(k)) / Math.log(2) / REPORT_EXPONENT;
        }
        return mean;
    }

    private ArticleDoc article(String id, int event, Instant time) {
        Map<String, Integer> terms = new HashMap<>();
        SplittableRandom eventTerms = new SplittableRandom(event);
        for (int i = 0; i < EVENT_DRAWS; i++) {
            terms.merge("event" + event + "x" + eventTerms.nextInt(EVENT_WORDS), 3, Integer::sum);
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
