package io.newsflow.aggregate.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.model.Json;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Dead letters on the topic by the stage that wrote them, counted record by record (end offsets would
 * also count transaction markers), and exported as {@code newsflow_dead_letters_total{stage}}.
 */
final class DeadLetterCounts {

    private final Map<String, AtomicLong> byStage = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    DeadLetterCounts(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts one dead-letter record; one that is not a readable dead letter counts as stage "unknown". */
    void count(ConsumerRecord<String, byte[]> record) {
        byStage.computeIfAbsent(stageOf(record.value()), this::register).incrementAndGet();
    }

    /** The counts so far, by stage. */
    Map<String, Long> byStage() {
        Map<String, Long> counts = new TreeMap<>();
        byStage.forEach((stage, count) -> counts.put(stage, count.get()));
        return counts;
    }

    /** All dead letters so far. */
    long total() {
        return byStage.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private AtomicLong register(String stage) {
        AtomicLong count = new AtomicLong();
        FunctionCounter.builder("newsflow.dead.letters", count, AtomicLong::doubleValue)
                .description("dead letters on the dead-letter topic, by the stage that wrote them")
                .tag("stage", stage).register(registry);
        return count;
    }

    private static String stageOf(byte[] value) {
        if (value == null) {
            return "unknown";
        }
        try {
            JsonNode stage = Json.MAPPER.readTree(value).path("stage");
            return stage.isTextual() && !stage.asText().isBlank() ? stage.asText() : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
