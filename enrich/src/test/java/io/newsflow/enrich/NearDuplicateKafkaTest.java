package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.streams.StreamsSettings;
import io.newsflow.model.testing.SharedKafka;
import io.newsflow.model.testing.TopicReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Near-duplicate detection on the real broker holds across partitions and instances: the same input
 * processed by one instance on one partition and by two instances on four partitions links the same pairs.
 */
class NearDuplicateKafkaTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);
    private static final int ORIGINALS = 30;

    private final List<KafkaStreams> instances = new ArrayList<>();

    @AfterEach
    void closeInstances() {
        instances.forEach(streams -> streams.close(Duration.ofSeconds(30)));
    }

    /** Originals of random words, then per original a near copy (edited, with a byline), and some exact copies. */
    private static List<RawArticle> corpus() {
        Random random = new Random(42);
        List<RawArticle> articles = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < ORIGINALS; i++) {
            String text = words(random, 120 + random.nextInt(200));
            texts.add(text);
            articles.add(Articles.raw(String.format("orig-%02d", i), "Original " + i, text));
        }
        for (int i = 0; i < ORIGINALS; i++) {
            String[] words = texts.get(i).split(" ");
            words[words.length / 2] = "changed";
            String copy = "By a wire reporter. " + String.join(" ", words);
            articles.add(Articles.raw(String.format("near-%02d", i), "Copy " + i, copy));
            if (i % 5 == 0) {
                articles.add(Articles.raw(String.format("exact-%02d", i), "Exact " + i, texts.get(i).toUpperCase()));
            }
        }
        return articles;
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(Long.toString(1_000 + random.nextInt(50_000), 36));
        }
        return text.toString();
    }

    /** What {@code count} instances over topics of {@code partitions} partitions decide: article id → its original or "". */
    private Map<String, String> decisions(int partitions, int count, String run) {
        TopicRegistry topics = SharedKafka.freshTopics(partitions);
        for (int i = 0; i < count; i++) {
            NewsflowConfig config = SharedKafka.config(topics, Path.of("target", "dedup-state", run + "-" + i)
                    .toAbsolutePath());
            KafkaStreams streams = new KafkaStreams(EnrichTopology.build(new EnrichConfig(config.topics(),
                    new ActorTagger(ActorDictionary.curated()), Clock.systemUTC())), props(config));
            instances.add(streams);
            streams.start();
        }
        Awaitility.await().atMost(TIMEOUT)
                .until(() -> instances.stream().allMatch(s -> s.state() == KafkaStreams.State.RUNNING));
        List<RawArticle> corpus = corpus();
        try (KafkaProducer<String, RawArticle> producer = producer(topics)) {
            long at = Instant.parse("2026-03-02T08:00:00Z").toEpochMilli();
            for (RawArticle article : corpus) {
                producer.send(new ProducerRecord<>(topics.rawArticles().name(), null, at++, article.id(), article));
            }
            producer.flush();
        }
        List<ConsumerRecord<String, EnrichedArticle>> enriched;
        try (TopicReader<EnrichedArticle> reader = new TopicReader<>(topics.enrichedArticles())) {
            enriched = reader.awaitCount(corpus.size(), TIMEOUT);
        }
        assertThat(enriched).extracting(ConsumerRecord::key).doesNotHaveDuplicates().hasSize(corpus.size());
        Map<String, String> decisions = new TreeMap<>();
        enriched.forEach(r -> decisions.put(r.key(), r.value().duplicateOf() == null ? "" : r.value().duplicateOf()));
        instances.forEach(streams -> streams.close(Duration.ofSeconds(30)));
        instances.clear();
        return decisions;
    }

    /** The links as unordered pairs. */
    private static Set<String> pairs(Map<String, String> decisions) {
        Set<String> pairs = new TreeSet<>();
        decisions.forEach((id, original) -> {
            if (!original.isEmpty()) {
                pairs.add(id.compareTo(original) < 0 ? id + "~" + original : original + "~" + id);
            }
        });
        return pairs;
    }

    /** The groups of linked articles (each a sorted set of ids), with the number of originals in each. */
    private static Map<Set<String>, Long> groups(Map<String, String> decisions) {
        Map<String, String> root = new HashMap<>();
        decisions.keySet().forEach(id -> root.put(id, id));
        decisions.forEach((id, original) -> {
            if (!original.isEmpty()) {
                root.put(find(root, id), find(root, original));
            }
        });
        Map<String, Set<String>> members = new HashMap<>();
        decisions.keySet().forEach(id -> members.computeIfAbsent(find(root, id), k -> new TreeSet<>()).add(id));
        Map<Set<String>, Long> groups = new HashMap<>();
        members.values().forEach(group -> groups.put(group,
                group.stream().filter(id -> decisions.get(id).isEmpty()).count()));
        return groups;
    }

    private static String find(Map<String, String> root, String id) {
        String r = id;
        while (!root.get(r).equals(r)) {
            r = root.get(r);
        }
        return r;
    }

    private static java.util.Properties props(NewsflowConfig config) {
        java.util.Properties props = StreamsSettings.forStage(config, "enrich");
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1");
        return props;
    }

    private static KafkaProducer<String, RawArticle> producer(TopicRegistry topics) {
        java.util.Properties props = SharedKafka.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return new KafkaProducer<>(props, new StringSerializer(), topics.rawArticles().valueSerde().serializer());
    }

    @Test
    void oneInstanceOnOnePartitionAndTwoInstancesOnFourPartitionsLinkTheSamePairs() {
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < ORIGINALS; i++) {
            expected.add(String.format("near-%02d~orig-%02d", i, i));
            if (i % 5 == 0) {
                expected.add(String.format("exact-%02d~orig-%02d", i, i));
            }
        }
        Map<String, String> single = decisions(1, 1, "single-" + System.nanoTime());
        Map<String, String> spread = decisions(4, 2, "spread-" + System.nanoTime());

        // one partition: every copy points to the first article of its group
        assertThat(pairs(single)).isEqualTo(expected);
        // four partitions, two instances: the same groups of linked articles, each with exactly one
        // original (no cycle); within a group of three, which one a copy points to may differ when
        // articles of the group arrive at the same moment on different partitions
        assertThat(groups(spread).keySet()).isEqualTo(groups(single).keySet());
        assertThat(groups(spread).values()).containsOnly(1L);
        assertThat(groups(single).values()).containsOnly(1L);
        assertThat(pairs(spread).stream().filter(p -> !p.startsWith("exact-"))).isSubsetOf(pairs(single).stream()
                .filter(p -> !p.startsWith("exact-")).toList()).hasSizeGreaterThanOrEqualTo(ORIGINALS - ORIGINALS / 5);
    }
}
