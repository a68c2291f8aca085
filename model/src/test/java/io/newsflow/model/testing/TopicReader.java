package io.newsflow.model.testing;

import io.newsflow.model.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;

/**
 * Reads a topic of the shared broker from the beginning with {@code read_committed}, for assertions.
 *
 * @param <V> the value type
 */
public final class TopicReader<V> implements AutoCloseable {

    private final KafkaConsumer<String, V> consumer;
    private final List<ConsumerRecord<String, V>> records = new ArrayList<>();

    /** A reader of the topic, positioned at its beginning. */
    public TopicReader(TopicSpec<String, V> topic) {
        Properties props = SharedKafka.clientProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .collect(Collectors.toList());
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Every record read so far, after reading what is there now. */
    public List<ConsumerRecord<String, V>> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return List.copyOf(records);
    }

    /** Waits until the records read satisfy the condition, then returns them all. */
    public List<ConsumerRecord<String, V>> awaitUntil(Duration timeout, Predicate<List<ConsumerRecord<String, V>>> done) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> done.test(poll()));
        return List.copyOf(records);
    }

    /** Waits until at least {@code count} records have been read. */
    public List<ConsumerRecord<String, V>> awaitCount(int count, Duration timeout) {
        return awaitUntil(timeout, read -> read.size() >= count);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
