package io.newsflow.ingest;

import java.util.List;

/**
 * What one ingest pass did.
 *
 * @param published    ids of the articles published (new ids and new versions), in order
 * @param skippedSeen  articles skipped because they were already published unchanged
 * @param deadLettered inputs sent to the dead-letter topic
 */
public record IngestReport(List<String> published, int skippedSeen, int deadLettered) {

    public IngestReport {
        published = List.copyOf(published);
    }
}
