package io.newsflow.model.streams;

import io.newsflow.model.config.NewsflowConfig;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams properties every newsflow Streams app runs with: exactly-once v2, dead-letter
 * handlers, its own state directory, then the user's {@code kafka.*} settings on top.
 */
public final class StreamsSettings {

    private StreamsSettings() {
    }

    /**
     * Properties for one Streams app.
     *
     * @param config the newsflow configuration ({@code kafka.*}, {@code topic.*}, {@code state.dir})
     * @param stage  the stage name, also the default application id suffix: {@code newsflow-<stage>}
     */
    public static Properties forStage(NewsflowConfig config, String stage) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.get(stage + ".application.id", "newsflow-" + stage));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG,
                config.get("state.dir", Path.of(System.getProperty("java.io.tmpdir"), "newsflow-state").toString()));
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, config.topics().deadLetters().name());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterExceptionHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterExceptionHandler.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterExceptionHandler.class);
        // route global-store processing failures to the handler too (off by default until Kafka 5.0)
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        props.put(DeadLetterExceptionHandler.STAGE_CONFIG, stage);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.get("streams.commit.interval.ms", "200"));
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), "4194304");
        props.putAll(config.kafkaProperties());
        return props;
    }
}
