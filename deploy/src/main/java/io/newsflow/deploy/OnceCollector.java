package io.newsflow.deploy;

import io.newsflow.model.DeadLetter;
import io.newsflow.model.Story;
import io.newsflow.model.StoryArticle;
import io.newsflow.model.StoryAssignment;
import io.newsflow.model.TopicRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows the output topics of a run ({@code read_committed}, from the beginning) until every article
 * ingested is accounted for: assigned to a story (copies included) or dead-lettered downstream.
 * Then it gives each story with its complete article list.
 */
final class OnceCollector implements AutoCloseable {

    private final TopicRegistry topics;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, StoryArticle> articles = new LinkedHashMap<>();
    private final Map<String, String> storyOfArticle = new HashMap<>();
    private final Map<String, Story> stories = new HashMap<>();
    private final Map<String, DeadLetter> deadLetters = new HashMap<>();

    OnceCollector(Properties kafka, TopicRegistry topics) {
        this.topics = topics;
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(topics.storyAssignments().name(), topics.stories().name(),
                topics.deadLetters().name())) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /**
     * Polls until every id is accounted for, the deadline passes, or {@code failed} turns true.
     *
     * @return the ids still unaccounted for (empty on success)
     */
    Set<String> awaitAccounted(Collection<String> ids, Instant deadline, BooleanSupplier failed) {
        Set<String> pending = new HashSet<>(ids);
        while (true) {
            poll();
            // an assignment and its story are committed together, but one poll may bring only one of the
            // two partitions: an article counts once its story is here too
            pending.removeIf(id -> stories.containsKey(storyOfArticle.get(id)) || deadLetters.containsKey(id));
            if (pending.isEmpty()) {
                drain(deadline);
                return pending;
            }
            if (Instant.now().isAfter(deadline) || failed.getAsBoolean()) {
                return pending;
            }
        }
    }

    /** Reads on until a poll brings nothing more, so that every story is in its latest state. */
    private void drain(Instant deadline) {
        while (poll() > 0 && Instant.now().isBefore(deadline)) {
            // keep reading
        }
    }

    /** The stories of the given articles in their latest state, each with its complete article list, oldest first. */
    List<OnceStory> storiesOf(Collection<String> ids) {
        Map<String, List<StoryArticle>> byStory = new LinkedHashMap<>();
        for (String id : ids) {
            String storyId = storyOfArticle.get(id);
            if (storyId != null) {
                byStory.computeIfAbsent(storyId, s -> new ArrayList<>()).add(articles.get(id));
            }
        }
        return byStory.entrySet().stream()
                .map(entry -> OnceStory.of(stories.get(entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparing(OnceStory::firstSeen).thenComparing(OnceStory::storyId))
                .toList();
    }

    /** Dead letters of the given articles written downstream of ingest. */
    List<DeadLetter> deadLettersOf(Collection<String> ids) {
        return ids.stream().map(deadLetters::get).filter(letter -> letter != null).toList();
    }

    /** One poll; returns the number of records it brought. */
    private int poll() {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                // a story merged into another is gone
                if (record.topic().equals(topics.stories().name())) {
                    stories.remove(record.key());
                }
                continue;
            }
            if (record.topic().equals(topics.storyAssignments().name())) {
                StoryAssignment assignment = topics.storyAssignments().valueSerde().deserializer()
                        .deserialize(record.topic(), record.value());
                articles.put(assignment.articleId(), assignment.article());
                storyOfArticle.put(assignment.articleId(), assignment.storyId());
            } else if (record.topic().equals(topics.stories().name())) {
                Story story = topics.stories().valueSerde().deserializer().deserialize(record.topic(), record.value());
                stories.put(story.storyId(), story);
            } else if (record.key() != null) {
                deadLetters.put(record.key(),
                        topics.deadLetters().valueSerde().deserializer().deserialize(record.topic(), record.value()));
            }
        }
        return records.count();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
