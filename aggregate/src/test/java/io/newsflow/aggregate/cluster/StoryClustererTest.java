package io.newsflow.aggregate.cluster;

import static io.newsflow.aggregate.EnrichedArticles.article;
import static io.newsflow.aggregate.EnrichedArticles.copyOf;
import static io.newsflow.aggregate.EnrichedArticles.newVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import io.newsflow.aggregate.RestoreScenario;
import io.newsflow.model.CandidateStory;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Story;
import io.newsflow.model.StoryActor;
import io.newsflow.model.StoryArticle;
import io.newsflow.model.StoryAssignment.Decision;
import io.newsflow.model.StoryStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    static final EnrichedArticle TALKS_1 = article("talks-1", "wire.example", "2026-03-10T08:00:00Z",
            "Russia and Ukraine open prisoner exchange talks in Istanbul",
            "Negotiators from Russia and Ukraine met in Istanbul on Monday to discuss a prisoner exchange. "
                    + "Turkish mediators hosted the talks at Dolmabahce palace and said both delegations "
                    + "brought lists of detainees.",
            "RUS", "UKR", "TUR");
    static final EnrichedArticle TALKS_2 = article("talks-2", "daily.example", "2026-03-10T15:00:00+02:00",
            "Istanbul talks: Russia and Ukraine agree prisoner exchange lists",
            "Delegations of Russia and Ukraine agreed on detainee lists for a prisoner exchange at the "
                    + "Istanbul talks, Turkish mediators at Dolmabahce palace announced.",
            "RUS", "UKR", "TUR");
    static final EnrichedArticle QUAKE = article("quake-1", "andes.example", "2026-03-11T02:00:00Z",
            "Earthquake shakes northern Chile",
            "A magnitude 6.8 earthquake struck near Antofagasta in northern Chile, damaging roads and cutting "
                    + "power to copper mines. No tsunami warning was issued.",
            "CHL");
    /** Same actors and much the same words as the March talks, but a new round half a year later. */
    static final EnrichedArticle TALKS_SEPTEMBER = article("talks-9", "wire.example", "2026-09-22T08:00:00Z",
            "Russia and Ukraine hold new prisoner exchange talks in Istanbul",
            "Negotiators from Russia and Ukraine met again in Istanbul to prepare another prisoner exchange. "
                    + "Turkish mediators hosted the delegations, who brought new lists of detainees.",
            "RUS", "UKR", "TUR");

    private StoryClusterer clusterer;

    @BeforeEach
    void newClusterer() {
        clusterer = new StoryClusterer(ClusterParams.defaults());
    }

    private static ArticleDoc doc(EnrichedArticle article) {
        return ArticleDocs.from(article);
    }

    private static long fetched(EnrichedArticle article) {
        return article.article().fetchedAt().toEpochMilli();
    }

    private Assignment assign(EnrichedArticle article) {
        return clusterer.assign(doc(article), fetched(article));
    }

    @Test
    void anArticlePublishedBeforeTheStorysEventDayCannotReportIt() {
        Assignment talks = assign(TALKS_1);
        assertThat(talks.story().eventDate()).as("\"on Monday\" before Tuesday 10 March").hasToString("2026-03-09");
        EnrichedArticle earlier = article("talks-early", "wire.example", "2026-02-20T08:00:00Z",
                TALKS_1.article().title(), TALKS_1.article().text(), "RUS", "UKR", "TUR");
        EnrichedArticle dayBefore = article("talks-eve", "wire.example", "2026-03-08T08:00:00Z",
                TALKS_1.article().title(), TALKS_1.article().text(), "RUS", "UKR", "TUR");

        StoryClusterer other = new StoryClusterer(ClusterParams.defaults());
        other.assign(doc(TALKS_1), fetched(TALKS_1));
        CandidateStory eve = other.assign(doc(dayBefore), fetched(dayBefore)).candidates().get(0);
        CandidateStory early = assign(earlier).candidates().get(0);

        assertThat(early.features().get("dates")).isEqualTo(ClusterParams.defaults().beforeEvent());
        assertThat(eve.features().get("dates")).as("within the two days' slack").isEqualTo(1.0);
    }

    @Test
    void firstArticleOpensAStory() {
        Assignment opened = assign(TALKS_1);

        assertThat(opened.decision()).isEqualTo(Decision.OPENED);
        assertThat(opened.similarity()).isEqualTo(1.0);
        assertThat(opened.candidates()).isEmpty();
        assertThat(opened.storyId()).isEqualTo(StoryClusterer.storyIdFor("talks-1")).startsWith("story-");
        StoryState story = opened.story();
        assertThat(story.status()).isEqualTo(StoryStatus.ACTIVE);
        assertThat(story.headline()).isEqualTo(TALKS_1.article().title());
        assertThat(story.members()).isEqualTo(1);
        assertThat(story.articleCount()).isEqualTo(1);
        assertThat(story.articles()).extracting(StoryArticle::id, StoryArticle::similarity)
                .containsExactly(tuple("talks-1", 1.0));
        assertThat(clusterer.activeStories()).isEqualTo(1);
    }

    @Test
    void articlesOnTheSameEventJoinOneStory() {
        Assignment opened = assign(TALKS_1);
        Assignment joined = assign(TALKS_2);

        assertThat(joined.decision()).isEqualTo(Decision.JOINED);
        assertThat(joined.storyId()).isEqualTo(opened.storyId());
        assertThat(joined.similarity()).isGreaterThanOrEqualTo(ClusterParams.defaults().threshold());
        assertThat(joined.candidates()).isNotEmpty();
        assertThat(joined.candidates().get(0).storyId()).isEqualTo(opened.storyId());
        assertThat(joined.candidates().get(0).score()).isEqualTo(joined.similarity());

        StoryState story = joined.story();
        assertThat(story.members()).isEqualTo(2);
        assertThat(story.articleCount()).isEqualTo(2);
        assertThat(story.copies()).isZero();
        assertThat(story.sources()).containsExactlyInAnyOrder("wire.example", "daily.example");
        assertThat(story.actorCounts()).containsEntry("RUS", 2).containsEntry("UKR", 2).containsEntry("TUR", 2);
        assertThat(story.articles()).extracting(StoryArticle::id).containsExactly("talks-1", "talks-2");
        assertThat(story.firstSeen()).isEqualTo(TALKS_1.article().publishedAt().toInstant());
        assertThat(story.lastSeen()).isEqualTo(TALKS_2.article().publishedAt().toInstant());
        assertThat(clusterer.activeStories()).isEqualTo(1);
    }

    @Test
    void anUnrelatedEventOpensANewStory() {
        Assignment talks = assign(TALKS_1);
        Assignment quake = assign(QUAKE);

        assertThat(quake.decision()).isEqualTo(Decision.OPENED);
        assertThat(quake.storyId()).isNotEqualTo(talks.storyId());
        assertThat(quake.candidates()).allSatisfy(candidate ->
                assertThat(candidate.score()).isLessThan(ClusterParams.defaults().threshold()));
        assertThat(clusterer.activeStories()).isEqualTo(2);

        Assignment joined = assign(TALKS_2);
        assertThat(joined.decision()).isEqualTo(Decision.JOINED);
        assertThat(joined.storyId()).isEqualTo(talks.storyId());
    }

    @Test
    void anOtherEventNamingASharedActorIsScoredButOpensANewStory() {
        Assignment talks = assign(TALKS_1);
        EnrichedArticle grain = article("grain-1", "farm.example", "2026-03-10T18:00:00Z",
                "Ukraine grain exports rise through Black Sea ports",
                "Ukraine shipped more wheat and corn through Odesa ports in February as freight insurance "
                        + "costs fell, traders reported.",
                "UKR");

        Assignment opened = assign(grain);

        assertThat(opened.decision()).isEqualTo(Decision.OPENED);
        assertThat(opened.storyId()).isNotEqualTo(talks.storyId());
        assertThat(opened.candidates()).extracting(CandidateStory::storyId).containsExactly(talks.storyId());
        CandidateStory candidate = opened.candidates().get(0);
        assertThat(candidate.score()).isPositive().isLessThan(ClusterParams.defaults().threshold());
        assertThat(candidate.features().get("actors")).isCloseTo(1.0 / 3.0, within(1e-4));
        assertThat(clusterer.activeStories()).isEqualTo(2);
    }

    @Test
    void sameActorsAndWordsMonthsApartDoNotShareAStory() {
        Assignment march = assign(TALKS_1);
        Assignment september = assign(TALKS_SEPTEMBER);

        assertThat(september.decision()).isEqualTo(Decision.OPENED);
        assertThat(september.storyId()).isNotEqualTo(march.storyId());
        // beyond maxGap the March story is no candidate at all
        assertThat(september.candidates()).extracting(CandidateStory::storyId).doesNotContain(march.storyId());
    }

    @Test
    void sameWordsTwoDaysApartDoJoin() {
        EnrichedArticle soon = article("talks-soon", "wire.example", "2026-03-12T08:00:00Z",
                TALKS_SEPTEMBER.article().title(), TALKS_SEPTEMBER.article().text(), "RUS", "UKR", "TUR");
        Assignment march = assign(TALKS_1);
        Assignment twoDaysLater = assign(soon);

        assertThat(twoDaysLater.decision()).isEqualTo(Decision.JOINED);
        assertThat(twoDaysLater.storyId()).isEqualTo(march.storyId());
    }

    @Test
    void candidatesReportTheirFeaturesAndTheScoreTheyMake() {
        Assignment march = assign(TALKS_1);
        EnrichedArticle threeWeeksLater = article("talks-later", "wire.example", "2026-03-31T08:00:00Z",
                TALKS_SEPTEMBER.article().title(), TALKS_SEPTEMBER.article().text(), "RUS", "UKR");
        Assignment later = assign(threeWeeksLater);

        assertThat(later.candidates()).hasSize(1);
        CandidateStory candidate = later.candidates().get(0);
        assertThat(candidate.storyId()).isEqualTo(march.storyId());
        ClusterParams params = ClusterParams.defaults();
        Map<String, Double> features = candidate.features();
        assertThat(features).containsOnlyKeys("text", "entities", "actors", "days", "decay", "dates", "missingNames",
                "missingTitleNames", "bar");
        // a one-article story asks the plain threshold
        assertThat(features.get("bar")).isEqualTo(params.threshold());
        assertThat(features.get("days")).isEqualTo(21.0);
        assertThat(features.get("decay")).isCloseTo(Math.exp(-21.0 / params.timeScale().toDays()), within(1e-4));
        assertThat(features.get("actors")).isCloseTo(2.0 / 3.0, within(1e-4));
        assertThat(features.get("text")).isBetween(0.0, 1.0).isGreaterThan(0.3);
        assertThat(features.get("entities")).isBetween(0.0, 1.0);
        assertThat(features.get("dates")).isEqualTo(1.0);
        // a one-article story has no core names yet
        assertThat(features.get("missingNames")).isEqualTo(0.0);
        double expected = (features.get("text") + params.entityWeight() * features.get("entities")
                + params.actorWeight() * features.get("actors")) * features.get("decay") * features.get("dates")
                * (1 - params.missingTitleNames() * features.get("missingTitleNames"));
        assertThat(candidate.score()).isCloseTo(expected, within(1e-3));
        assertThat(later.decision()).isEqualTo(candidate.score() >= params.threshold() ? Decision.JOINED
                : Decision.OPENED);
    }

    @Test
    void theBarRisesAsTheStoryGrows() {
        Assignment opened = assign(TALKS_1);
        Assignment second = assign(TALKS_2);
        EnrichedArticle third = article("talks-3", "post.example", "2026-03-10T18:00:00Z",
                "Prisoner exchange lists agreed at Istanbul talks",
                "Russia and Ukraine agreed on lists for a prisoner exchange at talks in Istanbul hosted by Turkish "
                        + "mediators at Dolmabahce palace.", "RUS", "UKR", "TUR");
        Assignment joined = assign(third);

        ClusterParams params = ClusterParams.defaults();
        assertThat(second.storyId()).isEqualTo(opened.storyId());
        assertThat(joined.storyId()).isEqualTo(opened.storyId());
        assertThat(second.candidates().get(0).features().get("bar")).isEqualTo(params.threshold());
        // two members: threshold + growth × (1 − 1/2)
        assertThat(joined.candidates().get(0).features().get("bar"))
                .isCloseTo(params.threshold() + params.thresholdGrowth() / 2, within(1e-4));
    }

    @Test
    void aReportOfAnotherEventOfTheSameKindOpensItsOwnStory() {
        // two arsons of the same kind, told in the same words: names, places, figures and the date differ
        EnrichedArticle first = article("arson-a", "wire.example", "2026-03-11T08:00:00Z",
                "Police arrest Tom Keller over Leeds warehouse fire",
                "Police arrested Tom Keller, 34, over the fire that destroyed a warehouse in Leeds on March 10, "
                        + "2026. Keller was charged with arson and will appear in court, police said.");
        EnrichedArticle sameEvent = article("arson-a2", "daily.example", "2026-03-11T11:00:00Z",
                "Tom Keller charged with arson after Leeds warehouse blaze",
                "Tom Keller, 34, has been charged with arson over the Leeds warehouse blaze of March 10, 2026, "
                        + "police said. Keller appears in court on Friday.");
        EnrichedArticle otherEvent = article("arson-b", "post.example", "2026-03-11T12:00:00Z",
                "Police arrest Anna Novak over Bristol warehouse fire",
                "Police arrested Anna Novak, 51, over the fire that destroyed a warehouse in Bristol on Nov. 2, "
                        + "2025. Novak was charged with arson and will appear in court, police said.");

        Assignment opened = assign(first);
        Assignment joined = assign(sameEvent);
        Assignment other = assign(otherEvent);

        assertThat(joined.storyId()).isEqualTo(opened.storyId());
        assertThat(other.decision()).isEqualTo(Decision.OPENED);
        CandidateStory rejected = other.candidates().get(0);
        assertThat(rejected.storyId()).isEqualTo(opened.storyId());
        Map<String, Double> features = rejected.features();
        // the words agree; the names and figures much less, and the stated dates conflict
        assertThat(features.get("entities")).isLessThan(features.get("text"))
                .isLessThan(joined.candidates().get(0).features().get("entities"));
        assertThat(features.get("dates")).isLessThan(1.0);
        assertThat(rejected.score()).isLessThan(features.get("bar"));
    }

    @Test
    void termFrequencyIsSublinearAndUnitLength() {
        Map<String, Double> vector = TermVector.normalizedTf(Map.of("quake", 10, "peru", 1), new DocumentFrequencies());
        assertThat(vector.get("quake") / vector.get("peru")).isCloseTo(1 + Math.log(10), within(1e-9));
        assertThat(Math.hypot(vector.get("quake"), vector.get("peru"))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void statingAnotherYearScalesTheScoreByTheYearConflict() {
        String text = "A magnitude 6.1 earthquake struck the coast of Peru, damaging homes in Ica and cutting "
                + "power to thousands, the national emergency office said.";
        EnrichedArticle first = article("quake-2013", "wire.example", "2026-03-10T08:00:00Z",
                "Earthquake damages homes in Peru", text + " It was the strongest quake there since the one of Aug. 15, 2007.", "PER");
        EnrichedArticle sameYear = article("quake-2013-b", "daily.example", "2026-03-10T09:00:00Z",
                "Peru quake damages homes", text + " Residents recalled the quake of Aug. 15, 2007.", "PER");
        EnrichedArticle otherYear = article("quake-2019", "post.example", "2026-03-10T10:00:00Z",
                "Earthquake damages homes in Peru", text + " Residents recalled the quake of Aug. 15, 2001.", "PER");

        Assignment opened = assign(first);
        Assignment joined = assign(sameYear);
        Assignment held = assign(otherYear);

        ClusterParams params = ClusterParams.defaults();
        assertThat(joined.storyId()).isEqualTo(opened.storyId());
        assertThat(joined.candidates().get(0).features().get("dates")).isEqualTo(1.0);
        Map<String, Double> features = held.candidates().get(0).features();
        assertThat(features.get("dates")).isEqualTo(params.yearConflict());
        double unpenalized = (features.get("text") + params.entityWeight() * features.get("entities")
                + params.actorWeight() * features.get("actors")) * features.get("decay")
                * (1 - params.missingNames() * features.get("missingNames"))
                * (1 - params.missingTitleNames() * features.get("missingTitleNames"));
        assertThat(held.candidates().get(0).score()).isCloseTo(unpenalized * params.yearConflict(), within(1e-3));
    }

    @Test
    void lackingTheNamesMostMembersMentionLowersTheScore() {
        assign(quake("quake-a", 8, "Earthquake damages homes", "A magnitude 6.1 earthquake near Ica"));
        assign(quake("quake-b", 9, "Quake damages homes", "A strong earthquake near Ica"));
        Assignment elsewhere = assign(quake("quake-c", 10, "Earthquake damages homes",
                "A magnitude 6.1 earthquake near Arequipa"));

        Map<String, Double> features = elsewhere.candidates().get(0).features();
        // "Ica", named by both members, is the story's only core name, and the article does not name it
        assertThat(features.get("missingNames")).isEqualTo(1.0);
        ClusterParams params = ClusterParams.defaults();
        assertThat(elsewhere.candidates().get(0).score())
                .isCloseTo(textAndTime(features) * (1 - params.missingNames()), within(1e-3));
    }

    @Test
    void aTitleNamingWhatNoMemberNamesLowersTheScore() {
        assign(quake("quake-coast", 8, "Earthquake damages homes", "A magnitude 6.1 earthquake near the coast"));
        Assignment sameTitle = assign(quake("quake-again", 9, "Earthquake damages homes",
                "A strong earthquake near the coast"));
        Assignment namedTitle = assign(quake("quake-arequipa", 10, "Earthquake damages homes in Arequipa",
                "A strong earthquake near the coast of Arequipa"));

        assertThat(sameTitle.candidates().get(0).features().get("missingTitleNames")).isEqualTo(0.0);
        Map<String, Double> features = namedTitle.candidates().get(0).features();
        // "Arequipa" is the title's only name, and no article of the story names it
        assertThat(features.get("missingTitleNames")).isEqualTo(1.0);
        ClusterParams params = ClusterParams.defaults();
        double scaled = textAndTime(features) * (1 - params.missingNames() * features.get("missingNames"));
        assertThat(namedTitle.candidates().get(0).score())
                .isCloseTo(scaled * (1 - params.missingTitleNames()), within(1e-3));
    }

    /** A report of a quake on the morning of 2026-03-10, from a source of its own. */
    private static EnrichedArticle quake(String id, int hour, String title, String lede) {
        return article(id, id + ".example", String.format("2026-03-10T%02d:00:00Z", hour), title, lede
                + " struck the coast, damaging homes and cutting power to thousands, the national emergency "
                + "office said.", "PER");
    }

    /** The score's words, names and time part, before any factor on dates or missing names. */
    private static double textAndTime(Map<String, Double> features) {
        ClusterParams params = ClusterParams.defaults();
        return (features.get("text") + params.entityWeight() * features.get("entities")) * features.get("decay")
                * features.get("dates");
    }

    @Test
    void attachCopyAddsTheCopyWithoutChangingMembersOrCentroid() {
        Assignment opened = assign(TALKS_1);
        EnrichedArticle copy = copyOf(TALKS_1, "talks-1-copy", "reprint.example");

        Assignment attached = clusterer.attachCopy(opened.story(), doc(copy), fetched(copy) + 60_000);

        assertThat(attached.decision()).isEqualTo(Decision.COPY);
        assertThat(attached.storyId()).isEqualTo(opened.storyId());
        assertThat(attached.candidates()).isEmpty();
        StoryState story = attached.story();
        assertThat(story.members()).isEqualTo(1);
        assertThat(story.copies()).isEqualTo(1);
        assertThat(story.articleCount()).isEqualTo(2);
        assertThat(story.centroid()).isEqualTo(opened.story().centroid());
        assertThat(story.sources()).containsExactlyInAnyOrder("wire.example", "reprint.example");
        assertThat(story.articles()).extracting(StoryArticle::id).containsExactly("talks-1", "talks-1-copy");
        assertThat(story.articles().get(1).duplicateOf()).isEqualTo("talks-1");
        assertThat(story.lastActivity()).isEqualTo(fetched(copy) + 60_000);

        Story published = story.toStory(TALKS_1.article().fetchedAt());
        assertThat(published.articleCount()).isEqualTo(2);
        assertThat(published.syndicatedCopies()).isEqualTo(1);
        assertThat(published.sourceCount()).isEqualTo(2);
        assertThat(published.actors()).extracting(StoryActor::code, StoryActor::count)
                .contains(tuple("RUS", 2));
        assertThat(clusterer.activeStories()).isEqualTo(1);
    }

    @Test
    void updateReplacesTheArticleListingOnly() {
        assign(TALKS_1);
        Assignment joined = assign(TALKS_2);
        EnrichedArticle corrected = newVersion(TALKS_2, "Istanbul talks: Russia and Ukraine agree exchange lists (corrected)");

        Assignment updated = clusterer.update(joined.story(), doc(corrected), fetched(corrected) + 1000);

        assertThat(updated.decision()).isEqualTo(Decision.UPDATED);
        assertThat(updated.storyId()).isEqualTo(joined.storyId());
        StoryState story = updated.story();
        assertThat(story.articleCount()).isEqualTo(2);
        assertThat(story.members()).isEqualTo(2);
        assertThat(story.centroid()).isEqualTo(joined.story().centroid());
        assertThat(story.articles()).extracting(StoryArticle::id).containsExactly("talks-1", "talks-2");
        StoryArticle listed = story.articles().get(1);
        assertThat(listed.title()).isEqualTo(corrected.article().title());
        // the article keeps the similarity it joined with
        assertThat(listed.similarity()).isEqualTo(joined.story().articles().get(1).similarity());
        assertThat(story.articles().get(0)).isEqualTo(joined.story().articles().get(0));
    }

    @Test
    void expireMovesInactiveStoriesOutAndMarksThemDormant() {
        Assignment talks = assign(TALKS_1);
        Assignment quake = assign(QUAKE);
        long dormantAfter = ClusterParams.defaults().dormantAfter().toMillis();

        assertThat(clusterer.expire(fetched(TALKS_1) + dormantAfter)).isEmpty();
        assertThat(clusterer.activeStories()).isEqualTo(2);

        List<StoryState> expired = clusterer.expire(fetched(TALKS_1) + dormantAfter + 1);
        assertThat(expired).extracting(StoryState::storyId).containsExactly(talks.storyId());
        assertThat(expired.get(0).status()).isEqualTo(StoryStatus.DORMANT);
        assertThat(expired.get(0).toStory(QUAKE.article().fetchedAt()).status()).isEqualTo(StoryStatus.DORMANT);
        assertThat(expired.get(0).articleCount()).isEqualTo(1);
        assertThat(clusterer.activeStories()).isEqualTo(1);

        // a dormant story takes no new articles: the same event now opens a new story
        Assignment afterDormancy = assign(TALKS_2);
        assertThat(afterDormancy.decision()).isEqualTo(Decision.OPENED);
        assertThat(afterDormancy.storyId()).isNotEqualTo(talks.storyId());

        List<StoryState> all = clusterer.expire(fetched(QUAKE) + Duration.ofDays(30).toMillis());
        assertThat(all).extracting(StoryState::storyId)
                .containsExactlyInAnyOrder(quake.storyId(), afterDormancy.storyId());
        assertThat(clusterer.activeStories()).isZero();
    }

    @Test
    void aJoiningArticleRestartsTheStorysInactivityPeriod() {
        Assignment opened = assign(TALKS_1);
        long joinedAt = fetched(TALKS_1) + Duration.ofDays(3).toMillis();
        Assignment joined = clusterer.assign(doc(TALKS_2), joinedAt);
        assertThat(joined.storyId()).isEqualTo(opened.storyId());
        long dormantAfter = ClusterParams.defaults().dormantAfter().toMillis();

        assertThat(clusterer.expire(fetched(TALKS_1) + dormantAfter + 1)).isEmpty();
        assertThat(clusterer.expire(joinedAt + dormantAfter)).isEmpty();
        assertThat(clusterer.expire(joinedAt + dormantAfter + 1)).extracting(StoryState::storyId)
                .containsExactly(opened.storyId());
        assertThat(clusterer.expire(joinedAt + 2 * dormantAfter)).isEmpty();
        assertThat(clusterer.activeStories()).isZero();
    }

    @Test
    void restoredDormantStoryStaysOutOfTheIndex() {
        Assignment talks = assign(TALKS_1);
        StoryState dormant = clusterer.expire(fetched(TALKS_1) + Duration.ofDays(8).toMillis()).get(0);

        StoryClusterer restarted = new StoryClusterer(ClusterParams.defaults());
        restarted.restore(dormant);
        restarted.restore(assign(QUAKE).story());

        assertThat(restarted.activeStories()).isEqualTo(1);
        assertThat(dormant.storyId()).isEqualTo(talks.storyId());
    }

    @Test
    void clustererRestoredFromItsStateRetrievesLikeTheOriginal() {
        StoryClusterer original = new StoryClusterer(RestoreScenario.params());
        Map<String, StoryState> latest = new LinkedHashMap<>();
        Set<String> terms = new TreeSet<>();
        for (EnrichedArticle article : RestoreScenario.history()) {
            ArticleDoc doc = doc(article);
            terms.addAll(doc.terms().keySet());
            Assignment assignment = original.assign(doc, fetched(article));
            assertThat(assignment.decision()).isEqualTo(Decision.OPENED);
            latest.put(assignment.storyId(), assignment.story());
        }
        // what the state stores hold, restored the way the assigner restores it: frequencies, then stories
        StoryClusterer restored = new StoryClusterer(RestoreScenario.params());
        terms.forEach(term -> restored.restoreDocumentFrequency(term, original.documentFrequency(term)));
        restored.restoreDocumentCount(original.documentCount());
        latest.values().forEach(restored::restore);
        assertThat(restored.activeStories()).isEqualTo(original.activeStories()).isEqualTo(6);

        EnrichedArticle probe = RestoreScenario.probe();
        Assignment fromOriginal = original.assign(doc(probe), fetched(probe));
        Assignment fromRestored = restored.assign(doc(probe), fetched(probe));

        assertThat(fromOriginal.decision()).isEqualTo(Decision.JOINED);
        assertThat(fromOriginal.storyId()).isEqualTo(StoryClusterer.storyIdFor("volcano"));
        assertThat(fromRestored.decision()).isEqualTo(fromOriginal.decision());
        assertThat(fromRestored.storyId()).isEqualTo(fromOriginal.storyId());
        assertThat(fromRestored.candidates()).isEqualTo(fromOriginal.candidates());
    }

    @Test
    void sameInputOrderGivesIdenticalStoryIdsAndDecisions() {
        List<EnrichedArticle> input = List.of(TALKS_1, QUAKE, TALKS_2, TALKS_SEPTEMBER);

        List<List<Object>> first = run(input);
        List<List<Object>> second = run(input);

        assertThat(first).hasSize(4).isEqualTo(second);
        assertThat(first).extracting(outcome -> outcome.get(1))
                .containsExactly(Decision.OPENED, Decision.OPENED, Decision.JOINED, Decision.OPENED);
        assertThat(first.get(0).get(0)).isEqualTo(StoryClusterer.storyIdFor("talks-1"));
        assertThat(first.get(2).get(0)).isEqualTo(StoryClusterer.storyIdFor("talks-1"));
        assertThat(first.get(1).get(0)).isEqualTo(StoryClusterer.storyIdFor("quake-1"));
    }

    /** Each article's story id, decision and candidates (with their features), from a fresh clusterer. */
    private static List<List<Object>> run(List<EnrichedArticle> input) {
        StoryClusterer fresh = new StoryClusterer(ClusterParams.defaults());
        List<List<Object>> outcomes = new ArrayList<>();
        for (EnrichedArticle article : input) {
            Assignment assignment = fresh.assign(ArticleDocs.from(article), fetched(article));
            outcomes.add(List.of(assignment.storyId(), assignment.decision(), assignment.candidates(),
                    assignment.story().articles()));
        }
        return outcomes;
    }
}
