package io.newsflow.model;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The one place that says which topics newsflow uses, with their names, keys, values and settings.
 *
 * <p>Immutable. An optional name prefix lets several environments (or a one-off run) share a cluster.
 *
 * @param prefix      prepended to every topic name; empty by default
 * @param partitions  partitions of the partitioned topics when newsflow creates them
 */
public record TopicRegistry(String prefix, int partitions) {

    /** Default partitions of the partitioned topics. */
    public static final int DEFAULT_PARTITIONS = 3;

    private static final Duration ARTICLE_RETENTION = Duration.ofDays(30);
    private static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(90);

    /** The registry without a prefix and with the default partition count. */
    public static final TopicRegistry DEFAULT = new TopicRegistry("", DEFAULT_PARTITIONS);

    public TopicRegistry {
        prefix = prefix == null ? "" : prefix;
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
    }

    /** {@code news.articles.raw}: extracted articles, keyed by article id. */
    public TopicSpec<String, RawArticle> rawArticles() {
        return spec("news.articles.raw", RawArticle.class, "article id", false, ARTICLE_RETENTION);
    }

    /** {@code news.articles.enriched}: articles with duplicate marks and actors, keyed by article id. */
    public TopicSpec<String, EnrichedArticle> enrichedArticles() {
        return spec("news.articles.enriched", EnrichedArticle.class, "article id", false, ARTICLE_RETENTION);
    }

    /** {@code news.stories}: compacted, the latest state of each story, keyed by story id. */
    public TopicSpec<String, Story> stories() {
        return spec("news.stories", Story.class, "story id", true, null);
    }

    /** {@code news.story-assignments}: which story each article joined and why, keyed by article id. */
    public TopicSpec<String, StoryAssignment> storyAssignments() {
        return spec("news.story-assignments", StoryAssignment.class, "article id", false, ARTICLE_RETENTION);
    }

    /** {@code news.dead-letter}: bad inputs with the reason, keyed by article id when known. */
    public TopicSpec<String, DeadLetter> deadLetters() {
        return spec("news.dead-letter", DeadLetter.class, "article id or source", false, DEAD_LETTER_RETENTION);
    }

    /** Every topic, in pipeline order. */
    public List<TopicSpec<String, ?>> all() {
        return List.of(rawArticles(), enrichedArticles(), stories(), storyAssignments(), deadLetters());
    }

    private <V> TopicSpec<String, V> spec(String baseName, Class<V> valueType, String keyType, boolean compacted,
                                          Duration retention) {
        Serde<String> keys = Serdes.String();
        return new TopicSpec<>(prefix + baseName, keys, JsonSerde.of(valueType), keyType, partitions, compacted,
                retention);
    }
}
