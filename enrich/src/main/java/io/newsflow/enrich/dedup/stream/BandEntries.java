package io.newsflow.enrich.dedup.stream;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The value of a band key in the band store: the articles indexed under it, oldest first.
 *
 * @param entries the articles
 */
public record BandEntries(List<BandEntry> entries) {

    /**
     * The binary store value: per entry the timestamp (8 bytes), the id length (2) and the UTF-8 id.
     * Binary because this store is written once per article and band: about 42 bytes per entry for a
     * 32-character id, against about 60 in JSON.
     */
    public static final class StoreSerde implements Serde<BandEntries>, Serializer<BandEntries>,
            Deserializer<BandEntries> {

        @Override
        public byte[] serialize(String topic, BandEntries value) {
            if (value == null) {
                return null;
            }
            List<byte[]> ids = value.entries().stream().map(e -> e.articleId().getBytes(StandardCharsets.UTF_8)).toList();
            ByteBuffer buffer = ByteBuffer.allocate(ids.stream().mapToInt(id -> 10 + id.length).sum());
            for (int i = 0; i < ids.size(); i++) {
                byte[] id = ids.get(i);
                if (id.length > Short.MAX_VALUE) {
                    throw new SerializationException("article id of " + id.length + " bytes is too long to index");
                }
                buffer.putLong(value.entries().get(i).timestamp()).putShort((short) id.length).put(id);
            }
            return buffer.array();
        }

        @Override
        public BandEntries deserialize(String topic, byte[] bytes) {
            if (bytes == null) {
                return null;
            }
            try {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                List<BandEntry> entries = new ArrayList<>();
                while (buffer.hasRemaining()) {
                    long timestamp = buffer.getLong();
                    byte[] id = new byte[buffer.getShort()];
                    buffer.get(id);
                    entries.add(new BandEntry(new String(id, StandardCharsets.UTF_8), timestamp));
                }
                return new BandEntries(entries);
            } catch (BufferUnderflowException | NegativeArraySizeException e) {
                throw new SerializationException("truncated band entries of " + bytes.length + " bytes", e);
            }
        }

        @Override
        public void configure(java.util.Map<String, ?> configs, boolean isKey) {
            // fixed format: no settings
        }

        @Override
        public void close() {
            // stateless
        }

        @Override
        public Serializer<BandEntries> serializer() {
            return this;
        }

        @Override
        public Deserializer<BandEntries> deserializer() {
            return this;
        }
    }
}
