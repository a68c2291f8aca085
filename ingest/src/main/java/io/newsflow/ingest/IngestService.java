package io.newsflow.ingest;

import io.newsflow.ingest.source.ArticleDraft;
import io.newsflow.ingest.source.ArticleSource;
import io.newsflow.ingest.source.SourceSink;
import io.newsflow.model.DeadLetter;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.TopicSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads sources and publishes their articles to the raw-articles topic, and what it cannot read to the
 * dead-letter topic. An article already published unchanged is skipped; a changed one is published as
 * its next version. Record timestamps are the fetch time.
 */
public final class IngestService {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final Producer<byte[], byte[]> producer;
    private final TopicRegistry topics;
    private final Clock clock;
    private final IngestMetrics metrics;
    private final int maxArticleBytes;
    private final SeenArticles seen = new SeenArticles();

    /**
     * @param producer        an idempotent, {@code acks=all} producer (see {@link IngestSettings})
     * @param topics          the topic registry
     * @param clock           the clock giving fetch times
     * @param maxArticleBytes serialized articles above this size are dead-lettered by reference
     */
    public IngestService(Producer<byte[], byte[]> producer, TopicRegistry topics, Clock clock, int maxArticleBytes) {
        this(producer, topics, clock, maxArticleBytes, IngestMetrics.inMemory(clock));
    }

    /** As above, recording what happens in the given meters. */
    public IngestService(Producer<byte[], byte[]> producer, TopicRegistry topics, Clock clock, int maxArticleBytes,
                         IngestMetrics metrics) {
        this.producer = producer;
        this.topics = topics;
        this.clock = clock;
        this.maxArticleBytes = maxArticleBytes;
        this.metrics = metrics;
    }

    /** Learns what is already on the raw topic, so a restarted ingest does not publish it again. */
    public void restoreSeen(Properties consumerProps) {
        Properties props = new Properties();
        props.putAll(consumerProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        TopicSpec<String, RawArticle> raw = topics.rawArticles();
        try (KafkaConsumer<String, RawArticle> consumer =
                     new KafkaConsumer<>(props, raw.keySerde().deserializer(), raw.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(raw.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (record.value() != null) {
                        seen.remember(record.value());
                    }
                });
            }
        }
        LOG.info("ingest: {} articles already published", seen.size());
    }

    /** Reads every source once and publishes what it finds; returns when everything is acknowledged. */
    public IngestReport ingest(List<ArticleSource> sources) {
        Pass pass = new Pass();
        for (ArticleSource source : sources) {
            LOG.info("ingest: reading {}", source.describe());
            pass.source = source.describe();
            int before = pass.articles;
            source.read(pass);
            if (pass.articles > before) {
                metrics.succeeded(pass.source);
            }
        }
        pass.awaitAcknowledged();
        LOG.info("ingest: published {}, skipped {} already published, dead-lettered {}",
                pass.published.size(), pass.skipped, pass.deadLettered);
        return new IngestReport(pass.published, pass.skipped, pass.deadLettered);
    }

    /** One pass over the sources: the sink the sources report to. */
    private final class Pass implements SourceSink {

        private final List<String> published = new ArrayList<>();
        private final List<Future<RecordMetadata>> sends = new ArrayList<>();
        private int skipped;
        private int deadLettered;
        private int articles;
        private String source = "";

        @Override
        public void article(ArticleDraft draft) {
            RawArticle article = ArticleFactory.toRawArticle(draft, clock.instant());
            articles++;
            metrics.read(source);
            switch (seen.judge(article)) {
                case SEEN -> {
                    skipped++;
                    metrics.skippedSeen(source);
                }
                case NEW, CHANGED -> publish(article.withVersion(seen.nextVersion(article.id())));
            }
        }

        @Override
        public void failure(String location, String reason, Throwable error, byte[] payload) {
            metrics.failed(source, reason);
            deadLetter(DeadLetter.of(location, "ingest", reason, error, null, payload, location, clock.instant()),
                    location);
        }

        private void publish(RawArticle article) {
            TopicSpec<String, RawArticle> raw = topics.rawArticles();
            byte[] value = raw.valueSerde().serializer().serialize(raw.name(), article);
            String location = article.path() != null ? article.path()
                    : article.url() != null ? article.url() : article.source();
            if (value.length > maxArticleBytes) {
                metrics.failed(source, "article exceeds the size limit");
                deadLetter(DeadLetter.of(location, "ingest", "article of " + value.length
                        + " bytes exceeds the limit of " + maxArticleBytes + " bytes", null, article.id(), null,
                        location, clock.instant()), article.id());
                return;
            }
            send(raw.name(), article.id(), value, article.fetchedAt().toEpochMilli());
            seen.remember(article);
            published.add(article.id());
            metrics.published(source);
        }

        private void deadLetter(DeadLetter letter, String key) {
            LOG.warn("ingest: dead-lettered {}: {}", letter.source(), letter.reason());
            TopicSpec<String, DeadLetter> topic = topics.deadLetters();
            send(topic.name(), key, topic.valueSerde().serializer().serialize(topic.name(), letter),
                    letter.failedAt().toEpochMilli());
            deadLettered++;
        }

        private void send(String topic, String key, byte[] value, long timestamp) {
            byte[] keyBytes = key == null ? null : key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            sends.add(producer.send(new ProducerRecord<>(topic, null, timestamp, keyBytes, value)));
        }

        void awaitAcknowledged() {
            producer.flush();
            for (Future<RecordMetadata> send : sends) {
                try {
                    send.get();
                } catch (ExecutionException e) {
                    throw new IngestException("Kafka did not acknowledge a record: " + e.getCause().getMessage(),
                            e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IngestException("interrupted while waiting for acknowledgements", e);
                }
            }
        }
    }
}
