package io.newsflow.aggregate.http;

import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every partition of one topic on a thread of its own, committed records only, without a consumer
 * group (every instance sees everything), and hands each record to a handler. Used for the live story
 * stream (from the end) and for counting dead letters (from the beginning).
 */
final class TopicFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final boolean fromBeginning;
    private final Consumer<ConsumerRecord<String, byte[]>> handler;
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param kafka         Kafka client properties (bootstrap servers, security)
     * @param topic         the topic
     * @param fromBeginning whether to read what the topic already holds, or only what comes next
     * @param handler       called for every record, on the follower's thread
     */
    TopicFollower(Properties kafka, String topic, boolean fromBeginning, Consumer<ConsumerRecord<String, byte[]>> handler) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-http-follow-" + topic);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
        this.fromBeginning = fromBeginning;
        this.handler = handler;
        this.thread = new Thread(this::run, "follow-" + topic);
        thread.setDaemon(true);
    }

    /** Starts reading. */
    TopicFollower start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            while (!closed) {
                consumer.poll(POLL).forEach(this::handle);
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.error("following {} stopped", topic, e);
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        try {
            handler.accept(record);
        } catch (RuntimeException e) {
            LOG.warn("{}: record at {}@{} not handled: {}", topic, record.partition(), record.offset(), e.toString());
        }
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
