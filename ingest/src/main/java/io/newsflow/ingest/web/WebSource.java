package io.newsflow.ingest.web;

import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.extract.HtmlArticleExtractor;
import io.newsflow.ingest.source.ArticleDraft;
import io.newsflow.ingest.source.ArticleSource;
import io.newsflow.ingest.source.SourceSink;
import io.newsflow.model.Origin;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A source on the web: an RSS or Atom feed, a sitemap (index) or a single article page, told apart by
 * their content. Each listed item is followed to its article page and extracted; every fetch or parse
 * failure goes to the sink with its reason, and reading goes on with the next item. Between two reads
 * the listing's validators are kept, so that polling an unchanged feed costs one conditional request.
 */
public final class WebSource implements ArticleSource {

    /** Replacement characters beyond this share of the text mean the bytes were not in the stated charset. */
    private static final double MAX_UNDECODABLE = 0.01;
    private static final int MAX_SITEMAPS = 50;

    private final String url;
    private final HttpFetcher fetcher;
    private final HtmlArticleExtractor extractor;
    private final FeedParser feeds = new FeedParser();
    private final SitemapParser sitemaps = new SitemapParser();
    private volatile HttpFetcher.Validators listingValidators = HttpFetcher.Validators.NONE;

    public WebSource(String url, HttpFetcher fetcher, HtmlArticleExtractor extractor) {
        this.url = url;
        this.fetcher = fetcher;
        this.extractor = extractor;
    }

    @Override
    public void read(SourceSink sink) {
        FetchResult first = fetcher.fetch(url, listingValidators);
        if (!usable(first, sink)) {
            return;
        }
        // the next poll asks "changed since?" and skips an unchanged feed or sitemap without re-reading it
        listingValidators = new HttpFetcher.Validators(first.etag(), first.lastModified());
        switch (kind(first)) {
            case FEED -> readFeed(first, sink);
            case SITEMAP -> readSitemaps(first, sink);
            case PAGE -> readPage(first, null, Origin.PAGE, sink);
        }
    }

    @Override
    public String describe() {
        return url;
    }

    private enum Kind { FEED, SITEMAP, PAGE }

    private void readFeed(FetchResult feed, SourceSink sink) {
        try {
            for (FeedItem item : feeds.parse(feed.body(), feed.finalUrl())) {
                follow(item, Origin.FEED, sink);
            }
        } catch (UnreadableListingException e) {
            sink.failure(feed.finalUrl(), e.getMessage(), e, feed.body().length <= 64 * 1024 ? feed.body() : null);
        }
    }

    private void readSitemaps(FetchResult root, SourceSink sink) {
        Deque<FetchResult> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        pending.add(root);
        while (!pending.isEmpty() && seen.size() < MAX_SITEMAPS) {
            FetchResult map = pending.poll();
            seen.add(map.finalUrl());
            try {
                SitemapParser.Listing listing = sitemaps.parse(map.body(), map.contentType(), map.finalUrl());
                listing.articles().forEach(item -> follow(item, Origin.SITEMAP, sink));
                for (String child : listing.sitemaps()) {
                    if (seen.add(child)) {
                        FetchResult fetched = fetcher.fetch(child, HttpFetcher.Validators.NONE);
                        if (usable(fetched, sink)) {
                            pending.add(fetched);
                        }
                    }
                }
            } catch (UnreadableListingException e) {
                sink.failure(map.finalUrl(), e.getMessage(), e, null);
            }
        }
    }

    private void follow(FeedItem item, Origin origin, SourceSink sink) {
        FetchResult page = fetcher.fetch(item.url(), HttpFetcher.Validators.NONE);
        if (usable(page, sink)) {
            readPage(page, item, origin, sink);
        }
    }

    private void readPage(FetchResult page, FeedItem listed, Origin origin, SourceSink sink) {
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html")) {
            sink.failure(page.finalUrl(), "not an HTML page: " + page.contentType(), null, null);
            return;
        }
        ExtractedArticle article = extractor.extract(new ByteArrayInputStream(page.body()), page.finalUrl());
        if (undecodable(article.text())) {
            sink.failure(page.finalUrl(), "undecodable bytes: the text is not in the page's charset", null, null);
            return;
        }
        if (article.text().isBlank()) {
            sink.failure(page.finalUrl(), "no article text found in the HTML page", null, null);
            return;
        }
        String title = !article.title().isBlank() || listed == null || listed.title() == null ? article.title() : listed.title();
        sink.article(new ArticleDraft(null, page.finalUrl(), article.canonicalUrl(), null,
                article.siteName() != null ? article.siteName() : host(page.finalUrl()), title, article.authors(),
                article.publishedAt() != null || listed == null ? article.publishedAt() : listed.publishedAt(),
                article.language(), article.text(), origin));
    }

    private static boolean usable(FetchResult result, SourceSink sink) {
        if (result.outcome() == FetchResult.Outcome.FETCHED) {
            if (result.body().length == 0) {
                sink.failure(result.finalUrl(), "empty body", null, null);
                return false;
            }
            return true;
        }
        if (result.outcome() != FetchResult.Outcome.NOT_MODIFIED) {
            sink.failure(result.finalUrl(), result.reason(), null, null);
        }
        return false;
    }

    private static Kind kind(FetchResult result) {
        String head = new String(result.body(), 0, Math.min(result.body().length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
            return Kind.FEED;
        }
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return Kind.SITEMAP;
        }
        return Kind.PAGE;
    }

    private static boolean undecodable(String text) {
        long bad = text.chars().filter(c -> c == '\uFFFD').count();
        return bad > 0 && bad > MAX_UNDECODABLE * text.length();
    }

    private static String host(String address) {
        try {
            return java.net.URI.create(address).getHost();
        } catch (IllegalArgumentException e) {
            return address;
        }
    }
}
