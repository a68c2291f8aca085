package io.newsflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.extract.HtmlArticleExtractor;
import io.newsflow.ingest.source.ArticleDraft;
import io.newsflow.ingest.source.CollectingSink;
import io.newsflow.model.Origin;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebSourceTest {

    private FixtureServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFeedIsFollowedToItsPagesAndEachBadItemIsAFailureWhileTheRestGoOn() {
        server.put("/feed.xml", "application/rss+xml", FixtureServer.rss("/a.html", "/missing.html", "/pic.jpg",
                "/latin.html", "/empty.html", "/b.html"));
        server.put("/a.html", "text/html; charset=utf-8", FixtureServer.article("Bridge reopens", "The bridge reopened on Friday after repairs."));
        server.put("/pic.jpg", "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3});
        byte[] latin = FixtureServer.article("Caf\u00e9", "Le caf\u00e9 de la place a ferm\u00e9 ses portes \u00e0 jamais, h\u00e9las.")
                .replace("<head>", "<head><meta charset=\"utf-8\">").getBytes(StandardCharsets.ISO_8859_1);
        server.put("/latin.html", "text/html", latin);
        server.put("/empty.html", "text/html", new byte[0]);
        server.put("/b.html", "text/html", FixtureServer.article("Market day", "Stalls filled the square for the weekly market."));

        CollectingSink sink = CollectingSink.read(source("/feed.xml"));

        assertThat(sink.titles()).containsExactly("Bridge reopens", "Market day");
        ArticleDraft first = sink.articles.get(0);
        assertThat(first.origin()).isEqualTo(Origin.FEED);
        assertThat(first.url()).isEqualTo(server.url("/a.html"));
        assertThat(first.publishedAt()).hasToString("2024-03-01T09:00+01:00");
        assertThat(first.language()).isEqualTo("en");
        assertThat(sink.failures).extracting(CollectingSink.Failure::reason).containsExactly(
                "HTTP status 404", "not an HTML page: image/jpeg",
                "undecodable bytes: the text is not in the page's charset", "empty body");
    }

    @Test
    void anXxeFeedIsAFailureWithTheReason() {
        server.put("/evil.xml", "application/rss+xml", """
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>&x;</title><item><link>/a.html</link></item></channel></rss>""");

        CollectingSink sink = CollectingSink.read(source("/evil.xml"));

        assertThat(sink.articles).isEmpty();
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo(server.url("/evil.xml"));
            assertThat(failure.reason()).startsWith("malformed feed");
        });
    }

    @Test
    void aSitemapIndexLeadsThroughItsSitemapsToThePages() {
        server.put("/sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>%s</loc></sitemap></sitemapindex>""".formatted(server.url("/news.xml")));
        server.put("/news.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>%s</loc></url></urlset>""".formatted(server.url("/a.html")));
        server.put("/a.html", "text/html", FixtureServer.article("Bridge reopens", "The bridge reopened on Friday after repairs."));

        CollectingSink sink = CollectingSink.read(source("/sitemap.xml"));

        assertThat(sink.titles()).containsExactly("Bridge reopens");
        assertThat(sink.articles.get(0).origin()).isEqualTo(Origin.SITEMAP);
        assertThat(sink.failures).isEmpty();
    }

    @Test
    void aSinglePageIsOneArticle() {
        server.put("/a.html", "text/html", FixtureServer.article("Bridge reopens", "The bridge reopened on Friday after repairs."));

        CollectingSink sink = CollectingSink.read(source("/a.html"));

        assertThat(sink.titles()).containsExactly("Bridge reopens");
        assertThat(sink.articles.get(0).origin()).isEqualTo(Origin.PAGE);
    }

    @Test
    void pollingAnUnchangedFeedAgainReadsNothingAndAChangedOneIsReadAgain() {
        server.put("/feed.xml", "application/rss+xml", FixtureServer.rss("/a.html"));
        server.put("/a.html", "text/html", FixtureServer.article("Bridge reopens", "The bridge reopened on Friday after repairs."));
        WebSource feed = source("/feed.xml");

        CollectingSink first = CollectingSink.read(feed);
        CollectingSink unchanged = CollectingSink.read(feed);
        server.put("/feed.xml", "application/rss+xml", FixtureServer.rss("/a.html", "/b.html"));
        server.put("/b.html", "text/html", FixtureServer.article("Market day", "Stalls filled the square for the weekly market."));
        CollectingSink changed = CollectingSink.read(feed);

        assertThat(first.titles()).containsExactly("Bridge reopens");
        assertThat(unchanged.articles).isEmpty();
        assertThat(unchanged.failures).isEmpty();
        assertThat(changed.titles()).containsExactly("Bridge reopens", "Market day");
    }

    private WebSource source(String path) {
        return new WebSource(server.url(path), new HttpFetcher(FixtureServer.settings()), new HtmlArticleExtractor());
    }
}
