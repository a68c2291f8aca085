package io.newsflow.ingest.extract;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when a page was published, in order of trust: JSON-LD {@code datePublished}, publication meta tags,
 * {@code itemprop=datePublished}, {@code <time datetime>}, a date in the URL, a visible dateline. When the
 * chosen value is in UTC and a less trusted one states the same moment with the publisher's own offset,
 * that offset is kept, so the calendar day is the one the publisher printed.
 */
final class PublishedDateFinder {

    private static final Set<String> META_NAMES = Set.of("article:published_time", "og:published_time",
            "og:article:published_time", "article.published", "datepublished", "pubdate", "publishdate",
            "publish-date", "publish_date", "publication_date", "publication-date", "date", "dc.date",
            "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued", "dcterms.date",
            "sailthru.date", "parsely-pub-date", "article_date_original", "original-publish-date", "pub_date",
            "citation_publication_date", "citation_date", "displaydate", "date.available", "rnews:datepublished");
    private static final String BYLINE_AREA = "[class~=(?i)(date|time|byline|meta|publish|posted|dateline)], time";

    private PublishedDateFinder() {
    }

    static OffsetDateTime find(Document page, LinkedData linkedData, String url) {
        List<OffsetDateTime> candidates = new ArrayList<>();
        add(candidates, DateParser.machine(linkedData.first("datePublished")));
        for (Element meta : page.select("meta[content]")) {
            String key = (meta.attr("property") + meta.attr("name") + meta.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (META_NAMES.contains(key)) {
                add(candidates, DateParser.machine(meta.attr("content")));
            }
        }
        for (Element element : page.select("[itemprop=datePublished]")) {
            String value = element.hasAttr("datetime") ? element.attr("datetime")
                    : element.hasAttr("content") ? element.attr("content") : element.text();
            add(candidates, DateParser.machine(value));
        }
        for (Element time : page.select("time[datetime]")) {
            add(candidates, DateParser.machine(time.attr("datetime")));
        }
        add(candidates, DateParser.inUrl(url));
        add(candidates, DateParser.inUrl(canonical(page)));
        if (candidates.isEmpty()) {
            dateline(page).ifPresent(candidates::add);
        }
        return candidates.isEmpty() ? null : withPublisherOffset(candidates);
    }

    private static OffsetDateTime withPublisherOffset(List<OffsetDateTime> candidates) {
        OffsetDateTime best = candidates.get(0);
        if (!best.getOffset().equals(ZoneOffset.UTC)) {
            return best;
        }
        for (OffsetDateTime other : candidates) {
            if (!other.getOffset().equals(ZoneOffset.UTC)
                    && Math.abs(other.toEpochSecond() - best.toEpochSecond()) <= 60) {
                return other;
            }
        }
        return best;
    }

    private static Optional<OffsetDateTime> dateline(Document page) {
        for (Element element : page.select(BYLINE_AREA)) {
            String text = element.ownText().isBlank() ? element.text() : element.ownText();
            if (text.length() < 120) {
                Optional<OffsetDateTime> date = DateParser.human(text);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static String canonical(Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        return link == null ? null : link.attr("href");
    }

    private static void add(List<OffsetDateTime> candidates, Optional<OffsetDateTime> date) {
        date.ifPresent(candidates::add);
    }
}
