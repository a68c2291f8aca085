package io.newsflow.aggregate.cluster;

import static io.newsflow.aggregate.EnrichedArticles.article;
import static io.newsflow.aggregate.EnrichedArticles.copyOf;
import static io.newsflow.aggregate.Quakes.CHILE_1;
import static io.newsflow.aggregate.Quakes.CHILE_2;
import static io.newsflow.aggregate.Quakes.JAPAN_1;
import static io.newsflow.aggregate.Quakes.JAPAN_2;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.StoryArticle;
import io.newsflow.model.StoryAssignment.Decision;
import io.newsflow.model.config.NewsflowConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stories that split when they read as two events and merge when two read as one. */
class StoryRegroupingTest {

    private static StoryClusterer clusterer(Map<String, String> settings) {
        return new StoryClusterer(ClusterParams.from(NewsflowConfig.of(settings)));
    }

    private static Assignment assign(StoryClusterer clusterer, EnrichedArticle article) {
        return clusterer.assign(ArticleDocs.from(article), article.article().fetchedAt().toEpochMilli());
    }

    @Test
    void aStoryThatReadsAsTwoEventsSplitsAndTheSecondEventsReportsMoveWithTheirCopies() {
        // a threshold so low that every earthquake report joins the first story; two reports an event suffice
        StoryClusterer clusterer = clusterer(Map.of("aggregate.threshold", "0.01", "aggregate.split.min.part", "2"));
        String chile = assign(clusterer, CHILE_1).storyId();
        assign(clusterer, CHILE_2);
        assertThat(assign(clusterer, JAPAN_1).storyId()).isEqualTo(chile);
        EnrichedArticle japanCopy = copyOf(JAPAN_1, "japan-1-copy", "syndicate.example");
        Assignment copy = clusterer.attachCopy(clusterer.assign(ArticleDocs.from(JAPAN_2), 0).story(),
                ArticleDocs.from(japanCopy), 0);

        assertThat(copy.storyId()).isEqualTo(StoryClusterer.storyIdFor("japan-1"));
        assertThat(clusterer.activeStories()).isEqualTo(2);
        StoryState japan = copy.story();
        assertThat(japan.headline()).isEqualTo(JAPAN_1.article().title());
        assertThat(japan.articles()).extracting(StoryArticle::id)
                .containsExactlyInAnyOrder("japan-1", "japan-2", "japan-1-copy");
        assertThat(japan.members()).isEqualTo(2);
        assertThat(japan.copies()).isEqualTo(1);
        assertThat(japan.actorCounts()).containsOnlyKeys("JPN");
        assertThat(japan.sources()).containsExactlyInAnyOrder("pacific.example", "tokyo.example", "syndicate.example");
    }

    @Test
    void theSplitSaysWhichArticlesMovedWhereAndWhy() {
        StoryClusterer clusterer = clusterer(Map.of("aggregate.threshold", "0.01", "aggregate.split.min.part", "2"));
        String chile = assign(clusterer, CHILE_1).storyId();
        assign(clusterer, CHILE_2);
        assign(clusterer, JAPAN_1);

        Assignment last = assign(clusterer, JAPAN_2);

        assertThat(last.decision()).isEqualTo(Decision.JOINED);
        assertThat(last.candidates().get(0).storyId()).as("it joined the one story there was").isEqualTo(chile);
        Regrouping split = last.regrouping();
        assertThat(split).isNotNull();
        assertThat(split.merged()).isFalse();
        assertThat(split.from()).isEqualTo(chile);
        assertThat(split.moved()).containsExactly("japan-1", "japan-2");
        assertThat(split.into().storyId()).isEqualTo(StoryClusterer.storyIdFor("japan-1")).isEqualTo(last.storyId());
        assertThat(split.left().articles()).extracting(StoryArticle::id).containsExactly("chile-1", "chile-2");
        assertThat(split.left().headline()).isEqualTo(CHILE_1.article().title());
        assertThat(split.left().actorCounts()).containsOnlyKeys("CHL");
        assertThat(split.between()).isLessThan(0.55 * split.within());
        assertThat(last.story()).isSameAs(split.into());
    }

