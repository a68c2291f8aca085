package io.newsflow.enrich.dedup.stream;

import io.newsflow.enrich.dedup.LshBands;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Fourth step, partitioned by the candidate's id, where its sketch is stored: the similarity of the
 * asking article with the candidate, and the first band they share; answered keyed by the asking article.
 */
public final class ConfirmAgainstSketch implements Processor<String, ConfirmRequest, String, ConfirmReply> {

    private final String sketchStore;
    private ProcessorContext<String, ConfirmReply> context;
    private KeyValueStore<String, StoredSketch> sketches;

    /** The step on the sketch store. */
    public ConfirmAgainstSketch(String sketchStore) {
        this.sketchStore = sketchStore;
    }

    @Override
    public void init(ProcessorContext<String, ConfirmReply> context) {
        this.context = context;
        this.sketches = context.getStateStore(sketchStore);
    }

    @Override
    public void process(Record<String, ConfirmRequest> record) {
        ConfirmRequest request = record.value();
        StoredSketch candidate = sketches.get(request.candidateId());
        ConfirmReply reply = candidate == null
                // swept out of the window since it was indexed: no confirmation possible
                ? new ConfirmReply(request.ticket(), request.candidateId(), 0, null, -1)
                : new ConfirmReply(request.ticket(), request.candidateId(), candidate.timestamp(),
                        request.sketch().jaccard(candidate.shingles()),
                        LshBands.firstSharedBand(request.bands(), candidate.bands()));
        context.forward(record.withKey(request.articleId()).withValue(reply));
    }
}
