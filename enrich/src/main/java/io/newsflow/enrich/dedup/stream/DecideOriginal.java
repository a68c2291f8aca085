package io.newsflow.enrich.dedup.stream;

import io.newsflow.enrich.dedup.Candidate;
import io.newsflow.enrich.dedup.DuplicateCheck;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Last step, partitioned by article id: once every candidate has answered, the earliest confirmed one
 * at or above τ is the original; the article goes on keyed by its id.
 */
public final class DecideOriginal implements Processor<String, ConfirmReply, String, DuplicateCheck> {

    private final DedupStores stores;
    private final double tau;
    private ProcessorContext<String, DuplicateCheck> context;
    private KeyValueStore<String, DuplicateCheck> articles;
    private KeyValueStore<String, Gathering> gatherings;

    /** The step on these stores with threshold τ. */
    public DecideOriginal(DedupStores stores, double tau) {
        this.stores = stores;
        this.tau = tau;
    }

    @Override
    public void init(ProcessorContext<String, DuplicateCheck> context) {
        this.context = context;
        this.articles = context.getStateStore(stores.articles());
        this.gatherings = context.getStateStore(stores.gatherings());
    }

    @Override
    public void process(Record<String, ConfirmReply> record) {
        String ticket = record.value().ticket();
        Gathering gathering = gatherings.get(ticket);
        if (gathering == null) {
            throw new IllegalStateException("confirmation for unknown check " + ticket);
        }
        gathering = gathering.withConfirmation(record.value());
        if (gathering.confirmsAwaited() > 0) {
            gatherings.put(ticket, gathering);
            return;
        }
        DuplicateCheck article = articles.get(ticket);
        articles.delete(ticket);
        gatherings.delete(ticket);
        Optional<Candidate> original = Candidate.earliestAtLeast(gathering.confirmed(), tau);
        context.forward(record.withValue(original
                .map(c -> new DuplicateCheck(article.article(), c.articleId(), false, c.similarity()))
                .orElse(article)));
    }
}
