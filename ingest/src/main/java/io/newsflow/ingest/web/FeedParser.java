package io.newsflow.ingest.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.xml.sax.InputSource;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom feeds with Rome. Document type declarations are refused, so no
 * external entity or DTD is ever resolved (XXE); the XML parser detects the encoding from the bytes.
 */
public final class FeedParser {

    /**
     * The entries that link to a page, in feed order, with relative links resolved against the feed.
     *
     * @throws UnreadableListingException when the bytes are no well-formed feed or declare a DOCTYPE
     */
    public List<FeedItem> parse(byte[] xml, String feedUrl) throws UnreadableListingException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(false);
        SyndFeed feed;
        try {
            feed = input.build(new InputSource(new ByteArrayInputStream(xml)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new UnreadableListingException("malformed feed: " + e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
            if (link == null || link.isBlank()) {
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new FeedItem(resolve(feedUrl, link.strip()), entry.getTitle(),
                    date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC)));
        }
        return items;
    }

    static String resolve(String base, String link) {
        try {
            return base == null ? link : URI.create(base).resolve(link).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }
}
