package io.newsflow.model;

/** Whether a story still takes new articles. */
public enum StoryStatus {
    /** In the active index: new articles may join it. */
    ACTIVE,
    /** Inactive for longer than the configured period: out of the active index. */
    DORMANT
}
