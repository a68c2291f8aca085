package io.newsflow.aggregate;

import io.newsflow.aggregate.cluster.ArticleDoc;
import io.newsflow.aggregate.cluster.ArticleDocs;
import io.newsflow.aggregate.cluster.Assignment;
import io.newsflow.aggregate.cluster.Regrouping;
import io.newsflow.aggregate.cluster.StoryClusterer;
import io.newsflow.aggregate.cluster.StoryState;
import io.newsflow.model.CandidateStory;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.StoryArticle;
import io.newsflow.model.StoryAssignment;
import io.newsflow.model.StoryAssignment.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Wraps the {@link StoryClusterer} in a processor: the state stores are the truth, the clusterer's
 * in-memory index is rebuilt from them when the task starts, and every change is written back before
 * the outputs are forwarded (all in one transaction under exactly-once).
 *
 * <p>A copy can overtake its original between the enriched topic's partitions; it then waits in a store
 * until the original is assigned, or until {@code copyWait} of wall-clock time has passed (the original
 * may have been dead-lettered), after which it is clustered like any article.
 */
final class StoryAssigner implements Processor<String, EnrichedArticle, String, AggregateOutput> {

    /** Key in the term store under which the document count is kept (no term can contain a NUL). */
    static final String DOCUMENT_COUNT_KEY = "\u0000documents";

    private final AggregateConfig config;
    private ProcessorContext<String, AggregateOutput> context;
    private KeyValueStore<String, StoryState> stories;
    private KeyValueStore<String, String> storyOfArticle;
    private KeyValueStore<String, Long> documentFrequencies;
    private KeyValueStore<String, PendingCopies> pendingCopies;
    private StoryClusterer clusterer;

    StoryAssigner(AggregateConfig config) {
        this.config = config;
    }

    @Override
    public void init(ProcessorContext<String, AggregateOutput> context) {
        this.context = context;
        stories = context.getStateStore(AggregateTopology.STORIES_STORE);
        storyOfArticle = context.getStateStore(AggregateTopology.ARTICLE_STORY_STORE);
        documentFrequencies = context.getStateStore(AggregateTopology.TERMS_STORE);
        pendingCopies = context.getStateStore(AggregateTopology.PENDING_COPIES_STORE);
        clusterer = new StoryClusterer(config.params());
        // frequencies first: restoring a story indexes its top terms by idf, which needs them
        try (KeyValueIterator<String, Long> all = documentFrequencies.all()) {
            all.forEachRemaining(entry -> {
                if (entry.key.equals(DOCUMENT_COUNT_KEY)) {
                    clusterer.restoreDocumentCount(entry.value);
                } else {
                    clusterer.restoreDocumentFrequency(entry.key, entry.value);
                }
            });
        }
        try (KeyValueIterator<String, StoryState> all = stories.all()) {
            all.forEachRemaining(entry -> clusterer.restore(entry.value));
        }
        context.schedule(config.dormancyCheck(), PunctuationType.STREAM_TIME, this::expireDormant);
        context.schedule(config.copyWait().dividedBy(2), PunctuationType.WALL_CLOCK_TIME, this::releaseOverdueCopies);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle enriched = record.value();
        String original = enriched.duplicateOf();
        if (original != null && storyOfArticle.get(original) == null && storyOfArticle.get(enriched.article().id()) == null) {
            PendingCopies waiting = pendingCopies.get(original);
            pendingCopies.put(original, waiting == null
                    ? new PendingCopies(List.of(enriched), context.currentSystemTimeMs())
                    : waiting.with(enriched));
            return;
        }
        assignAndForward(enriched, record.timestamp());
        PendingCopies waiting = pendingCopies.get(enriched.article().id());
        if (waiting != null) {
            pendingCopies.delete(enriched.article().id());
            waiting.copies().forEach(copy -> assignAndForward(copy, record.timestamp()));
        }
    }

