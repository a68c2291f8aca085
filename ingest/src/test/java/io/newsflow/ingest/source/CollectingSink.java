package io.newsflow.ingest.source;

import java.util.ArrayList;
import java.util.List;

/** A {@link SourceSink} that keeps everything a source reports, in order, for assertions. */
public final class CollectingSink implements SourceSink {

    /** One reported failure. */
    public record Failure(String location, String reason, Throwable error, byte[] payload) {
    }

    public final List<ArticleDraft> articles = new ArrayList<>();
    public final List<Failure> failures = new ArrayList<>();

    /** Reads the source into a new sink. */
    public static CollectingSink read(ArticleSource source) {
        CollectingSink sink = new CollectingSink();
        source.read(sink);
        return sink;
    }

    @Override
    public void article(ArticleDraft draft) {
        articles.add(draft);
    }

    @Override
    public void failure(String location, String reason, Throwable error, byte[] payload) {
        failures.add(new Failure(location, reason, error, payload));
    }

    /** The titles of the articles read, in order. */
    public List<String> titles() {
        return articles.stream().map(ArticleDraft::title).toList();
    }

    /** The locations of the failures, in order. */
    public List<String> failureLocations() {
        return failures.stream().map(Failure::location).toList();
    }
}
