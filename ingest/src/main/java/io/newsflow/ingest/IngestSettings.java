package io.newsflow.ingest;

import io.newsflow.model.config.NewsflowConfig;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Ingest's settings and the Kafka producer properties it always uses. */
public final class IngestSettings {

    /** Default limits: files read at most, serialized articles published at most. */
    public static final Map<String, String> DEFAULTS = Map.of(
            "ingest.max.file.bytes", Long.toString(20L * 1024 * 1024),
            "ingest.max.article.bytes", Integer.toString(900 * 1024),
            "ingest.poll.interval", "0s");

    private IngestSettings() {
    }

    /** Producer properties: idempotent, {@code acks=all}, then the user's {@code kafka.*} settings. */
    public static Properties producerProperties(NewsflowConfig config) {
        Properties props = new Properties();
        props.putAll(config.kafkaProperties());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        return props;
    }
}
