package io.newsflow.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one generic JSON serde for every record type on newsflow's topics.
 *
 * <p>Malformed bytes raise a {@link SerializationException}, which the Streams deserialization
 * handler turns into a dead-letter record instead of a crash.
 *
 * @param <T> the record type
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private final JavaType type;

    private JsonSerde(JavaType type) {
        this.type = type;
    }

    /** A serde for values of the given class. */
    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(Json.MAPPER.constructType(type));
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return Json.MAPPER.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type + " as JSON for topic " + topic, e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(bytes, type);
        } catch (JacksonException e) {
            throw new SerializationException(
                    "not a valid " + type.getRawClass().getSimpleName() + " JSON record on " + topic + ": "
                            + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SerializationException("cannot read a " + type.getRawClass().getSimpleName() + " on " + topic, e);
        }
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // the mapper is fixed: no per-client settings
    }

    @Override
    public void close() {
        // stateless: nothing to release
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }
}
