package io.newsflow.ingest;

import io.newsflow.ingest.source.ArticleSource;
import io.newsflow.ingest.source.PolledSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When each source is read next: a new source at once, then every its own interval or, without one, the
 * default interval; with neither (a one-shot run) it is read once. Sources that left the list are
 * forgotten, so one that comes back is read at once.
 */
final class PollSchedule {

    private final Duration defaultInterval;
    private final Map<ArticleSource, Instant> nextRead = new IdentityHashMap<>();

    /** @param defaultInterval {@code ingest.poll.interval}; zero: sources without an interval of their own are read once */
    PollSchedule(Duration defaultInterval) {
        this.defaultInterval = defaultInterval;
    }

    /** The sources due at {@code now}, in list order; each is then scheduled for its next read. */
    List<ArticleSource> due(List<PolledSource> sources, Instant now) {
        nextRead.keySet().retainAll(sources.stream().map(PolledSource::source).toList());
        List<ArticleSource> due = new ArrayList<>();
        for (PolledSource polled : sources) {
            Instant next = nextRead.get(polled.source());
            if (next == null && nextRead.containsKey(polled.source())) {
                continue; // read once already, never again
            }
            if (next == null || !next.isAfter(now)) {
                due.add(polled.source());
                Duration every = interval(polled);
                nextRead.put(polled.source(), every.isZero() ? null : now.plus(every));
            }
        }
        return due;
    }

    /** The earliest next read of these sources, or empty when none is read again. */
    Optional<Instant> next(List<PolledSource> sources) {
        return sources.stream()
                .map(polled -> nextRead.containsKey(polled.source()) ? nextRead.get(polled.source()) : Instant.MIN)
                .filter(next -> next != null)
                .min(Instant::compareTo);
    }

    private Duration interval(PolledSource polled) {
        return polled.every() != null ? polled.every() : defaultInterval;
    }
}
