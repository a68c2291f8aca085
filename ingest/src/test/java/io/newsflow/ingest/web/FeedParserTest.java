package io.newsflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @TempDir
    Path dir;

    @Test
    void rssItemsGiveLinkTitleAndDateInFeedOrder() throws Exception {
        List<FeedItem> items = parser.parse(bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>City Times</title><link>https://news.example/</link>
                <item><title>Bridge reopens</title><link>https://news.example/2024/03/01/bridge</link>
                      <pubDate>Fri, 01 Mar 2024 23:30:00 -0500</pubDate></item>
                <item><title>Relative link</title><link>/2024/03/02/market</link></item>
                <item><title>No link at all</title></item>
                </channel></rss>"""), "https://news.example/feed.xml");

        assertThat(items).extracting(FeedItem::url)
                .containsExactly("https://news.example/2024/03/01/bridge", "https://news.example/2024/03/02/market");
        assertThat(items.get(0).title()).isEqualTo("Bridge reopens");
        assertThat(items.get(0).publishedAt().toInstant())
                .isEqualTo(OffsetDateTime.of(2024, 3, 2, 4, 30, 0, 0, ZoneOffset.UTC).toInstant());
    }

    @Test
    void atomEntriesAreReadToo() throws Exception {
        List<FeedItem> items = parser.parse(bytes("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id>
                <updated>2024-02-01T10:00:00Z</updated>
                <entry><title>Council approves budget</title><id>urn:1</id>
                       <link href="https://wire.example/budget"/><updated>2024-02-01T10:00:00Z</updated></entry>
                </feed>"""), "https://wire.example/atom");

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.url()).isEqualTo("https://wire.example/budget");
            assertThat(item.title()).isEqualTo("Council approves budget");
        });
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        byte[] attack = bytes("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>x</title><link>https://a.example/</link>
                <item><title>&xxe;</title><link>https://a.example/1</link></item></channel></rss>"""
                .formatted(secret.toUri()));

        assertThatThrownBy(() -> parser.parse(attack, "https://a.example/feed"))
                .isInstanceOf(UnreadableListingException.class)
                .hasMessageStartingWith("malformed feed")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void brokenXmlIsAMalformedFeed() {
        assertThatThrownBy(() -> parser.parse(bytes("<rss><channel><item>"), "https://a.example/feed"))
                .isInstanceOf(UnreadableListingException.class)
                .hasMessageStartingWith("malformed feed");
    }

    @Test
    void anHtmlPageIsNoFeed() {
        assertThatThrownBy(() -> parser.parse(bytes("<html><body><p>Not a feed</p></body></html>"), "https://a.example/"))
                .isInstanceOf(UnreadableListingException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
