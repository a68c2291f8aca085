package io.newsflow.aggregate;

import static io.newsflow.aggregate.EnrichedArticles.article;
import static io.newsflow.aggregate.Quakes.CHILE_1;
import static io.newsflow.aggregate.Quakes.CHILE_2;
import static io.newsflow.aggregate.Quakes.JAPAN_1;
import static io.newsflow.aggregate.Quakes.JAPAN_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.newsflow.aggregate.cluster.ClusterParams;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Story;
import io.newsflow.model.StoryArticle;
import io.newsflow.model.StoryAssignment;
import io.newsflow.model.StoryAssignment.Decision;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the topology publishes when a story splits or two merge: the moved articles and both stories. */
class AggregateRegroupingTest {

    private static final TopicRegistry TOPICS = TopicRegistry.DEFAULT;

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver(Map<String, String> settings) {
        Properties props = StreamsSettings.forStage(NewsflowConfig.of(Map.of(
                "kafka.bootstrap.servers", "dummy:1234", "state.dir", stateDir.toString())), "aggregate");
        ClusterParams params = ClusterParams.from(NewsflowConfig.of(settings));
        return new TopologyTestDriver(AggregateTopology.build(
                new AggregateConfig(TOPICS, params, Duration.ofHours(1), Duration.ofMinutes(1))), props);
    }

    private static void pipe(TopologyTestDriver driver, EnrichedArticle... articles) {
        TestInputTopic<String, EnrichedArticle> input = driver.createInputTopic(TOPICS.enrichedArticles().name(),
                new StringSerializer(), TOPICS.enrichedArticles().valueSerde().serializer());
        for (EnrichedArticle article : articles) {
            input.pipeInput(article.article().id(), article, article.article().fetchedAt());
        }
    }

    private static TestOutputTopic<String, StoryAssignment> assignments(TopologyTestDriver driver) {
        return driver.createOutputTopic(TOPICS.storyAssignments().name(),
                TOPICS.storyAssignments().keySerde().deserializer(), TOPICS.storyAssignments().valueSerde().deserializer());
    }

    private static TestOutputTopic<String, Story> stories(TopologyTestDriver driver) {
        return driver.createOutputTopic(TOPICS.stories().name(), TOPICS.stories().keySerde().deserializer(),
                TOPICS.stories().valueSerde().deserializer());
    }

    @Test
    void aSplitPublishesBothStoriesAndASplitAssignmentForEachEarlierArticleThatMoved() {
        try (TopologyTestDriver driver = driver(Map.of("aggregate.threshold", "0.01", "aggregate.split.min.part", "2"))) {
            pipe(driver, CHILE_1, CHILE_2, JAPAN_1, JAPAN_2);

            List<StoryAssignment> decided = assignments(driver).readValuesToList();
            StoryAssignment moved = decided.get(decided.size() - 1);
            assertThat(decided).extracting(StoryAssignment::articleId, StoryAssignment::decision).containsExactly(
                    tuple("chile-1", Decision.OPENED),
                    tuple("chile-2", Decision.JOINED),
                    tuple("japan-1", Decision.JOINED),
                    tuple("japan-2", Decision.JOINED),
                    tuple("japan-1", Decision.SPLIT));
            String japan = decided.get(3).storyId();
            assertThat(moved.storyId()).isEqualTo(japan).isNotEqualTo(decided.get(0).storyId());
            assertThat(moved.candidates().get(0).features()).containsKeys("between", "within");

            List<TestRecord<String, Story>> published = stories(driver).readRecordsToList();
            Story chile = published.get(published.size() - 1).value();
            Story japanStory = published.get(published.size() - 2).value();
            assertThat(chile.storyId()).isEqualTo(decided.get(0).storyId());
            assertThat(chile.articles()).extracting(StoryArticle::id).containsExactly("chile-1", "chile-2");
            assertThat(chile.articleCount()).isEqualTo(2);
            assertThat(japanStory.storyId()).isEqualTo(japan);
            assertThat(japanStory.articles()).extracting(StoryArticle::id).containsExactly("japan-1", "japan-2");
        }
    }

    @Test
    void aStoryMergedIntoAnotherIsATombstoneAndItsArticlesGetMergedAssignments() {
        try (TopologyTestDriver driver = driver(Map.of("aggregate.threshold", "1.55",
                "aggregate.threshold.growth", "0", "aggregate.merge.ratio", "0.2"))) {
            EnrichedArticle again = article("chile-3", "echo.example", "2026-03-11T07:00:00Z",
                    CHILE_1.article().title(), CHILE_1.article().text(), "CHL");
            pipe(driver, CHILE_1, CHILE_2, again);

            List<StoryAssignment> decided = assignments(driver).readValuesToList();
            String first = decided.get(0).storyId();
            String second = decided.get(1).storyId();
            assertThat(second).isNotEqualTo(first);
            StoryAssignment merged = decided.get(decided.size() - 1);
            assertThat(merged.articleId()).isEqualTo("chile-2");
            assertThat(merged.decision()).isEqualTo(Decision.MERGED);
            assertThat(merged.storyId()).isEqualTo(first);

            List<TestRecord<String, Story>> published = stories(driver).readRecordsToList();
            TestRecord<String, Story> tombstone = published.get(published.size() - 1);
            assertThat(tombstone.key()).isEqualTo(second);
            assertThat(tombstone.value()).isNull();
            Story story = published.get(published.size() - 2).value();
            assertThat(story.storyId()).isEqualTo(first);
            assertThat(story.articleCount()).isEqualTo(3);
        }
    }
}