    private void assignAndForward(EnrichedArticle enriched, long now) {
        ArticleDoc doc = ArticleDocs.from(enriched);
        String known = storyOfArticle.get(doc.id());
        String original = enriched.duplicateOf() == null ? null : storyOfArticle.get(enriched.duplicateOf());
        Assignment assignment;
        if (known != null && stories.get(known) != null) {
            assignment = clusterer.update(stories.get(known), doc, now);
        } else if (original != null && stories.get(original) != null) {
            assignment = clusterer.attachCopy(stories.get(original), doc, now);
        } else {
            assignment = clusterer.assign(doc, now);
            doc.terms().keySet().forEach(term -> documentFrequencies.put(term, clusterer.documentFrequency(term)));
            documentFrequencies.put(DOCUMENT_COUNT_KEY, clusterer.documentCount());
        }
        stories.put(assignment.storyId(), assignment.story());
        storyOfArticle.put(doc.id(), assignment.storyId());
        Instant at = Instant.ofEpochMilli(now);
        StoryAssignment out = new StoryAssignment(StoryAssignment.SCHEMA_VERSION, doc.id(), assignment.storyId(),
                assignment.decision(), assignment.story().articles().stream().filter(a -> a.id().equals(doc.id()))
                .findFirst().orElse(doc.entry()), assignment.candidates(), at);
        context.forward(new Record<>(doc.id(), AggregateOutput.of(out), now));
        context.forward(new Record<>(assignment.storyId(), AggregateOutput.of(assignment.story().toStory(at)), now));
        if (assignment.regrouping() != null) {
            forwardRegrouping(assignment.regrouping(), doc.id(), now);
        }
    }

    /**
     * The other story a split, strays' move or merge changed (the article's own was forwarded already),
     * and one assignment for each other article that moved, saying why: the two groups' similarity
     * between and within.
     */
    private void forwardRegrouping(Regrouping regrouping, String articleId, long now) {
        Instant at = Instant.ofEpochMilli(now);
        if (regrouping.merged()) {
            stories.delete(regrouping.from());
            context.forward(new Record<>(regrouping.from(), AggregateOutput.removedStory(), now));
        } else {
            StoryState other = regrouping.storyOf(articleId) == regrouping.left() ? regrouping.into() : regrouping.left();
            stories.put(other.storyId(), other);
            context.forward(new Record<>(other.storyId(), AggregateOutput.of(other.toStory(at)), now));
        }
        StoryState into = regrouping.into();
        CandidateStory why = new CandidateStory(into.storyId(), regrouping.between(),
                Map.of("between", regrouping.between(), "within", regrouping.within()));
        Decision decision = regrouping.merged() ? Decision.MERGED : Decision.SPLIT;
        for (StoryArticle moved : into.articles()) {
            if (regrouping.moved().contains(moved.id()) && !moved.id().equals(articleId)) {
                storyOfArticle.put(moved.id(), into.storyId());
                StoryAssignment out = new StoryAssignment(StoryAssignment.SCHEMA_VERSION, moved.id(),
                        into.storyId(), decision, moved, List.of(why), at);
                context.forward(new Record<>(moved.id(), AggregateOutput.of(out), now));
            }
        }
    }

    /** Copies whose original has not come within {@code copyWait} are clustered on their own. */
    private void releaseOverdueCopies(long wallClockTime) {
        List<String> overdue = new ArrayList<>();
        try (KeyValueIterator<String, PendingCopies> all = pendingCopies.all()) {
            all.forEachRemaining(entry -> {
                if (wallClockTime - entry.value.since() >= config.copyWait().toMillis()) {
                    overdue.add(entry.key);
                }
            });
        }
        for (String original : overdue) {
            PendingCopies waiting = pendingCopies.get(original);
            pendingCopies.delete(original);
            waiting.copies().forEach(copy -> assignAndForward(copy, context.currentStreamTimeMs()));
        }
    }

    private void expireDormant(long streamTime) {
        for (StoryState dormant : clusterer.expire(streamTime)) {
            stories.put(dormant.storyId(), dormant);
            context.forward(new Record<>(dormant.storyId(),
                    AggregateOutput.of(dormant.toStory(Instant.ofEpochMilli(streamTime))), streamTime));
        }
    }
}
