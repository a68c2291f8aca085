package io.newsflow.model;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * Everything about one topic: its name, key and value serdes and how it is created.
 *
 * @param name          the full topic name (with any configured prefix)
 * @param keySerde      serde of the keys
 * @param valueSerde    serde of the values
 * @param keyType       what the key is, for the docs
 * @param partitions    partitions when newsflow creates the topic
 * @param compacted     true for {@code cleanup.policy=compact}, false for delete
 * @param retention     how long records are kept; null for unlimited
 * @param <K>           key type
 * @param <V>           value type
 */
public record TopicSpec<K, V>(
        String name,
        Serde<K> keySerde,
        Serde<V> valueSerde,
        String keyType,
        int partitions,
        boolean compacted,
        Duration retention) {

    /** The topic as the Admin client creates it, with the given replication factor. */
    public NewTopic newTopic(short replicationFactor) {
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG,
                compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE);
        configs.put(TopicConfig.RETENTION_MS_CONFIG, retention == null ? "-1" : Long.toString(retention.toMillis()));
        return new NewTopic(name, partitions, replicationFactor).configs(configs);
    }
}