    @Test
    void twoStoriesOfOneEventMergeIntoTheOneTheArticleJoined() {
        // a bar so high that only the same text joins a story (text cosine 1 + .6 × names cosine 1); merging made easy
        StoryClusterer clusterer = clusterer(Map.of("aggregate.threshold", "1.55", "aggregate.threshold.growth", "0",
                "aggregate.merge.ratio", "0.2"));
        String first = assign(clusterer, CHILE_1).storyId();
        Assignment second = assign(clusterer, CHILE_2);
        assertThat(second.decision()).isEqualTo(Decision.OPENED);
        EnrichedArticle again = article("chile-3", "echo.example", "2026-03-11T07:00:00Z",
                CHILE_1.article().title(), CHILE_1.article().text(), "CHL");

        Assignment joined = assign(clusterer, again);

        assertThat(joined.storyId()).isEqualTo(first);
        Regrouping merge = joined.regrouping();
        assertThat(merge).isNotNull();
        assertThat(merge.merged()).isTrue();
        assertThat(merge.from()).isEqualTo(second.storyId());
        assertThat(merge.left()).isNull();
        assertThat(merge.moved()).containsExactly("chile-2");
        assertThat(merge.into().articles()).extracting(StoryArticle::id).containsExactly("chile-1", "chile-2", "chile-3");
        assertThat(merge.into().members()).isEqualTo(3);
        assertThat(clusterer.activeStories()).isEqualTo(1);
    }

    @Test
    void reportsTooFewToSplitOffMoveToTheStoryOfTheirEventWithTheirCopies() {
        // every report joins the story there is, until Japan's third report comes 70 days later, past the
        // 45-day window, and opens a story of its own; a Chilean report between the two then has both
        // stories as candidates, and the two Japanese reports of the first story read as the second's
        StoryClusterer clusterer = clusterer(Map.of("aggregate.threshold", "0.01", "aggregate.split.min.part", "3"));
        String chile = assign(clusterer, CHILE_1).storyId();
        assign(clusterer, CHILE_2);
        assign(clusterer, JAPAN_1);
        EnrichedArticle japanCopy = copyOf(JAPAN_1, "japan-1-copy", "syndicate.example");
        clusterer.attachCopy(assign(clusterer, JAPAN_2).story(), ArticleDocs.from(japanCopy), 0);
        Assignment later = assign(clusterer, article("japan-3", "tokyo.example", "2026-05-20T06:00:00Z",
                "Miyagi earthquake: Onagawa reactors restart", "The Onagawa reactors off Miyagi restarted, two "
                        + "months after the magnitude 5.9 earthquake halted Shinkansen trains to Sendai.", "JPN"));
        assertThat(later.decision()).isEqualTo(Decision.OPENED);

        Assignment between = assign(clusterer, article("chile-3", "andes.example", "2026-04-15T02:00:00Z",
                "Antofagasta copper mines rebuild after earthquake", "Copper mines around Calama, left without "
                        + "power by the magnitude 6.8 earthquake near Antofagasta in northern Chile, rebuilt.", "CHL"));

        assertThat(between.storyId()).isEqualTo(chile);
        Regrouping move = between.regrouping();
        assertThat(move).isNotNull();
        assertThat(move.merged()).isFalse();
        assertThat(move.from()).isEqualTo(chile);
        assertThat(move.moved()).containsExactlyInAnyOrder("japan-1", "japan-1-copy", "japan-2");
        assertThat(move.left().articles()).extracting(StoryArticle::id).containsExactly("chile-1", "chile-2", "chile-3");
        assertThat(move.left().actorCounts()).containsOnlyKeys("CHL");
        assertThat(move.into().storyId()).isEqualTo(later.storyId());
        assertThat(move.into().articles()).extracting(StoryArticle::id)
                .containsExactlyInAnyOrder("japan-1", "japan-1-copy", "japan-2", "japan-3");
        assertThat(move.into().members()).isEqualTo(3);
        assertThat(move.into().copies()).isEqualTo(1);
        assertThat(between.story()).isSameAs(move.left());
        assertThat(clusterer.activeStories()).isEqualTo(2);
    }

    @Test
    void withDefaultsReportsOfOneEventStayOneStory() {
        StoryClusterer clusterer = clusterer(Map.of());
        String chile = assign(clusterer, CHILE_1).storyId();
        assertThat(assign(clusterer, CHILE_2).storyId()).isEqualTo(chile);
        assertThat(assign(clusterer, JAPAN_1).storyId()).isNotEqualTo(chile);
    }
}
