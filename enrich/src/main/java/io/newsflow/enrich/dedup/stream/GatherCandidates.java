package io.newsflow.enrich.dedup.stream;

import io.newsflow.enrich.dedup.DuplicateCheck;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Third step, partitioned by article id: collects the answers of all bands of a check. Without
 * candidates the article is decided an original; otherwise one confirmation request goes to each
 * candidate, keyed by the candidate's id, carrying this article's sketch.
 */
public final class GatherCandidates implements Processor<String, BandReply, String, GatherOutcome> {

    private final DedupStores stores;
    private ProcessorContext<String, GatherOutcome> context;
    private KeyValueStore<String, StoredSketch> sketches;
    private KeyValueStore<String, DuplicateCheck> articles;
    private KeyValueStore<String, Gathering> gatherings;

    /** The step on these stores. */
    public GatherCandidates(DedupStores stores) {
        this.stores = stores;
    }

    @Override
    public void init(ProcessorContext<String, GatherOutcome> context) {
        this.context = context;
        this.sketches = context.getStateStore(stores.sketches());
        this.articles = context.getStateStore(stores.articles());
        this.gatherings = context.getStateStore(stores.gatherings());
    }

    @Override
    public void process(Record<String, BandReply> record) {
        String ticket = record.value().ticket();
        Gathering gathering = gatherings.get(ticket);
        if (gathering == null) {
            throw new IllegalStateException("band answer for unknown check " + ticket);
        }
        gathering = gathering.withBand(record.value());
        if (gathering.bandsAwaited() > 0) {
            gatherings.put(ticket, gathering);
            return;
        }
        StoredSketch own = sketches.get(record.key());
        // without its own sketch (swept out already, for an article older than the window) nothing can
        // be confirmed: it is decided an original rather than left waiting
        if (gathering.foundInBands().isEmpty() || own == null) {
            DuplicateCheck article = articles.get(ticket);
            articles.delete(ticket);
            gatherings.delete(ticket);
            context.forward(record.withValue(new GatherOutcome(article, null)));
            return;
        }
        gatherings.put(ticket, gathering.awaitingConfirmations());
        for (String candidate : gathering.foundInBands().keySet()) {
            context.forward(record.withKey(candidate).withValue(new GatherOutcome(null, new ConfirmRequest(candidate,
                    record.key(), ticket, own.timestamp(), own.shingles(), own.bands()))));
        }
    }
}
