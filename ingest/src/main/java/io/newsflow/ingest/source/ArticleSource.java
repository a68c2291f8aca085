package io.newsflow.ingest.source;

/** Something articles are read from: a folder, a JSONL file, later a feed or a sitemap. */
public interface ArticleSource {

    /** Reads every article once, reporting each article and each failure to the sink; never throws for bad input. */
    void read(SourceSink sink);

    /** A short description for logs. */
    String describe();
}
