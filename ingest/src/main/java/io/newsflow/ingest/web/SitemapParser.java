package io.newsflow.ingest.web;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads sitemaps, sitemap indexes and Google News sitemaps with crawler-commons (XML, text and feed
 * forms; gzip detected by content). A news entry keeps its publication date with the offset it states.
 */
public final class SitemapParser {

    /**
     * What a sitemap lists.
     *
     * @param articles the page URLs (with news title and date where the news extension gives them)
     * @param sitemaps the child sitemaps of an index
     */
    public record Listing(List<FeedItem> articles, List<String> sitemaps) {
    }

    /**
     * Parses one sitemap document.
     *
     * @throws UnreadableListingException when it is no sitemap
     */
    public Listing parse(byte[] content, String contentType, String sitemapUrl) throws UnreadableListingException {
        crawlercommons.sitemaps.SiteMapParser parser = new crawlercommons.sitemaps.SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, content, url(sitemapUrl));
        } catch (UnknownFormatException | IOException e) {
            throw new UnreadableListingException("malformed sitemap: " + e.getMessage(), e);
        }
        if (map.isIndex()) {
            List<String> children = ((SiteMapIndex) map).getSitemaps().stream().map(child -> child.getUrl().toString()).toList();
            return new Listing(List.of(), children);
        }
        List<FeedItem> articles = new ArrayList<>();
        for (SiteMapURL entry : ((SiteMap) map).getSiteMapUrls()) {
            articles.add(item(entry));
        }
        return new Listing(articles, List.of());
    }

    private static FeedItem item(SiteMapURL entry) {
        ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
        if (news != null && news.length > 0 && news[0] instanceof NewsAttributes attributes) {
            OffsetDateTime date = attributes.getPublicationDateTime() == null ? null
                    : attributes.getPublicationDateTime().toOffsetDateTime();
            return new FeedItem(entry.getUrl().toString(), attributes.getTitle(), date);
        }
        OffsetDateTime modified = entry.getLastModified() == null ? null
                : entry.getLastModified().toInstant().atOffset(ZoneOffset.UTC);
        return new FeedItem(entry.getUrl().toString(), null, modified);
    }

    private static URL url(String sitemapUrl) throws UnreadableListingException {
        try {
            return URI.create(sitemapUrl).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new UnreadableListingException("bad sitemap address: " + sitemapUrl, e);
        }
    }
}
