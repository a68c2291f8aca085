package io.newsflow.aggregate.cluster;

import io.newsflow.model.Story;
import io.newsflow.model.StoryActor;
import io.newsflow.model.StoryArticle;
import io.newsflow.model.StoryStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the clusterer keeps of a story: what it publishes and what it compares articles with.
 * The aggregator's state store holds one per story; the in-memory index is rebuilt from them.
 *
 * @param storyId       the story id
 * @param status        active or dormant
 * @param headline      the title of the article that opened it
 * @param centroid      sum of its original articles' normalized term vectors, top terms only
 * @param entityCentroid the same for the names and figures of their texts
 * @param nameCounts    name or figure → number of members naming it, the most named only
 * @param statedDates   years and months its articles state, and their event days ({@code d2023-10-25}),
 *                      with how many articles state each
 * @param members       original (non-copy) articles in the centroid
 * @param articleCount  all articles, copies included
 * @param copies        syndicated copies
 * @param sources       distinct sources
 * @param actorCounts   actor code → number of articles naming it
 * @param actorNames    actor code → canonical name
 * @param firstSeen     earliest article time
 * @param lastSeen      latest article time
 * @param lastActivity  stream time of the last article that joined, for dormancy
 * @param articles      the most recent articles, oldest first
 * @param memberVectors its original members in joining order, while it may split; empty after that
 */
public record StoryState(
        String storyId,
        StoryStatus status,
        String headline,
        Map<String, Double> centroid,
        Map<String, Double> entityCentroid,
        Map<String, Integer> nameCounts,
        Map<String, Integer> statedDates,
        int members,
        int articleCount,
        int copies,
        Set<String> sources,
        Map<String, Integer> actorCounts,
        Map<String, String> actorNames,
        Instant firstSeen,
        Instant lastSeen,
        long lastActivity,
        List<StoryArticle> articles,
        List<StoryMember> memberVectors) {

    private static final int TOP_TERMS = 8;

    public StoryState {
        // stores written before name counts or member vectors existed hold none
        nameCounts = nameCounts == null ? Map.of() : nameCounts;
        memberVectors = memberVectors == null ? List.of() : memberVectors;
    }

    /** The event day its articles state most often (the earliest of a tie), or null when none states one. */
    public LocalDate eventDate() {
        return statedDates.entrySet().stream()
                .filter(e -> e.getKey().startsWith(ArticleDocs.EVENT_DAY))
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> LocalDate.parse(e.getKey().substring(ArticleDocs.EVENT_DAY.length())))
                .orElse(null);
    }

    /** The story as published on {@code news.stories}. */
    public Story toStory(Instant updatedAt) {
        List<StoryActor> actors = actorCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new StoryActor(e.getKey(), actorNames.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList();
        List<String> topTerms = centroid.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_TERMS).map(Map.Entry::getKey).toList();
        return new Story(Story.SCHEMA_VERSION, storyId, headline, articleCount, sources.size(), copies, firstSeen,
                lastSeen, eventDate(), topTerms, status, actors, articles, updatedAt);
    }
}
