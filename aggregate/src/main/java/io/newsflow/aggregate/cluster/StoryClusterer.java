package io.newsflow.aggregate.cluster;

import io.newsflow.model.CandidateStory;
import io.newsflow.model.StoryArticle;
import io.newsflow.model.StoryAssignment.Decision;
import io.newsflow.model.StoryStatus;
import io.newsflow.model.Text;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Online, single-pass story clustering: each article joins the most similar active story when the
 * combined score reaches the story's bar, else it opens a new story; the story it joined then splits
 * when its members read as two events, sends a few strays to the candidate of their event, or merges
 * with another candidate when theirs read as one ({@link MemberLinkage}). Deterministic for a given input
 * order. Candidates come from an inverted index over the stories' top terms, so the cost per article
 * does not grow with the number of stories.
 *
 * <p>Score = (tf-idf cosine with the story centroid + entityWeight × tf-idf cosine of names and figures
 * + actorWeight × actor-code Jaccard) × exp(−time gap / timeScale) × stated-date agreement (× beforeEvent
 * when the article predates the story's event day) × (1 −
 * missingNames × idf-weighted share of the story's core names the article lacks) × (1 − missingTitleNames ×
 * idf-weighted share of the title's names no article of the story names); the article joins the
 * best story when the score reaches that story's bar, threshold + thresholdGrowth × (1 − 1/members); see
 * docs/clustering.md. Each story's idf-weighted vectors are cached when it changes; retrieval looks up the
 * article's most weighty terms, skips terms too common to discriminate, and scores only the stories
 * whose shared terms weigh most, so the cost per article
 * is bounded whatever the number of stories. Pure Java; not thread-safe (one instance per assigning
 * task).
 */
public final class StoryClusterer {

    private static final int CANDIDATES_REPORTED = 3;
    /** Time zones and "yesterday": an article may be dated up to two days before the day it reports. */
    private static final long EVENT_DAY_SLACK = Duration.ofDays(2).toMillis();
    private static final Comparator<Features> BEST_FIRST = Comparator.comparingDouble(Features::score).reversed()
            .thenComparing(Features::storyId);
    /** Among stories whose shared looked-up terms weigh as much, the smallest story ids are scored. */
    private static final Comparator<Indexed> BY_ID = Comparator.comparing((Indexed story) -> story.state().storyId());
    private static final Comparator<Activity> ACTIVITY_ORDER = Comparator.comparingLong(Activity::at)
            .thenComparing(Activity::storyId);
    private final ClusterParams params;
    private final DocumentFrequencies frequencies = new DocumentFrequencies();
    private final Map<String, Indexed> active = new HashMap<>();
    private final StoryIndex<Indexed> index = new StoryIndex<>();
    /** The active stories by last activity, so that expiry reads only the stories it expires. */
    private final TreeSet<Activity> byActivity = new TreeSet<>(ACTIVITY_ORDER);
    /** The article's text vector while it is scored, for the candidates' cosines. */
    private final SpreadVector scratch = new SpreadVector();
    private final MemberLinkage linkage;
    /** What {@link #fetch} read last. */
    private double fetched;

    /**
     * An active story with what scoring needs, computed once when it changes; its state's centroids are
     * the {@link TermVector}s themselves.
     */
    private record Indexed(StoryState state, TermVector centroid, TermVector entityCentroid, SparseVector text,
                           SparseVector entities, int[] coreNames, long reportedFrom, int[] terms, int slot) {
    }

    /** When an active story last saw activity (stream time, epoch milliseconds). */
    private record Activity(long at, String storyId) {
    }

    /** The names and figures of an article's title, with their idf weights. */
    private record TitleNames(String[] names, double[] weights) {

        /**
         * The idf-weighted share of the names that no article of the story names. A headline names who and
         * where; a report of another event of the same kind names others.
         */
        double missingShare(Map<String, Integer> storyNames) {
            double total = 0;
            double missing = 0;
            for (int k = 0; k < names.length; k++) {
                total += weights[k];
                if (!storyNames.containsKey(names[k])) {
                    missing += weights[k];
                }
            }
            return total == 0 ? 0 : missing / total;
        }
    }

    /** A candidate's score and features, rounded as reported; a map only for the reported few. */
    private record Features(String storyId, double score, double text, double entities, double actors, double days,
                            double decay, double dates, double missingNames, double missingTitleNames, double bar) {

        CandidateStory candidate() {
            return new CandidateStory(storyId, score, Map.of("text", text, "entities", entities, "actors", actors,
                    "days", days, "decay", decay, "dates", dates, "missingNames", missingNames,
                    "missingTitleNames", missingTitleNames, "bar", bar));
        }
    }

    /** A clusterer with these parameters and no stories. */
    public StoryClusterer(ClusterParams params) {
        this.params = params;
        this.linkage = new MemberLinkage(params.splitRatio(), params.mergeRatio(), params.splitMinPart());
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
        TermVector vector = TermVector.normalizedTf(doc.terms(), frequencies);
        TermVector entityVector = TermVector.normalizedTf(doc.entities(), frequencies);
        SparseVector text = vector.weighted();
        List<CandidateStory> reported = score(doc, text, entityVector.weighted());
        text.countDocument();
        CandidateStory best = reported.isEmpty() ? null : reported.get(0);
        if (best != null && best.score() >= best.features().get("bar")) {
            Indexed story = active.get(best.storyId());
            StoryState joined = join(story.state(), story.centroid(), story.entityCentroid(), doc, vector,
                    entityVector, best.score(), streamTime);
            Regrouping regrouping = regroup(joined, reported);
            if (regrouping == null) {
                return new Assignment(joined.storyId(), Decision.JOINED, best.score(), reported, joined);
            }
            StoryState own = regrouping.storyOf(doc.id());
            return new Assignment(own.storyId(), Decision.JOINED, best.score(), reported, own, regrouping);
        }
        StoryState opened = open(doc, vector, entityVector, streamTime);
        return new Assignment(opened.storyId(), Decision.OPENED, 1.0, reported, opened);
    }

    /**
     * Adds a syndicated copy to its original's story without changing what the story is about. A copy
     * is fresh activity: a dormant story becomes active again.
     *
     * @param story the original's story
     */
    public Assignment attachCopy(StoryState story, ArticleDoc doc, long streamTime) {
        StoryState updated = withArticle(story, doc, 1.0, story.centroid(), story.entityCentroid(), story.nameCounts(),
                story.members(), story.copies() + 1, story.memberVectors(), streamTime);
        put(updated);
        return new Assignment(updated.storyId(), Decision.COPY, 1.0, List.of(), updated);
    }

    /** Replaces the listing of an article already in the story by its new version. */
    public Assignment update(StoryState story, ArticleDoc doc, long streamTime) {
        List<StoryArticle> articles = new ArrayList<>(story.articles());
        articles.replaceAll(a -> a.id().equals(doc.id()) ? withSimilarity(doc.entry(), a.similarity()) : a);
        StoryState updated = new StoryState(story.storyId(), story.status(), story.headline(), story.centroid(),
                story.entityCentroid(), story.nameCounts(), story.statedDates(), story.members(), story.articleCount(), story.copies(), story.sources(),
                story.actorCounts(), story.actorNames(), story.firstSeen(), story.lastSeen(),
                Math.max(streamTime, story.lastActivity()), articles, story.memberVectors());
        if (updated.status() == StoryStatus.ACTIVE) {
            put(updated);
        }
        return new Assignment(updated.storyId(), Decision.UPDATED, 1.0, List.of(), updated);
    }

    /** Moves stories inactive since before {@code streamTime − dormantAfter} out of the index; returns them. */
    public List<StoryState> expire(long streamTime) {
        long cutoff = streamTime - params.dormantAfter().toMillis();
        List<StoryState> dormant = byActivity.headSet(new Activity(cutoff, ""), false).stream()
                .map(expired -> active.get(expired.storyId()).state())
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

    /** The best-scoring candidates, best first, the CANDIDATES_REPORTED best only. */
    private List<CandidateStory> score(ArticleDoc doc, SparseVector text, SparseVector entities) {
        List<Features> scored = new ArrayList<>();
        TitleNames title = titleNames(doc.titleNames());
        SparseVector spread = text.spreadOver(scratch);
        try {
            List<Indexed> candidates = retrieve(text);
            fetch(candidates);
            for (Indexed story : candidates) {
                Features features = features(doc, title, spread, entities, story);
                if (features != null) {
                    scored.add(features);
                }
            }
        } finally {
            scratch.clear();
        }
        scored.sort(BEST_FIRST);
        List<CandidateStory> best = new ArrayList<>(CANDIDATES_REPORTED);
        for (int k = 0; k < Math.min(CANDIDATES_REPORTED, scored.size()); k++) {
            best.add(scored.get(k).candidate());
        }
        return best;
    }

    /**
     * Reads a little of each candidate (its state's times, the first terms of its vectors) in one pass of
     * loads that do not wait for each other: with many stories, candidates lie far apart in a large heap,
     * and these cache misses then overlap, where scoring one candidate after the other would wait for
     * each in turn. What is read is kept in a field, so the compiler keeps the loads.
     */
    private void fetch(List<Indexed> candidates) {
        double read = 0;
        for (Indexed story : candidates) {
            StoryState state = story.state();
            read += story.text().fetch() + story.entities().fetch() + story.coreNames().length + state.members()
                    + state.firstSeen().getNano() + state.lastSeen().getNano();
        }
        fetched = read;
    }

    /** The article's score with one story and the features that made it; null beyond the time window. */
    private Features features(ArticleDoc doc, TitleNames title, SparseVector text, SparseVector entities,
                              Indexed story) {
        Duration gap = gap(doc.time(), story.state());
        if (gap.compareTo(params.maxGap()) > 0) {
            return null;
        }
        double gapDays = gap.toMinutes() / (60.0 * 24);
        double textCosine = text.cosine(story.text());
        double entityCosine = entities.cosine(story.entities());
        double actors = jaccard(doc.actors().keySet(), story.state().actorCounts().keySet());
        double decay = Math.exp(-gapDays / (params.timeScale().toMinutes() / (60.0 * 24)));
        double dates = dateAgreement(doc.dates(), story.state().statedDates().keySet())
                * (doc.time().toEpochMilli() < story.reportedFrom() ? params.beforeEvent() : 1);
        double missing = missingShare(doc.entities(), story.coreNames());
        double missingTitle = title.missingShare(story.state().nameCounts());
        double coverage = (1 - params.missingNames() * missing) * (1 - params.missingTitleNames() * missingTitle);
        double score = (textCosine + params.entityWeight() * entityCosine + params.actorWeight() * actors)
                * decay * dates * coverage;
        return new Features(story.state().storyId(), round(score), round(textCosine), round(entityCosine),
                round(actors), round(gapDays), round(decay), round(dates), round(missing), round(missingTitle),
                round(bar(story.state())));
    }

    /**
     * The maxCandidates stories sharing the weightiest of the article's weightiest terms, ties by story
     * id (for determinism); terms indexed by more than maxPostings stories say too little to retrieve by.
     */
    private List<Indexed> retrieve(SparseVector text) {
        StoryIndex<Indexed>.Shared shared = index.share(text.query(params.queryTerms()), params.maxPostings());
        int[] best = shared.best(params.maxCandidates(), BY_ID);
        List<Indexed> hits = new ArrayList<>(best.length);
        for (int slot : best) {
            hits.add(index.story(slot));
        }
        shared.clear();
        return hits;
    }

    private StoryState open(ArticleDoc doc, TermVector vector, TermVector entityVector, long streamTime) {
        String storyId = storyIdFor(doc.id());
        StoryState empty = new StoryState(storyId, StoryStatus.ACTIVE, doc.entry().title(), Map.of(), Map.of(),
                Map.of(), Map.of(), 0, 0, 0, Set.of(), Map.of(), Map.of(), doc.time(), doc.time(), streamTime, List.of(),
                List.of());
        return join(empty, TermVector.of(Map.of(), frequencies), TermVector.of(Map.of(), frequencies), doc, vector,
                entityVector, 1.0, streamTime);
    }

    private StoryState join(StoryState story, TermVector centroid, TermVector entityCentroid, ArticleDoc doc,
                            TermVector vector, TermVector entityVector, double similarity, long streamTime) {
        int limit = params.centroidTerms();
        StoryState updated = withArticle(story, doc, similarity, centroid.plus(vector, limit),
                entityCentroid.plus(entityVector, limit),
                counted(story.nameCounts(), doc.entities().keySet()), story.members() + 1, story.copies(),
                withMember(story, doc, vector, entityVector), streamTime);
        put(updated);
        return updated;
    }

    private StoryState withArticle(StoryState story, ArticleDoc doc, double similarity, Map<String, Double> centroid,
                                   Map<String, Double> entityCentroid, Map<String, Integer> nameCounts,
                                   int members, int copies, List<StoryMember> memberVectors, long streamTime) {
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
        List<StoryArticle> articles = inserted(story.articles(), withSimilarity(doc.entry(), similarity));
        if (articles.size() > params.maxListedArticles()) {
            articles = new ArrayList<>(articles.subList(articles.size() - params.maxListedArticles(), articles.size()));
        }
        Instant first = doc.time().isBefore(story.firstSeen()) ? doc.time() : story.firstSeen();
        Instant last = doc.time().isAfter(story.lastSeen()) ? doc.time() : story.lastSeen();
        Map<String, Integer> dates = new TreeMap<>(story.statedDates());
        doc.dates().forEach(date -> dates.merge(date, 1, Integer::sum));
        return new StoryState(story.storyId(), StoryStatus.ACTIVE, story.headline(), centroid, entityCentroid, nameCounts,
                dates, members, story.articleCount() + 1, copies, sources, actorCounts, actorNames, first, last,
                Math.max(streamTime, story.lastActivity()), articles, memberVectors);
    }

    /**
     * The listing, oldest first, with the article in its place: mostly at the end, as news arrives in
     * order, so a comparison or two rather than a sort of up to {@code maxListedArticles} articles.
     */
    private static List<StoryArticle> inserted(List<StoryArticle> articles, StoryArticle article) {
        List<StoryArticle> listed = new ArrayList<>(articles.size() + 1);
        listed.addAll(articles);
        int at = listed.size();
        while (at > 0 && StoryArticle.OLDEST_FIRST.compare(listed.get(at - 1), article) > 0) {
            at--;
        }
        listed.add(at, article);
        return listed;
    }

    /**
     * The story's member vectors with this article's: kept while the story may split or merge (up to
     * regroupMaxMembers members, every member kept), none after that.
     */
    private List<StoryMember> withMember(StoryState story, ArticleDoc doc, TermVector vector, TermVector entityVector) {
        if (story.members() + 1 > params.regroupMaxMembers() || story.memberVectors().size() != story.members()) {
            return List.of();
        }
        List<StoryMember> members = new ArrayList<>(story.memberVectors());
        members.add(new StoryMember(doc.id(), doc.entry().title(), doc.time(), weightiest(vector, params.memberTerms()),
                weightiest(entityVector, params.memberTerms() / 2), doc.dates()));
        return members;
    }

    private static TermVector weightiest(TermVector vector, int limit) {
        return vector.size() <= limit ? vector : vector.restrictedTo(vector.weighted().top(limit));
    }

    /**
     * Whether a story may split or merge: it holds every member's vectors (up to regroupMaxMembers) and
     * lists every article, because a regrouped story's counts are rebuilt from the listing.
     */
    private static boolean regroupable(StoryState story) {
        return story.memberVectors().size() == story.members() && story.articleCount() <= story.articles().size();
    }

    /**
     * The split of the story the article joined, else its strays' move to another candidate, else a merge
     * into it, else null ({@link MemberLinkage}).
     */
    private Regrouping regroup(StoryState story, List<CandidateStory> reported) {
        if (!regroupable(story)) {
            return null;
        }
        MemberSimilarities similarities = similarities(story.memberVectors());
        // the members are agglomerated here when the story may split, else only when a candidate needs it
        MemberLinkage.Cut cut = linkage.maySplit(story.members()) ? linkage.cut(similarities.matrix()) : null;
        MemberLinkage.Groups split = cut == null ? null : cut.split();
        return split != null ? splitOff(story, split) : moveOrMerge(story, similarities, cut, reported);
    }

    /** The story split in two: the members of {@code groups.others()} open a story of their own. */
    private Regrouping splitOff(StoryState story, MemberLinkage.Groups groups) {
        return moveAway(story, groups, (leaving, articles) -> regrouped(storyIdFor(leaving.get(0).id()),
                leaving.get(0).title(), leaving, articles, story.lastActivity(), story.actorNames()));
    }

    /**
     * For the best reported candidate that passes the gates: the move of the joined story's strays to it
     * when they read as its event's reports, else its merge into the joined story when their members read
     * as one event ({@link MemberLinkage}); null when no candidate does either. A candidate whose stated
     * dates conflict with the article's is no event of the article's, however alike the words.
     *
     * @param cut the story's members agglomerated, or null when that is still to do
     */
    private Regrouping moveOrMerge(StoryState story, MemberSimilarities similarities, MemberLinkage.Cut cut,
                                   List<CandidateStory> reported) {
        MemberLinkage.Cut members = cut;
        for (CandidateStory candidate : reported) {
            Indexed other = active.get(candidate.storyId());
            if (other == null || other.state().storyId().equals(story.storyId()) || !regroupable(other.state())
                    || candidate.features().get("dates") < 1
                    || story.members() + other.state().members() > params.regroupMaxMembers()
                    || story.articleCount() + other.state().articleCount() > params.maxListedArticles()) {
                continue;
            }
            StoryState absorbed = other.state();
            double[][] both = similarities.with(similarities(absorbed.memberVectors()));
            // strays first: a story holding a few of another event's reports is less alike within, which
            // would make the merge test pass for the whole of it
            members = members != null ? members : linkage.cut(similarities.matrix());
            int[] strays = members.strays();
            MemberLinkage.Groups moving = strays == null ? null
                    : linkage.straysBelongToOther(both, story.members(), strays);
            if (moving != null) {
                return moveAway(story, moving, (leaving, articles) -> receiving(absorbed, leaving, articles,
                        story.lastActivity(), story.actorNames()));
            }
            MemberLinkage.Groups groups = linkage.merge(both, story.members());
            if (groups != null) {
                remove(absorbed.storyId());
                StoryState merged = receiving(story, absorbed.memberVectors(), absorbed.articles(),
                        absorbed.lastActivity(), absorbed.actorNames());
                put(merged);
                return new Regrouping(absorbed.storyId(), null, merged,
                        absorbed.articles().stream().map(StoryArticle::id).toList(), round(groups.between()),
                        round(groups.within()));
            }
        }
        return null;
    }

    /**
     * The members of {@code groups.others()} and their copies moved out of the story into the story that
     * {@code destination} makes of them (from the leaving members and their listed articles); the story
     * keeps {@code groups.founders()}.
     */
    private Regrouping moveAway(StoryState story, MemberLinkage.Groups groups,
                                BiFunction<List<StoryMember>, List<StoryArticle>, StoryState> destination) {
        List<StoryMember> staying = pick(story.memberVectors(), groups.founders());
        List<StoryMember> leaving = pick(story.memberVectors(), groups.others());
        Map<Boolean, List<StoryArticle>> listed = listedWith(story, leaving);
        StoryState left = regrouped(story.storyId(), story.headline(), staying, listed.get(false),
                story.lastActivity(), story.actorNames());
        StoryState into = destination.apply(leaving, listed.get(true));
        put(left);
        put(into);
        return new Regrouping(story.storyId(), left, into, listed.get(true).stream().map(StoryArticle::id).toList(),
                round(groups.between()), round(groups.within()));
    }

    /**
     * The story with another story's members and listed articles added: what receives a move or a merge.
     *
     * @param lastActivity the other story's last activity
     * @param actorNames   the other story's actor names (the receiving story's win where both name a code)
     */
    private StoryState receiving(StoryState story, List<StoryMember> members, List<StoryArticle> articles,
                                 long lastActivity, Map<String, String> actorNames) {
        List<StoryMember> allMembers = new ArrayList<>(story.memberVectors());
        allMembers.addAll(members);
        List<StoryArticle> allArticles = new ArrayList<>(story.articles());
        allArticles.addAll(articles);
        allArticles.sort(StoryArticle.OLDEST_FIRST);
        Map<String, String> allNames = new TreeMap<>(actorNames);
        allNames.putAll(story.actorNames());
        return regrouped(story.storyId(), story.headline(), allMembers, allArticles,
                Math.max(lastActivity, story.lastActivity()), allNames);
    }

    /** The story's listed articles: true for these members' and their copies, false for the others'. */
    private static Map<Boolean, List<StoryArticle>> listedWith(StoryState story, List<StoryMember> members) {
        Set<String> ids = new HashSet<>();
        members.forEach(member -> ids.add(member.id()));
        return story.articles().stream().collect(Collectors.partitioningBy(
                a -> ids.contains(a.id()) || (a.duplicateOf() != null && ids.contains(a.duplicateOf()))));
    }

    private static List<StoryMember> pick(List<StoryMember> members, int[] positions) {
        List<StoryMember> picked = new ArrayList<>(positions.length);
        for (int k : positions) {
            picked.add(members.get(k));
        }
        return picked;
    }

    /** The members' similarities at today's idf, computed when first needed. */
    private MemberSimilarities similarities(List<StoryMember> members) {
        return new MemberSimilarities(members, frequencies, params.entityWeight());
    }

    /**
     * A story rebuilt from its members' vectors and its listed articles: a part of a split or a merge.
     *
     * @param lastActivity stream time of its last activity, for dormancy
     * @param actorNames   canonical names of the actor codes its articles may name
     */
    private StoryState regrouped(String storyId, String headline, List<StoryMember> members,
                                 List<StoryArticle> articles, long lastActivity, Map<String, String> actorNames) {
        TermVector centroid = TermVector.of(Map.of(), frequencies);
        TermVector entityCentroid = TermVector.of(Map.of(), frequencies);
        Map<String, Integer> nameCounts = Map.of();
        Map<String, Integer> dates = new TreeMap<>();
        Instant first = members.get(0).time();
        Instant last = first;
        for (StoryMember member : members) {
            centroid = centroid.plus(TermVector.of(member.terms(), frequencies), params.centroidTerms());
            entityCentroid = entityCentroid.plus(TermVector.of(member.names(), frequencies), params.centroidTerms());
            nameCounts = counted(nameCounts, member.names().keySet());
            member.dates().forEach(date -> dates.merge(date, 1, Integer::sum));
            first = member.time().isBefore(first) ? member.time() : first;
            last = member.time().isAfter(last) ? member.time() : last;
        }
        Set<String> sources = new TreeSet<>();
        Map<String, Integer> actorCounts = new TreeMap<>();
        for (StoryArticle article : articles) {
            if (article.source() != null) {
                sources.add(article.source());
            }
            article.actors().forEach(code -> actorCounts.merge(code, 1, Integer::sum));
        }
        Map<String, String> names = new TreeMap<>();
        actorCounts.keySet().forEach(code -> names.put(code, actorNames.getOrDefault(code, code)));
        return new StoryState(storyId, StoryStatus.ACTIVE, headline, centroid, entityCentroid, nameCounts, dates,
                members.size(), articles.size(), articles.size() - members.size(), sources, actorCounts, names,
                first, last, lastActivity, articles, members);
    }

    /**
     * Indexes the story; its centroids and members' vectors become term vectors (once, for a story from the
     * state store).
     */
    private void put(StoryState story) {
        Indexed previous = active.get(story.storyId());
        TermVector centroid = TermVector.of(story.centroid(), frequencies);
        TermVector entityCentroid = TermVector.of(story.entityCentroid(), frequencies);
        List<StoryMember> members = asTermVectors(story.memberVectors());
        StoryState state = centroid == story.centroid() && entityCentroid == story.entityCentroid()
                && members == story.memberVectors() ? story : withVectors(story, centroid, entityCentroid, members);
        SparseVector text = centroid.weighted();
        int[] terms = text.top(params.indexedTerms());
        int slot;
        if (previous == null) {
            slot = index.add(terms, IdOrder.key(story.storyId()));
        } else {
            // the story keeps its slot; only the terms it gains or loses change their postings
            slot = previous.slot();
            index.reindex(slot, previous.terms(), terms);
        }
        if (previous == null || previous.state().lastActivity() != story.lastActivity()) {
            if (previous != null) {
                byActivity.remove(new Activity(previous.state().lastActivity(), story.storyId()));
            }
            byActivity.add(new Activity(story.lastActivity(), story.storyId()));
        }
        Indexed indexed = new Indexed(state, centroid, entityCentroid, text, entityCentroid.weighted(),
                core(story.nameCounts(), story.members()), reportedFrom(story), terms, slot);
        index.hold(slot, indexed);
        active.put(story.storyId(), indexed);
    }

    /**
     * The earliest publication time of a report of the story's event: two days before its event day
     * (UTC), epoch milliseconds; the earliest time when it states no day.
     */
    private static long reportedFrom(StoryState story) {
        LocalDate day = story.eventDate();
        return day == null ? Long.MIN_VALUE
                : day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - EVENT_DAY_SLACK;
    }

    private void remove(String storyId) {
        Indexed removed = active.remove(storyId);
        if (removed != null) {
            index.remove(removed.slot(), removed.terms());
            byActivity.remove(new Activity(removed.state().lastActivity(), storyId));
        }
    }

    /**
     * The idf-weighted share of the story's core names (named by more than half of its members, once it
     * has two) that the article does not name. Reports of one event name its people and places; a report
     * of another event of the same kind, told in the same words, lacks them.
     */
    private double missingShare(Map<String, Integer> article, int[] core) {
        double total = 0;
        double missing = 0;
        for (int id : core) {
            double weight = frequencies.idf(id);
            total += weight;
            if (!article.containsKey(frequencies.term(id))) {
                missing += weight;
            }
        }
        return total == 0 ? 0 : missing / total;
    }

    /** The title's names with their idf, looked up once per article rather than once per candidate. */
    private TitleNames titleNames(Set<String> names) {
        String[] kept = names.toArray(new String[0]);
        double[] weights = new double[kept.length];
        for (int k = 0; k < kept.length; k++) {
            weights[k] = frequencies.idf(frequencies.id(kept[k]));
        }
        return new TitleNames(kept, weights);
    }

    /** The story's name counts with one more member naming these; the most named centroidTerms kept. */
    private Map<String, Integer> counted(Map<String, Integer> counts, Set<String> names) {
        Map<String, Integer> sum = new HashMap<>(counts);
        names.forEach(name -> sum.merge(frequencies.canonical(name), 1, Integer::sum));
        if (sum.size() <= params.centroidTerms()) {
            return sum;
        }
        Map<String, Integer> kept = new HashMap<>(params.centroidTerms() * 2);
        sum.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(params.centroidTerms())
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }

    /** Term ids of what more than half of the story's members name; none for a one-article story. */
    private int[] core(Map<String, Integer> counts, int members) {
        if (members < 2) {
            return new int[0];
        }
        return counts.entrySet().stream()
                .filter(e -> 2 * e.getValue() > members)
                .mapToInt(e -> frequencies.id(e.getKey()))
                .sorted()
                .toArray();
    }

    /**
     * The score a story asks of an article: the threshold, raised as the story grows. A centroid of many
     * reports is smoother than one report, so reports of its event score higher with it, and so do
     * reports of another event of the same kind; the bar rises with it.
     */
    private double bar(StoryState story) {
        return params.threshold() + params.thresholdGrowth() * (1 - 1.0 / Math.max(1, story.members()));
    }

    /** 1, or the conflict factors when both sides state years (or month-days) and share none. */
    private double dateAgreement(Set<String> article, Set<String> story) {
        double factor = 1;
        if (conflict(article, story, 'y')) {
            factor *= params.yearConflict();
        }
        if (conflict(article, story, 'm')) {
            factor *= params.monthConflict();
        }
        return factor;
    }

    private static boolean conflict(Set<String> article, Set<String> story, char kind) {
        boolean articleStates = false;
        boolean storyStates = false;
        for (String date : story) {
            if (date.charAt(0) == kind) {
                storyStates = true;
                if (article.contains(date)) {
                    return false;
                }
            }
        }
        for (String date : article) {
            articleStates |= date.charAt(0) == kind;
        }
        return articleStates && storyStates;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String code : a) {
            shared += b.contains(code) ? 1 : 0;
        }
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

    /** The members with term-vector maps; the same list when they have them already. */
    private List<StoryMember> asTermVectors(List<StoryMember> members) {
        List<StoryMember> converted = null;
        for (int k = 0; k < members.size(); k++) {
            StoryMember member = members.get(k);
            TermVector terms = TermVector.of(member.terms(), frequencies);
            TermVector names = TermVector.of(member.names(), frequencies);
            if (converted == null && (terms != member.terms() || names != member.names())) {
                converted = new ArrayList<>(members.subList(0, k));
            }
            if (converted != null) {
                converted.add(new StoryMember(member.id(), member.title(), member.time(), terms, names,
                        member.dates()));
            }
        }
        return converted == null ? members : converted;
    }

    private static StoryState withVectors(StoryState story, Map<String, Double> centroid,
                                          Map<String, Double> entityCentroid, List<StoryMember> members) {
        return new StoryState(story.storyId(), story.status(), story.headline(), centroid, entityCentroid,
                story.nameCounts(), story.statedDates(), story.members(), story.articleCount(), story.copies(),
                story.sources(), story.actorCounts(), story.actorNames(), story.firstSeen(), story.lastSeen(),
                story.lastActivity(), story.articles(), members);
    }

    private static StoryState asDormant(StoryState story) {
        return new StoryState(story.storyId(), StoryStatus.DORMANT, story.headline(), story.centroid(),
                story.entityCentroid(), story.nameCounts(), story.statedDates(), story.members(), story.articleCount(), story.copies(), story.sources(),
                story.actorCounts(), story.actorNames(), story.firstSeen(), story.lastSeen(), story.lastActivity(),
                story.articles(), story.memberVectors());
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    /** A story's id: derived from the article that opened it, so a replay gives the same ids. */
    static String storyIdFor(String articleId) {
        return "story-" + Text.sha256Hex("story\n" + articleId, 8);
    }
}
