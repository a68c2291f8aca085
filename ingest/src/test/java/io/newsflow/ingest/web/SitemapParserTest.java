package io.newsflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SitemapParserTest {

    private final SitemapParser parser = new SitemapParser();

    @Test
    void aNewsSitemapGivesUrlsTitlesAndDatesWithTheirOffset() throws Exception {
        SitemapParser.Listing listing = parser.parse(bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://news.example/2024/03/01/bridge</loc>
                    <news:news><news:publication><news:name>City Times</news:name><news:language>en</news:language></news:publication>
                      <news:publication_date>2024-03-01T23:30:00-05:00</news:publication_date>
                      <news:title>Bridge reopens</news:title></news:news></url>
                  <url><loc>https://news.example/about</loc><lastmod>2024-01-05</lastmod></url>
                </urlset>"""), "text/xml", "https://news.example/news-sitemap.xml");

        assertThat(listing.sitemaps()).isEmpty();
        assertThat(listing.articles()).extracting(FeedItem::url)
                .containsExactly("https://news.example/2024/03/01/bridge", "https://news.example/about");
        FeedItem bridge = listing.articles().get(0);
        assertThat(bridge.title()).isEqualTo("Bridge reopens");
        assertThat(bridge.publishedAt()).isEqualTo(OffsetDateTime.of(2024, 3, 1, 23, 30, 0, 0, ZoneOffset.ofHours(-5)));
    }

    @Test
    void anIndexListsItsChildSitemaps() throws Exception {
        SitemapParser.Listing listing = parser.parse(bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://news.example/sitemap-1.xml</loc></sitemap>
                  <sitemap><loc>https://news.example/sitemap-2.xml</loc></sitemap>
                </sitemapindex>"""), "text/xml", "https://news.example/sitemap.xml");

        assertThat(listing.articles()).isEmpty();
        assertThat(listing.sitemaps()).containsExactly("https://news.example/sitemap-1.xml", "https://news.example/sitemap-2.xml");
    }

    @Test
    void somethingElseIsAMalformedSitemap() {
        assertThatThrownBy(() -> parser.parse(bytes("\u0000\u0001 not xml"), "application/octet-stream",
                "https://news.example/sitemap.xml"))
                .isInstanceOf(UnreadableListingException.class)
                .hasMessageStartingWith("malformed sitemap");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
