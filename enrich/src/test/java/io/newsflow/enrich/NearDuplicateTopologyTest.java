package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.enrich.dedup.DedupParams;
import io.newsflow.enrich.dedup.stream.BandEntries;
import io.newsflow.enrich.dedup.stream.BandLookup;
import io.newsflow.enrich.dedup.stream.DedupStores;
import io.newsflow.enrich.dedup.stream.StoredSketch;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The near-duplicate steps of the enrich topology on the TopologyTestDriver. */
class NearDuplicateTopologyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:15:00Z"), ZoneOffset.UTC);
    private static final TopicRegistry TOPICS = TopicRegistry.DEFAULT;
    private static final ActorTagger TAGGER = new ActorTagger(ActorDictionary.curated());

    static final String REPORT = "The harbour authority of Rotterdam said on Tuesday that container traffic "
            + "fell by nine percent in the first quarter, the steepest drop since the pandemic, as shipping "
            + "lines rerouted vessels around the Cape of Good Hope to avoid attacks in the Red Sea. "
            + "Terminal operators have cut night shifts and two berths stand idle, a spokeswoman said, adding "
            + "that volumes from Asia were down by almost a fifth while trade with the United Kingdom and "
            + "Scandinavia held steady. Economists at the port's largest bank expect the decline to ease in "
            + "the summer, when insurers are due to review the war-risk premiums that have made the "
            + "shorter route through the Suez Canal too costly for most carriers. The authority will publish "
            + "its revised forecast for the year at the end of May, together with an estimate of the jobs "
            + "at risk in the logistics parks around the Maasvlakte.";

    static final String SAME_EVENT_OTHER_WORDS = "Fewer containers passed through Rotterdam between January "
            + "and March: the port reported a decline of nine percent on Tuesday and blamed carriers that now "
            + "sail around southern Africa rather than risk the Red Sea. Shifts at the terminals were reduced, "
            + "and imports from Asia suffered most. Bank economists think the slump will soften by summer if "
            + "insurance costs for the Suez passage come down. A new annual outlook is due in late May.";

    /** A syndicated version: new first line (byline), one word changed, spacing and punctuation changed. */
    static final String SYNDICATED = "ROTTERDAM (Newsflow Wire) -- " + REPORT.replace("steepest", "sharpest")
            .replace(", a spokeswoman said,", " - a spokeswoman said -").replace(". ", ".\n\n");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;

    private void start(DedupParams params) {
        Properties props = StreamsSettings.forStage(NewsflowConfig.of(Map.of(
                "kafka.bootstrap.servers", "dummy:1234", "state.dir", stateDir.toString())), "enrich");
        driver = new TopologyTestDriver(EnrichTopology.build(new EnrichConfig(TOPICS, TAGGER, CLOCK, params)), props);
        raw = driver.createInputTopic(TOPICS.rawArticles().name(), new StringSerializer(),
                TOPICS.rawArticles().valueSerde().serializer());
        enriched = driver.createOutputTopic(TOPICS.enrichedArticles().name(),
                TOPICS.enrichedArticles().keySerde().deserializer(),
                TOPICS.enrichedArticles().valueSerde().deserializer());
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private void pipe(String id, String title, String text, Instant at) {
        raw.pipeInput(id, Articles.raw(id, title, text), at);
    }

    private Map<String, EnrichedArticle> outputById() {
        return enriched.readKeyValuesToMap();
    }

    @Test
    void aSyndicatedCopyPointsToItsOriginalAndADifferentlyWordedReportDoesNot() {
        start(DedupParams.DEFAULTS);
        Instant t = Articles.FETCHED;
        pipe("a-report", "Rotterdam traffic falls", REPORT, t);
        pipe("b-other", "Port of Rotterdam hit by Red Sea detours", SAME_EVENT_OTHER_WORDS, t.plusSeconds(60));
        pipe("c-syndicated", "Red Sea detours cut Rotterdam volumes", SYNDICATED, t.plusSeconds(120));

        Map<String, EnrichedArticle> out = outputById();
        assertThat(out).containsOnlyKeys("a-report", "b-other", "c-syndicated");
        assertThat(out.get("a-report").duplicateOf()).isNull();
        assertThat(out.get("b-other").duplicateOf()).isNull();
        EnrichedArticle copy = out.get("c-syndicated");
        assertThat(copy.duplicateOf()).isEqualTo("a-report");
        assertThat(copy.duplicateExact()).isFalse();
        assertThat(copy.duplicateSimilarity()).isBetween(0.8, 0.99);
        assertThat(copy.article().id()).isEqualTo("c-syndicated");
        assertThat(copy.actors()).extracting(a -> a.code()).contains("GBR");
    }

    @Test
    void theEarliestOriginalIsChosenAndExactCopiesStayExact() {
        start(DedupParams.DEFAULTS);
        Instant t = Articles.FETCHED;
        pipe("a-first", "Rotterdam", REPORT, t);
        pipe("b-exact", "ROTTERDAM", REPORT.toUpperCase(), t.plusSeconds(1));
        pipe("c-near", "Rotterdam again", SYNDICATED, t.plusSeconds(2));
        pipe("d-near", "Rotterdam once more", SYNDICATED + " Copyright Newsflow Wire.", t.plusSeconds(3));

        Map<String, EnrichedArticle> out = outputById();
        assertThat(out.get("a-first").duplicateOf()).isNull();
        assertThat(out.get("b-exact").duplicateOf()).isEqualTo("a-first");
        assertThat(out.get("b-exact").duplicateExact()).isTrue();
        assertThat(out.get("c-near").duplicateOf()).isEqualTo("a-first");
        assertThat(out.get("d-near").duplicateOf()).isEqualTo("a-first");
        assertThat(out.get("d-near").duplicateExact()).isFalse();
    }

    @Test
    void theThresholdIsConfigurable() {
        start(DedupParams.DEFAULTS.withTau(0.99));
        pipe("a-report", "Rotterdam", REPORT, Articles.FETCHED);
        pipe("c-syndicated", "Rotterdam", SYNDICATED, Articles.FETCHED.plusSeconds(5));

        assertThat(outputById().values()).extracting(EnrichedArticle::duplicateOf).containsOnlyNulls();
    }

    @Test
    void copiesFurtherApartThanTheWindowAreNotLinkedAndAnOldBackfillIsProcessedAndCounted() {
        start(DedupParams.DEFAULTS);
        Instant t = Articles.FETCHED;
        pipe("a-report", "Rotterdam", REPORT, t);
        pipe("b-later", "Rotterdam", SYNDICATED, t.plus(Duration.ofDays(8)));
        pipe("c-backfill", "Rotterdam", SYNDICATED + " Archive.", t.minus(Duration.ofDays(30)));
        pipe("d-copy", "Rotterdam", SYNDICATED + " Updated.", t.plus(Duration.ofDays(8)).plusSeconds(10));

        Map<String, EnrichedArticle> out = outputById();
        assertThat(out).containsOnlyKeys("a-report", "b-later", "c-backfill", "d-copy");
        assertThat(out.get("b-later").duplicateOf()).isNull();
        assertThat(out.get("c-backfill").duplicateOf()).isNull();
        assertThat(out.get("d-copy").duplicateOf()).isEqualTo("b-later");
        double late = driver.metrics().entrySet().stream()
                .filter(e -> e.getKey().group().contains(BandLookup.METRIC_SCOPE)
                        && e.getKey().name().equals("not-indexed-late-total"))
                .mapToDouble(e -> (Double) e.getValue().metricValue()).sum();
        assertThat(late).isEqualTo(DedupParams.DEFAULTS.bands());
    }

    @Test
    void storesHoldAboutOneKibibyteOfBandIndexPerArticleAndNothingPendingAfterwards() {
        start(DedupParams.DEFAULTS);
        Random random = new Random(1);
        int articles = 200;
        for (int i = 0; i < articles; i++) {
            String id = String.format("%032x", random.nextLong() & Long.MAX_VALUE);
            pipe(id, "title", words(random, 500), Articles.FETCHED.plusSeconds(i));
        }
        assertThat(enriched.readValuesToList()).hasSize(articles);
        DedupStores stores = DedupStores.DEFAULT;
        long bandBytes = bytes(driver.getKeyValueStore(stores.bands()), new BandEntries.StoreSerde());
        long sketchBytes = bytes(driver.getKeyValueStore(stores.sketches()), new StoredSketch.StoreSerde());
        System.out.printf("dedup store bytes per 500-word article: %s %.0f, %s %.0f%n", stores.bands(),
                (double) bandBytes / articles, stores.sketches(), (double) sketchBytes / articles);
        assertThat(bandBytes / articles).isLessThanOrEqualTo(1024);
        assertThat(sketchBytes / articles).isLessThanOrEqualTo(8 * 1024);
        assertThat(count(driver.getKeyValueStore(stores.articles()))).isZero();
        assertThat(count(driver.getKeyValueStore(stores.gatherings()))).isZero();
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(Long.toString(random.nextInt(20_000), 36));
        }
        return text.toString();
    }

    private static <V> long bytes(KeyValueStore<String, V> store,
                                  org.apache.kafka.common.serialization.Serializer<V> values) {
        long total = 0;
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> entry = all.next();
                total += entry.key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                        + values.serialize("", entry.value).length;
            }
        }
        return total;
    }

    private static long count(KeyValueStore<String, ?> store) {
        long n = 0;
        try (KeyValueIterator<String, ?> all = store.all()) {
            while (all.hasNext()) {
                all.next();
                n++;
            }
        }
        return n;
    }
}
