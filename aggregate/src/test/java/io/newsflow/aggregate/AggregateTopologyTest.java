package io.newsflow.aggregate;

import static io.newsflow.aggregate.EnrichedArticles.article;
import static io.newsflow.aggregate.EnrichedArticles.copyOf;
import static io.newsflow.aggregate.EnrichedArticles.newVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.newsflow.aggregate.cluster.ClusterParams;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Story;
import io.newsflow.model.StoryActor;
import io.newsflow.model.StoryArticle;
import io.newsflow.model.StoryAssignment;
import io.newsflow.model.StoryAssignment.Decision;
import io.newsflow.model.StoryStatus;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.streams.DeadLetterExceptionHandler;
import io.newsflow.model.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateTopologyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T00:00:00Z"), ZoneOffset.UTC);
    private static final TopicRegistry TOPICS = TopicRegistry.DEFAULT;
    private static final Duration DORMANT_AFTER = Duration.ofDays(1);
    private static final Duration DORMANCY_CHECK = Duration.ofHours(1);
    private static final Duration COPY_WAIT = Duration.ofMinutes(1);

    private static final EnrichedArticle TALKS_1 = article("talks-1", "wire.example", "2026-03-10T08:00:00Z",
            "Russia and Ukraine open prisoner exchange talks in Istanbul",
            "Negotiators from Russia and Ukraine met in Istanbul on Monday to discuss a prisoner exchange. "
                    + "Turkish mediators hosted the talks at Dolmabahce palace and said both delegations "
                    + "brought lists of detainees.",
            "RUS", "UKR", "TUR");
    private static final EnrichedArticle TALKS_2 = article("talks-2", "daily.example", "2026-03-10T15:00:00+02:00",
            "Istanbul talks: Russia and Ukraine agree prisoner exchange lists",
            "Delegations of Russia and Ukraine agreed on detainee lists for a prisoner exchange at the "
                    + "Istanbul talks, Turkish mediators at Dolmabahce palace announced.",
            "RUS", "UKR", "TUR");
    private static final EnrichedArticle TALKS_1_COPY = copyOf(TALKS_1, "talks-1-copy", "reprint.example");
    private static final EnrichedArticle QUAKE = article("quake-1", "andes.example", "2026-03-11T02:00:00Z",
            "Earthquake shakes northern Chile",
            "A magnitude 6.8 earthquake struck near Antofagasta in northern Chile, damaging roads and cutting "
                    + "power to copper mines. No tsunami warning was issued.",
            "CHL");
    /** Another event, two days after the talks: past the talks story's dormantAfter. */
    private static final EnrichedArticle FLOOD = article("flood-1", "andes.example", "2026-03-12T10:00:00Z",
            "Floods cut highway in southern Peru",
            "Heavy rain washed away a stretch of the Pan-American highway near Arequipa in southern Peru, "
                    + "stranding hundreds of lorries.",
            "PER");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, StoryAssignment> assignments;
    private TestOutputTopic<String, Story> stories;

    @BeforeEach
    void startDriver() {
        Properties props = StreamsSettings.forStage(NewsflowConfig.of(Map.of(
                "kafka.bootstrap.servers", "dummy:1234",
                "state.dir", stateDir.toString())), "aggregate");
        props.put(DeadLetterExceptionHandler.CLOCK_CONFIG, CLOCK);
        ClusterParams params = ClusterParams.defaults().withDormantAfter(DORMANT_AFTER);
        driver = new TopologyTestDriver(
                AggregateTopology.build(new AggregateConfig(TOPICS, params, DORMANCY_CHECK, COPY_WAIT)), props,
                CLOCK.instant());
        enriched = driver.createInputTopic(TOPICS.enrichedArticles().name(), new StringSerializer(),
                TOPICS.enrichedArticles().valueSerde().serializer());
        assignments = driver.createOutputTopic(TOPICS.storyAssignments().name(),
                TOPICS.storyAssignments().keySerde().deserializer(),
                TOPICS.storyAssignments().valueSerde().deserializer());
        stories = driver.createOutputTopic(TOPICS.stories().name(), TOPICS.stories().keySerde().deserializer(),
                TOPICS.stories().valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    private void pipe(EnrichedArticle article) {
        enriched.pipeInput(article.article().id(), article, article.article().fetchedAt());
    }

    private static Map<String, Story> latestPerStory(List<TestRecord<String, Story>> records) {
        Map<String, Story> latest = new LinkedHashMap<>();
        records.forEach(record -> latest.put(record.key(), record.value()));
        return latest;
    }

    @Test
    void assignsOpenedThenJoinedThenCopyAndPublishesTheStory() {
        pipe(TALKS_1);
        pipe(TALKS_2);
        pipe(TALKS_1_COPY);

        List<TestRecord<String, StoryAssignment>> assigned = assignments.readRecordsToList();
        assertThat(assigned).extracting(TestRecord::key).containsExactly("talks-1", "talks-2", "talks-1-copy");
        assertThat(assigned).extracting(r -> r.value().articleId(), r -> r.value().decision())
                .containsExactly(tuple("talks-1", Decision.OPENED), tuple("talks-2", Decision.JOINED),
                        tuple("talks-1-copy", Decision.COPY));
        String storyId = assigned.get(0).value().storyId();
        assertThat(assigned).allSatisfy(r -> assertThat(r.value().storyId()).isEqualTo(storyId));
        assertThat(assigned).allSatisfy(r -> {
            assertThat(r.value().schemaVersion()).isEqualTo(StoryAssignment.SCHEMA_VERSION);
            assertThat(r.value().assignedAt()).isEqualTo(Instant.ofEpochMilli(r.timestamp()));
            assertThat(r.value().article().id()).isEqualTo(r.key());
        });
        StoryAssignment joined = assigned.get(1).value();
        assertThat(joined.candidates()).isNotEmpty();
        assertThat(joined.candidates().get(0).storyId()).isEqualTo(storyId);
        assertThat(joined.candidates().get(0).features()).containsKeys("text", "actors", "days", "decay");
        assertThat(joined.article().similarity()).isEqualTo(joined.candidates().get(0).score());
        StoryAssignment copy = assigned.get(2).value();
        assertThat(copy.article().duplicateOf()).isEqualTo("talks-1");
        assertThat(copy.article().similarity()).isEqualTo(1.0);

        List<TestRecord<String, Story>> storyRecords = stories.readRecordsToList();
        assertThat(storyRecords).hasSize(3).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(storyId);
            assertThat(r.value().storyId()).isEqualTo(storyId);
            assertThat(r.value().status()).isEqualTo(StoryStatus.ACTIVE);
        });
        assertThat(storyRecords).extracting(r -> r.value().articleCount()).containsExactly(1, 2, 3);
        assertThat(storyRecords).extracting(r -> r.value().syndicatedCopies()).containsExactly(0, 0, 1);

        Story story = latestPerStory(storyRecords).get(storyId);
        assertThat(story.schemaVersion()).isEqualTo(Story.SCHEMA_VERSION);
        assertThat(story.headline()).isEqualTo(TALKS_1.article().title());
        assertThat(story.articleCount()).isEqualTo(3);
        assertThat(story.syndicatedCopies()).isEqualTo(1);
        assertThat(story.sourceCount()).isEqualTo(3);
        assertThat(story.articles()).extracting(StoryArticle::id)
                .containsExactly("talks-1", "talks-1-copy", "talks-2");
        assertThat(story.actors()).extracting(StoryActor::code, StoryActor::name, StoryActor::count)
                .containsExactly(tuple("RUS", "Russia", 3), tuple("TUR", "Turkey", 3), tuple("UKR", "Ukraine", 3));
        assertThat(story.firstSeen()).isEqualTo(TALKS_1.article().publishedAt().toInstant());
        assertThat(story.lastSeen()).isEqualTo(TALKS_2.article().publishedAt().toInstant());
        assertThat(story.topTerms()).isNotEmpty().contains("istanbul");
    }

    @Test
    void unrelatedArticleOpensItsOwnStory() {
        pipe(TALKS_1);
        pipe(QUAKE);
        pipe(TALKS_2);

        List<StoryAssignment> assigned = assignments.readValuesToList();
        assertThat(assigned).extracting(StoryAssignment::decision)
                .containsExactly(Decision.OPENED, Decision.OPENED, Decision.JOINED);
        assertThat(assigned.get(1).storyId()).isNotEqualTo(assigned.get(0).storyId());
        assertThat(assigned.get(2).storyId()).isEqualTo(assigned.get(0).storyId());

        List<TestRecord<String, Story>> storyRecords = stories.readRecordsToList();
        assertThat(storyRecords).allSatisfy(r -> assertThat(r.value().status()).isEqualTo(StoryStatus.ACTIVE));
        Map<String, Story> latest = latestPerStory(storyRecords);
        assertThat(latest).hasSize(2);
        Story quake = latest.get(assigned.get(1).storyId());
        assertThat(quake.articleCount()).isEqualTo(1);
        assertThat(quake.articles()).extracting(StoryArticle::id).containsExactly("quake-1");
        assertThat(quake.actors()).extracting(StoryActor::code).containsExactly("CHL");
        Story talks = latest.get(assigned.get(0).storyId());
        assertThat(talks.articleCount()).isEqualTo(2);
        assertThat(talks.articles()).extracting(StoryArticle::id).containsExactly("talks-1", "talks-2");
    }

    @Test
    void copyArrivingBeforeItsOriginalWaitsAndThenJoinsItsStoryAsACopy() {
        pipe(TALKS_1_COPY);

        assertThat(assignments.isEmpty()).isTrue();
        assertThat(stories.isEmpty()).isTrue();

        pipe(TALKS_1);

        List<StoryAssignment> assigned = assignments.readValuesToList();
        assertThat(assigned).extracting(StoryAssignment::articleId, StoryAssignment::decision)
                .containsExactly(tuple("talks-1", Decision.OPENED), tuple("talks-1-copy", Decision.COPY));
        assertThat(assigned.get(1).storyId()).isEqualTo(assigned.get(0).storyId());
        Story story = latestPerStory(stories.readRecordsToList()).get(assigned.get(0).storyId());
        assertThat(story.articleCount()).isEqualTo(2);
        assertThat(story.syndicatedCopies()).isEqualTo(1);
        assertThat(story.articles()).extracting(StoryArticle::id).containsExactly("talks-1", "talks-1-copy");
    }

    @Test
    void copyWhoseOriginalNeverComesIsClusteredOnItsOwnAfterCopyWait() {
        pipe(TALKS_1_COPY);

        driver.advanceWallClockTime(COPY_WAIT.dividedBy(2));
        assertThat(assignments.isEmpty()).isTrue();

        driver.advanceWallClockTime(COPY_WAIT.dividedBy(2));
        List<StoryAssignment> assigned = assignments.readValuesToList();
        assertThat(assigned).extracting(StoryAssignment::articleId, StoryAssignment::decision)
                .containsExactly(tuple("talks-1-copy", Decision.OPENED));
        assertThat(assigned.get(0).article().duplicateOf()).isEqualTo("talks-1");
        Story story = latestPerStory(stories.readRecordsToList()).get(assigned.get(0).storyId());
        assertThat(story.articleCount()).isEqualTo(1);
        assertThat(story.status()).isEqualTo(StoryStatus.ACTIVE);

        // released once: more wall-clock time assigns nothing twice
        driver.advanceWallClockTime(COPY_WAIT);
        assertThat(assignments.isEmpty()).isTrue();
    }

    @Test
    void newVersionOfAnAssignedArticleUpdatesItsListing() {
        pipe(TALKS_1);
        pipe(TALKS_2);
        EnrichedArticle corrected = newVersion(TALKS_2, "Istanbul talks: lists agreed (corrected)");
        pipe(corrected);

        List<StoryAssignment> assigned = assignments.readValuesToList();
        assertThat(assigned).extracting(StoryAssignment::decision)
                .containsExactly(Decision.OPENED, Decision.JOINED, Decision.UPDATED);
        assertThat(assigned.get(2).storyId()).isEqualTo(assigned.get(0).storyId());
        assertThat(assigned.get(2).article().title()).isEqualTo(corrected.article().title());

        Story story = latestPerStory(stories.readRecordsToList()).get(assigned.get(0).storyId());
        assertThat(story.articleCount()).isEqualTo(2);
        assertThat(story.articles()).extracting(StoryArticle::id, StoryArticle::title)
                .containsExactly(tuple("talks-1", TALKS_1.article().title()),
                        tuple("talks-2", corrected.article().title()));
    }

    @Test
    void storyBecomesDormantOnceStreamTimePassesDormantAfter() {
        pipe(TALKS_1);
        pipe(QUAKE);
        List<TestRecord<String, Story>> before = stories.readRecordsToList();
        assertThat(before).hasSize(2).allSatisfy(r -> assertThat(r.value().status()).isEqualTo(StoryStatus.ACTIVE));
        String talksId = before.get(0).key();
        String quakeId = before.get(1).key();

        // more than a day of stream time after both stories' last article
        pipe(FLOOD);

        List<TestRecord<String, Story>> after = stories.readRecordsToList();
        List<TestRecord<String, Story>> dormant = after.stream()
                .filter(r -> r.value().status() == StoryStatus.DORMANT).toList();
        assertThat(dormant).extracting(TestRecord::key).containsExactlyInAnyOrder(talksId, quakeId);
        assertThat(dormant).allSatisfy(r -> {
            assertThat(r.value().updatedAt()).isAfter(QUAKE.article().fetchedAt().plus(DORMANT_AFTER));
            assertThat(r.value().updatedAt()).isBeforeOrEqualTo(FLOOD.article().fetchedAt());
        });
        Story talks = latestPerStory(after).get(talksId);
        assertThat(talks.status()).isEqualTo(StoryStatus.DORMANT);
        assertThat(talks.articleCount()).isEqualTo(1);
        assertThat(talks.articles()).extracting(StoryArticle::id).containsExactly("talks-1");
        Map<String, Story> latest = latestPerStory(after);
        String floodId = assignments.readValuesToList().get(2).storyId();
        assertThat(latest.get(floodId).status()).isEqualTo(StoryStatus.ACTIVE);
    }

    @Test
    void storyStaysActiveWhileStreamTimeIsWithinDormantAfter() {
        pipe(TALKS_1);
        pipe(TALKS_2);
        pipe(QUAKE);

        assertThat(stories.readValuesToList()).isNotEmpty()
                .allSatisfy(story -> assertThat(story.status()).isEqualTo(StoryStatus.ACTIVE));
    }
}
