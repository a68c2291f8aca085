package io.newsflow.aggregate.cluster;

import io.newsflow.model.CandidateStory;
import io.newsflow.model.StoryArticle;
import io.newsflow.model.StoryAssignment.Decision;
import io.newsflow.model.StoryStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Online, single-pass story clustering: each article joins the most similar active story when the
 * combined score reaches the threshold, else it opens a new story. Deterministic for a given input
 * order. Candidates come from an inverted index over the stories' top terms, so the cost per article
 * does not grow with the number of stories.
 *
 * <p>Score = (tf-idf cosine with the story centroid + actorWeight × actor-code Jaccard)
 * × exp(−time gap / timeScale). Pure Java; not thread-safe (one instance per assigning task).
 */
public final class StoryClusterer {

    private static final int CANDIDATES_REPORTED = 3;

    private final ClusterParams params;
    private final DocumentFrequencies frequencies = new DocumentFrequencies();
    private final Map<String, StoryState> active = new HashMap<>();
    private final Map<String, Set<String>> storiesByTerm = new HashMap<>();
    private final Map<String, List<String>> indexedTermsByStory = new HashMap<>();

    /** A clusterer with these parameters and no stories. */
    public StoryClusterer(ClusterParams params) {
        this.params = params;
    }

    /** Restores a story from the state store; dormant stories stay out of the index. */
    public void restore(StoryState story) {
        if (story.status() == StoryStatus.ACTIVE) {
            put(story);
        }
    }

    /** Restores one term's document frequency from the state store. */
    public void restoreDocumentFrequency(String term, long count) {
        frequencies.restore(term, count);
    }

    /** Restores the number of documents counted from the state store. */
    public void restoreDocumentCount(long count) {
        frequencies.restoreDocuments(count);
    }

    /**
     * Assigns an original (non-copy) article to the best story or opens a new one.
     *
     * @param doc        the article
     * @param streamTime the current stream time, epoch milliseconds, for dormancy
     */
    public Assignment assign(ArticleDoc doc, long streamTime) {
        Map<String, Double> vector = normalizedTf(doc.terms());
        List<CandidateStory> candidates = score(doc, vector);
        frequencies.add(doc.terms().keySet());
        CandidateStory best = candidates.isEmpty() ? null : candidates.get(0);
        List<CandidateStory> reported = candidates.subList(0, Math.min(CANDIDATES_REPORTED, candidates.size()));
        if (best != null && best.score() >= params.threshold()) {
            StoryState joined = join(active.get(best.storyId()), doc, vector, best.score(), streamTime);
            return new Assignment(joined.storyId(), Decision.JOINED, best.score(), reported, joined);
        }
        StoryState opened = open(doc, vector, streamTime);
        return new Assignment(opened.storyId(), Decision.OPENED, 1.0, reported, opened);
    }

    /**
     * Adds a syndicated copy to its original's story without changing what the story is about. A copy
     * is fresh activity: a dormant story becomes active again.
     *
     * @param story the original's story
     */
    public Assignment attachCopy(StoryState story, ArticleDoc doc, long streamTime) {
        StoryState updated = withArticle(story, doc, 1.0, story.centroid(), story.members(), story.copies() + 1,
                streamTime);
        put(updated);
        return new Assignment(updated.storyId(), Decision.COPY, 1.0, List.of(), updated);
    }

    /** Replaces the listing of an article already in the story by its new version. */
    public Assignment update(StoryState story, ArticleDoc doc, long streamTime) {
        List<StoryArticle> articles = new ArrayList<>(story.articles());
        articles.replaceAll(a -> a.id().equals(doc.id()) ? withSimilarity(doc.entry(), a.similarity()) : a);
        StoryState updated = new StoryState(story.storyId(), story.status(), story.headline(), story.centroid(),
                story.members(), story.articleCount(), story.copies(), story.sources(), story.actorCounts(),
                story.actorNames(), story.firstSeen(), story.lastSeen(), Math.max(streamTime, story.lastActivity()),
                articles);
        if (updated.status() == StoryStatus.ACTIVE) {
            put(updated);
        }
        return new Assignment(updated.storyId(), Decision.UPDATED, 1.0, List.of(), updated);
    }

