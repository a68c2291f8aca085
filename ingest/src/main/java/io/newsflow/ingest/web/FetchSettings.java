package io.newsflow.ingest.web;

import java.time.Duration;

/**
 * How the fetcher behaves.
 *
 * @param userAgent      sent with every request and matched against robots.txt groups
 * @param connectTimeout to open a connection
 * @param requestTimeout longest wait for the response and between two reads of its body
 * @param maxBodyBytes   larger bodies are refused
 * @param maxRedirects   hops followed, each checked like the first
 * @param minHostDelay   between two requests to one host (a larger robots.txt crawl delay wins)
 * @param maxRetries     retries of a 429 or 503
 * @param maxRetryAfter  longest Retry-After honoured by waiting; a longer one fails the fetch
 * @param allowLoopback  whether 127.0.0.0/8 and ::1 may be fetched (local runs and tests only)
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration requestTimeout, long maxBodyBytes,
                            int maxRedirects, Duration minHostDelay, int maxRetries, Duration maxRetryAfter,
                            boolean allowLoopback) {

    /** The defaults overridden by {@code ingest.fetch.*} settings (see README). */
    public static FetchSettings from(io.newsflow.model.config.NewsflowConfig config) {
        FetchSettings d = defaults();
        return new FetchSettings(config.get("ingest.fetch.user.agent", d.userAgent()),
                config.getDuration("ingest.fetch.connect.timeout", d.connectTimeout()),
                config.getDuration("ingest.fetch.request.timeout", d.requestTimeout()),
                config.getLong("ingest.fetch.max.body.bytes", d.maxBodyBytes()),
                config.getInt("ingest.fetch.max.redirects", d.maxRedirects()),
                config.getDuration("ingest.fetch.min.host.delay", d.minHostDelay()),
                config.getInt("ingest.fetch.max.retries", d.maxRetries()),
                config.getDuration("ingest.fetch.max.retry.after", d.maxRetryAfter()),
                Boolean.parseBoolean(config.get("ingest.fetch.allow.loopback", "false")));
    }

    /** Production defaults: polite, bounded, no loopback. */
    public static FetchSettings defaults() {
        return new FetchSettings("newsflow/0.1 (news ingestion; honours robots.txt)", Duration.ofSeconds(10),
                Duration.ofSeconds(30), 10L * 1024 * 1024, 5, Duration.ofSeconds(2), 2, Duration.ofMinutes(2), false);
    }
}
