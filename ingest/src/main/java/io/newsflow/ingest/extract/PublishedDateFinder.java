package io.newsflow.ingest.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
    private static final Set<String> MODIFIED_META_NAMES = Set.of("article:modified_time", "og:updated_time",
            "article:modified", "datemodified", "last-modified", "dcterms.modified", "modified_time");
    private static final String BYLINE_AREA = "[class~=(?i)(date|time|byline|meta|publish|posted|dateline)], time";

    private PublishedDateFinder() {
    }

    static OffsetDateTime find(Document page, LinkedData linkedData, String url) {
        List<OffsetDateTime> candidates = new ArrayList<>();
        addStated(candidates, page, linkedData, "datePublished", META_NAMES);
        for (Element time : page.select("time[datetime]")) {
            add(candidates, DateParser.machine(time.attr("datetime")));
        }
        add(candidates, DateParser.inUrl(url));
        add(candidates, DateParser.inUrl(canonical(page)));
        add(candidates, DateParser.inUrl(openGraphUrl(page)));
        Optional<Dateline> visible = dateline(page);
        if (candidates.isEmpty()) {
            return visible.map(Dateline::date).orElse(null);
        }
        OffsetDateTime best = withPublisherOffset(candidates);
        return visible.map(line -> printed(best, line, modified(page, linkedData))).orElse(best);
    }

    /**
     * The date the page shows its readers wins over metadata of another day: when the visible dateline
     * names the day of a modified date (the page prints "Updated …" or only the revision), that date is
     * taken; when it prints the clock time of a UTC-only candidate, its offset is derived from the two.
     */
    static OffsetDateTime printed(OffsetDateTime best, Dateline visible, List<OffsetDateTime> modified) {
        LocalDate shown = visible.date().toLocalDate();
        if (best.toLocalDate().equals(shown)) {
            return best;
        }
        for (OffsetDateTime date : modified) {
            if (date.toLocalDate().equals(shown)) {
                return date;
            }
        }
        if (best.getOffset().equals(ZoneOffset.UTC) && visible.clock().isPresent()) {
            LocalDateTime local = shown.atTime(visible.clock().get());
            long seconds = Duration.between(best.toLocalDateTime(), local).getSeconds();
            if (seconds % 1800 == 0 && Math.abs(seconds) <= 14 * 3600) {
                return best.withOffsetSameInstant(ZoneOffset.ofTotalSeconds((int) seconds));
            }
        }
        return best;
    }

    private static List<OffsetDateTime> modified(Document page, LinkedData linkedData) {
        List<OffsetDateTime> dates = new ArrayList<>();
        addStated(dates, page, linkedData, "dateModified", MODIFIED_META_NAMES);
        return dates;
    }

    /** The dates the page states for a schema.org property: in JSON-LD, in the named meta tags, in microdata. */
    private static void addStated(List<OffsetDateTime> dates, Document page, LinkedData linkedData, String property,
            Set<String> metaNames) {
        add(dates, DateParser.machine(linkedData.first(property)));
        for (Element meta : page.select("meta[content]")) {
            String key = (meta.attr("property") + meta.attr("name") + meta.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (metaNames.contains(key)) {
                add(dates, DateParser.machine(meta.attr("content")));
            }
        }
        for (Element element : page.select("[itemprop=" + property + "]")) {
            String value = element.hasAttr("datetime") ? element.attr("datetime")
                    : element.hasAttr("content") ? element.attr("content") : element.text();
            add(dates, DateParser.machine(value));
        }
    }

    /** A date printed for readers, with the clock time printed after it when there is one. */
    record Dateline(OffsetDateTime date, Optional<LocalTime> clock) {
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

    private static Optional<Dateline> dateline(Document page) {
        for (Element element : page.select(BYLINE_AREA)) {
            String text = element.ownText().isBlank() ? element.text() : element.ownText();
            if (text.length() < 120) {
                Optional<OffsetDateTime> date = DateParser.human(text);
                if (date.isPresent()) {
                    return Optional.of(new Dateline(date.get(), DateParser.clock(text)));
                }
            }
        }
        return underHeadline(page);
    }

    /** A short line among the three elements after a headline that holds a date (an unlabelled dateline). */
    private static Optional<Dateline> underHeadline(Document page) {
        for (Element h1 : page.select("h1")) {
            Element next = h1.nextElementSibling();
            for (int i = 0; i < 3 && next != null; i++, next = next.nextElementSibling()) {
                String text = next.text();
                if (text.length() < 120) {
                    Optional<OffsetDateTime> date = DateParser.human(text);
                    if (date.isPresent()) {
                        return Optional.of(new Dateline(date.get(), DateParser.clock(text)));
                    }
                }
            }
        }
        return standalone(page);
    }

    /** The first element of the body whose own text is nothing but a date ({@code <span>Oct 17, 2023</span>}). */
    private static Optional<Dateline> standalone(Document page) {
        for (Element element : page.body() == null ? List.<Element>of() : page.body().select("*")) {
            String text = element.ownText().strip();
            if (text.length() >= 8 && text.length() <= 40) {
                Optional<OffsetDateTime> date = DateParser.human(text);
                if (date.isPresent() && DateParser.isOnlyADate(text)) {
                    return Optional.of(new Dateline(date.get(), DateParser.clock(text)));
                }
            }
        }
        return Optional.empty();
    }

    private static String openGraphUrl(Document page) {
        Element meta = page.selectFirst("meta[property=og:url][content]");
        return meta == null ? null : meta.attr("content");
    }

    private static String canonical(Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        return link == null ? null : link.attr("href");
    }

    private static void add(List<OffsetDateTime> candidates, Optional<OffsetDateTime> date) {
        date.ifPresent(candidates::add);
    }
}
