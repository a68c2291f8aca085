package io.newsflow.enrich.dedup.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Second step, partitioned by band key: answers a band request with the articles indexed under the key
 * before it (within the window of its timestamp), then indexes it. An article older than the window by
 * stream time is answered but not indexed (a sweep would remove it at once); it is counted in the
 * {@code not-indexed-late} metric. Expired entries are swept out by stream time.
 */
public final class BandLookup implements Processor<String, BandRequest, String, BandReply> {

    /** Metric group of the dedup sensors. */
    public static final String METRIC_SCOPE = "newsflow-dedup";

    private final String storeName;
    private final Duration window;
    private final Duration sweepInterval;
    private final int maxEntries;
    private ProcessorContext<String, BandReply> context;
    private KeyValueStore<String, BandEntries> bands;
    private Sensor notIndexedLate;

    /**
     * The step.
     *
     * @param maxEntries at most this many (the newest) articles are kept per band key, so that a
     *                   boilerplate band shared by many articles costs bounded time
     */
    public BandLookup(String storeName, Duration window, Duration sweepInterval, int maxEntries) {
        this.storeName = storeName;
        this.window = window;
        this.sweepInterval = sweepInterval;
        this.maxEntries = maxEntries;
    }

    @Override
    public void init(ProcessorContext<String, BandReply> context) {
        this.context = context;
        this.bands = context.getStateStore(storeName);
        this.notIndexedLate = context.metrics().addRateTotalSensor(METRIC_SCOPE, "task-" + context.taskId(),
                "not-indexed-late", Sensor.RecordingLevel.INFO);
        context.schedule(sweepInterval, PunctuationType.STREAM_TIME, this::sweep);
    }

    @Override
    public void process(Record<String, BandRequest> record) {
        BandRequest request = record.value();
        BandEntries current = bands.get(record.key());
        List<BandEntry> entries = current == null ? List.of() : current.entries();
        List<BandEntry> found = new ArrayList<>();
        for (BandEntry entry : entries) {
            if (!entry.articleId().equals(request.articleId())
                    && Math.abs(entry.timestamp() - request.timestamp()) <= window.toMillis()) {
                found.add(entry);
            }
        }
        long oldest = context.currentStreamTimeMs() - window.toMillis();
        if (request.timestamp() < oldest) {
            notIndexedLate.record();
        } else {
            bands.put(record.key(), new BandEntries(indexed(entries, request, oldest)));
        }
        context.forward(record.withKey(request.articleId())
                .withValue(new BandReply(request.ticket(), request.band(), found)));
    }

    private List<BandEntry> indexed(List<BandEntry> entries, BandRequest request, long oldest) {
        List<BandEntry> kept = new ArrayList<>(entries.size() + 1);
        for (BandEntry entry : entries) {
            if (entry.timestamp() >= oldest && !entry.articleId().equals(request.articleId())) {
                kept.add(entry);
            }
        }
        kept.add(new BandEntry(request.articleId(), request.timestamp()));
        return kept.size() > maxEntries ? kept.subList(kept.size() - maxEntries, kept.size()) : kept;
    }

    private void sweep(long streamTime) {
        long oldest = streamTime - window.toMillis();
        try (var all = bands.all()) {
            all.forEachRemaining(entry -> {
                List<BandEntry> kept = entry.value.entries().stream().filter(e -> e.timestamp() >= oldest).toList();
                if (kept.isEmpty()) {
                    bands.delete(entry.key);
                } else if (kept.size() < entry.value.entries().size()) {
                    bands.put(entry.key, new BandEntries(kept));
                }
            });
        }
    }
}
