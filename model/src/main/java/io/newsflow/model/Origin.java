package io.newsflow.model;

/** Where a raw article came from. */
public enum Origin {
    /** An item of an RSS or Atom feed, fetched from its article page. */
    FEED,
    /** A URL of a news sitemap. */
    SITEMAP,
    /** A single article page URL. */
    PAGE,
    /** A local .txt or .html file. */
    FILE,
    /** One line of a local JSONL file. */
    JSONL
}
