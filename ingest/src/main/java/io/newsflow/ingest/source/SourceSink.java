package io.newsflow.ingest.source;

/** Receives what a source reads: articles, and inputs that could not be read, with the reason. */
public interface SourceSink {

    /** An article was read. */
    void article(ArticleDraft draft);

    /**
     * An input could not be read.
     *
     * @param location   where it was: a path, {@code path:line} or URL
     * @param reason     a clear reason
     * @param error      the exception behind it, or null
     * @param payload    the original bytes when small enough to keep, else null
     */
    void failure(String location, String reason, Throwable error, byte[] payload);
}