    /** Moves stories inactive since before {@code streamTime − dormantAfter} out of the index; returns them. */
    public List<StoryState> expire(long streamTime) {
        long cutoff = streamTime - params.dormantAfter().toMillis();
        List<StoryState> dormant = active.values().stream()
                .filter(story -> story.lastActivity() < cutoff)
                .sorted(Comparator.comparing(StoryState::storyId))
                .map(StoryClusterer::asDormant)
                .toList();
        dormant.forEach(story -> remove(story.storyId()));
        return dormant;
    }

    /** A term's document frequency, to persist after an assignment. */
    public long documentFrequency(String term) {
        return frequencies.count(term);
    }

    /** Documents counted, to persist after an assignment. */
    public long documentCount() {
        return frequencies.documents();
    }

    /** Active stories in the index. */
    public int activeStories() {
        return active.size();
    }

    private List<CandidateStory> score(ArticleDoc doc, Map<String, Double> vector) {
        Map<String, Double> weighted = idfWeighted(vector);
        double norm = norm(weighted);
        List<CandidateStory> scored = new ArrayList<>();
        for (String storyId : retrieve(weighted)) {
            StoryState story = active.get(storyId);
            Duration gap = gap(doc.time(), story);
            if (gap.compareTo(params.maxGap()) > 0) {
                continue;
            }
            double gapDays = gap.toMinutes() / (60.0 * 24);
            double text = cosine(weighted, norm, idfWeighted(story.centroid()));
            double actors = jaccard(doc.actors().keySet(), story.actorCounts().keySet());
            double decay = Math.exp(-gapDays / (params.timeScale().toMinutes() / (60.0 * 24)));
            double score = (text + params.actorWeight() * actors) * decay;
            scored.add(new CandidateStory(storyId, round(score),
                    Map.of("text", round(text), "actors", round(actors), "days", round(gapDays),
                            "decay", round(decay))));
        }
        scored.sort(Comparator.comparingDouble(CandidateStory::score).reversed()
                .thenComparing(CandidateStory::storyId));
        return scored;
    }

    /** Stories sharing one of the article's most weighty terms, in id order for determinism. */
    private Set<String> retrieve(Map<String, Double> weighted) {
        Set<String> found = new TreeSet<>();
        topTerms(weighted, params.indexedTerms())
                .forEach(term -> found.addAll(storiesByTerm.getOrDefault(term, Set.of())));
        return found;
    }

    private StoryState open(ArticleDoc doc, Map<String, Double> vector, long streamTime) {
        String storyId = storyIdFor(doc.id());
        StoryState empty = new StoryState(storyId, StoryStatus.ACTIVE, doc.entry().title(), Map.of(), 0, 0, 0,
                Set.of(), Map.of(), Map.of(), doc.time(), doc.time(), streamTime, List.of());
        return join(empty, doc, vector, 1.0, streamTime);
    }

    private StoryState join(StoryState story, ArticleDoc doc, Map<String, Double> vector, double similarity,
                            long streamTime) {
        Map<String, Double> centroid = new HashMap<>(story.centroid());
        vector.forEach((term, weight) -> centroid.merge(term, weight, Double::sum));
        StoryState updated = withArticle(story, doc, similarity, trim(centroid), story.members() + 1, story.copies(),
                streamTime);
        put(updated);
        return updated;
    }

