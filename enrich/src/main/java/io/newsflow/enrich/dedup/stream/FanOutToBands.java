package io.newsflow.enrich.dedup.stream;

import io.newsflow.enrich.dedup.ArticleSketch;
import io.newsflow.enrich.dedup.DuplicateCheck;
import io.newsflow.enrich.dedup.LshBands;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * First step, partitioned by article id: stores the article's sketch (where its candidates' requests
 * will find it) and the article itself (until it is decided), and sends one request per LSH band, keyed
 * by the band key. Sketches older than the window (stream time) are swept out.
 */
public final class FanOutToBands implements Processor<String, DuplicateCheck, String, BandRequest> {

    private final ArticleSketch.Sketcher sketcher;
    private final DedupStores stores;
    private final Duration window;
    private final Duration sweepInterval;
    private ProcessorContext<String, BandRequest> context;
    private KeyValueStore<String, StoredSketch> sketches;
    private KeyValueStore<String, DuplicateCheck> articles;
    private KeyValueStore<String, Gathering> gatherings;

    /** The step for these parameters and stores. */
    public FanOutToBands(ArticleSketch.Sketcher sketcher, DedupStores stores, Duration window, Duration sweepInterval) {
        this.sketcher = sketcher;
        this.stores = stores;
        this.window = window;
        this.sweepInterval = sweepInterval;
    }

    @Override
    public void init(ProcessorContext<String, BandRequest> context) {
        this.context = context;
        this.sketches = context.getStateStore(stores.sketches());
        this.articles = context.getStateStore(stores.articles());
        this.gatherings = context.getStateStore(stores.gatherings());
        context.schedule(sweepInterval, PunctuationType.STREAM_TIME, this::sweep);
    }

    @Override
    public void process(Record<String, DuplicateCheck> record) {
        String id = record.value().article().id();
        // partition and offset name this input record, so a re-delivered article is a separate check
        String ticket = context.recordMetadata().map(m -> id + "@" + m.partition() + ":" + m.offset())
                .orElse(id + "@" + record.timestamp());
        ArticleSketch sketch = sketcher.sketch(record.value().article().text());
        sketches.put(id, new StoredSketch(record.timestamp(), sketch.bands(), sketch.shingles()));
        articles.put(ticket, record.value());
        gatherings.put(ticket, Gathering.start(id, sketch.bands().length));
        for (int band = 0; band < sketch.bands().length; band++) {
            context.forward(record.withKey(LshBands.key(band, sketch.bands()[band]))
                    .withValue(new BandRequest(id, ticket, record.timestamp(), band)));
        }
    }

    private void sweep(long streamTime) {
        long oldest = streamTime - window.toMillis();
        try (var all = sketches.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.timestamp() < oldest) {
                    sketches.delete(entry.key);
                }
            });
        }
    }
}
