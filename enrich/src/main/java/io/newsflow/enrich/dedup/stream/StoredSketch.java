package io.newsflow.enrich.dedup.stream;

import io.newsflow.enrich.dedup.ShingleSketch;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An article's value in the sketch store: its timestamp, band hashes and shingle sketch.
 *
 * @param timestamp the record timestamp (fetch time), epoch milliseconds
 * @param bands     the band hashes
 * @param shingles  the shingle sketch
 */
public record StoredSketch(long timestamp, long[] bands, ShingleSketch shingles) {

    private static final byte FORMAT = 1;

    /**
     * The binary store value: a format byte, the timestamp, the band count and hashes, the shingle-set size,
     * the kept count and the kept 32-bit hashes. Binary because it is the largest store (4 bytes per kept
     * shingle instead of about 11 in JSON).
     */
    public static final class StoreSerde implements Serde<StoredSketch>, Serializer<StoredSketch>,
            Deserializer<StoredSketch> {

        @Override
        public byte[] serialize(String topic, StoredSketch value) {
            if (value == null) {
                return null;
            }
            int[] hashes = value.shingles().hashes();
            ByteBuffer buffer = ByteBuffer.allocate(1 + 8 + 4 + 8 * value.bands().length + 8 + 4 * hashes.length);
            buffer.put(FORMAT).putLong(value.timestamp()).putInt(value.bands().length);
            for (long band : value.bands()) {
                buffer.putLong(band);
            }
            buffer.putInt(value.shingles().size()).putInt(hashes.length);
            for (int h : hashes) {
                buffer.putInt(h);
            }
            return buffer.array();
        }

        @Override
        public StoredSketch deserialize(String topic, byte[] bytes) {
            if (bytes == null) {
                return null;
            }
            try {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                if (buffer.get() != FORMAT) {
                    throw new SerializationException("unknown sketch format " + bytes[0]);
                }
                long timestamp = buffer.getLong();
                long[] bands = new long[buffer.getInt()];
                for (int i = 0; i < bands.length; i++) {
                    bands[i] = buffer.getLong();
                }
                int size = buffer.getInt();
                int[] hashes = new int[buffer.getInt()];
                for (int i = 0; i < hashes.length; i++) {
                    hashes[i] = buffer.getInt();
                }
                return new StoredSketch(timestamp, bands, new ShingleSketch(size, hashes));
            } catch (BufferUnderflowException | NegativeArraySizeException e) {
                throw new SerializationException("truncated sketch of " + bytes.length + " bytes", e);
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
        public Serializer<StoredSketch> serializer() {
            return this;
        }

        @Override
        public Deserializer<StoredSketch> deserializer() {
            return this;
        }
    }
}