    private StoryState withArticle(StoryState story, ArticleDoc doc, double similarity, Map<String, Double> centroid,
                                   int members, int copies, long streamTime) {
        Set<String> sources = new TreeSet<>(story.sources());
        if (doc.entry().source() != null) {
            sources.add(doc.entry().source());
        }
        Map<String, Integer> actorCounts = new TreeMap<>(story.actorCounts());
        Map<String, String> actorNames = new TreeMap<>(story.actorNames());
        doc.actors().forEach((code, name) -> {
            actorCounts.merge(code, 1, Integer::sum);
            actorNames.putIfAbsent(code, name);
        });
        List<StoryArticle> articles = new ArrayList<>(story.articles());
        articles.add(withSimilarity(doc.entry(), similarity));
        articles.sort(StoryArticle.OLDEST_FIRST);
        if (articles.size() > params.maxListedArticles()) {
            articles = new ArrayList<>(articles.subList(articles.size() - params.maxListedArticles(), articles.size()));
        }
        Instant first = doc.time().isBefore(story.firstSeen()) ? doc.time() : story.firstSeen();
        Instant last = doc.time().isAfter(story.lastSeen()) ? doc.time() : story.lastSeen();
        return new StoryState(story.storyId(), StoryStatus.ACTIVE, story.headline(), centroid, members,
                story.articleCount() + 1, copies, sources, actorCounts, actorNames, first, last,
                Math.max(streamTime, story.lastActivity()), articles);
    }

    private void put(StoryState story) {
        remove(story.storyId());
        active.put(story.storyId(), story);
        List<String> terms = topTerms(idfWeighted(story.centroid()), params.indexedTerms());
        terms.forEach(term -> storiesByTerm.computeIfAbsent(term, t -> new HashSet<>()).add(story.storyId()));
        indexedTermsByStory.put(story.storyId(), terms);
    }

    private void remove(String storyId) {
        active.remove(storyId);
        List<String> terms = indexedTermsByStory.remove(storyId);
        if (terms != null) {
            for (String term : terms) {
                Set<String> stories = storiesByTerm.get(term);
                stories.remove(storyId);
                if (stories.isEmpty()) {
                    storiesByTerm.remove(term);
                }
            }
        }
    }

    private Map<String, Double> trim(Map<String, Double> centroid) {
        if (centroid.size() <= params.centroidTerms()) {
            return centroid;
        }
        Map<String, Double> kept = new HashMap<>();
        centroid.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(params.centroidTerms())
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }

    private Map<String, Double> idfWeighted(Map<String, Double> vector) {
        Map<String, Double> weighted = new HashMap<>();
        vector.forEach((term, weight) -> weighted.put(term, weight * frequencies.idf(term)));
        return weighted;
    }

    private static Map<String, Double> normalizedTf(Map<String, Integer> counts) {
        double norm = Math.sqrt(counts.values().stream().mapToDouble(c -> (double) c * c).sum());
        Map<String, Double> vector = new HashMap<>();
        counts.forEach((term, count) -> vector.put(term, norm == 0 ? 0 : count / norm));
        return vector;
    }

    private static List<String> topTerms(Map<String, Double> weighted, int limit) {
        return weighted.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static double cosine(Map<String, Double> a, double normA, Map<String, Double> b) {
        double normB = norm(b);
        if (normA == 0 || normB == 0) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot / (normA * normB);
    }

    private static double norm(Map<String, Double> vector) {
        return Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared / (double) (a.size() + b.size() - shared);
    }

    private static Duration gap(Instant time, StoryState story) {
        if (time.isBefore(story.firstSeen())) {
            return Duration.between(time, story.firstSeen());
        }
        return time.isAfter(story.lastSeen()) ? Duration.between(story.lastSeen(), time) : Duration.ZERO;
    }

    private static StoryArticle withSimilarity(StoryArticle article, double similarity) {
        return new StoryArticle(article.id(), article.url(), article.path(), article.title(), article.publishedAt(),
                article.duplicateOf(), article.actors(), article.source(), similarity);
    }

    private static StoryState asDormant(StoryState story) {
        return new StoryState(story.storyId(), StoryStatus.DORMANT, story.headline(), story.centroid(),
                story.members(), story.articleCount(), story.copies(), story.sources(), story.actorCounts(),
                story.actorNames(), story.firstSeen(), story.lastSeen(), story.lastActivity(), story.articles());
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    /** A story's id: derived from the article that opened it, so a replay gives the same ids. */
    static String storyIdFor(String articleId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("story\n" + articleId)
                    .getBytes(StandardCharsets.UTF_8));
            return "story-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
