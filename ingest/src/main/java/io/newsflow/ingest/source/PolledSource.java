package io.newsflow.ingest.source;

import java.time.Duration;

/**
 * A source and how often it is read again.
 *
 * @param source the reader
 * @param every  its own poll interval, or null for the service's {@code ingest.poll.interval}
 */
public record PolledSource(ArticleSource source, Duration every) {
}
