package io.newsflow.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article of an HTML page with jsoup: headline, authors, publication date with the
 * publisher's offset, canonical URL and site name from structured data and meta tags (with the DOM as the
 * fallback), and the body from the DOM block that scores best on paragraph text and link density after
 * page furniture is removed.
 *
 * <p>Thread-safe and stateless. No rule is specific to a site: everything it looks for is generic vocabulary.
 */
public final class HtmlArticleExtractor {

    /** JSON-LD articleBody wins only when clearly longer than the DOM's text: it is often a teaser or a stale copy. */
    private static final double LINKED_BODY_FACTOR = 1.5;
    /**
     * Below this many characters of DOM text the page may render its article from script data; that text
     * wins when it holds a paragraph or two (SCRIPTED_MIN) and twice the DOM's.
     */
    private static final int SCRIPTED_BELOW = 500;
    private static final int SCRIPTED_MIN = 200;
    private static final double SCRIPTED_FACTOR = 2;

    /**
     * Extracts from a page; the charset comes from the BOM, the meta tags, or UTF-8.
     *
     * @param html    the page bytes
     * @param baseUri the page's address, for resolving relative links and reading a date in the URL
     */
    public ExtractedArticle extract(InputStream html, String baseUri) {
        Document page;
        try {
            page = Jsoup.parse(html, null, baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HTML from " + baseUri, e);
        }
        return extract(page, baseUri);
    }

    /** Extracts from a parsed page (which is not changed). */
    public ExtractedArticle extract(Document page, String baseUri) {
        LinkedData linkedData = LinkedData.of(page);
        String siteName = firstNonBlank(meta(page, "meta[property=og:site_name]"), linkedData.siteName());
        String title = TitleFinder.find(page, linkedData, siteName);
        String body = body(page, linkedData, title);
        return new ExtractedArticle(title, body, PublishedDateFinder.find(page, linkedData, baseUri),
                AuthorFinder.find(page, linkedData, siteName), canonicalUrl(page), siteName, LanguageGuesser.guess(body));
    }

    private static String body(Document page, LinkedData linkedData, String title) {
        Element body = page.body() == null ? new Element("body") : page.body().clone();
        Boilerplate.strip(body);
        String summary = firstNonBlank(meta(page, "meta[property=og:description]"), meta(page, "meta[name=description]"));
        String dom = MainContent.text(body, title, summary).strip();
        String structured = linkedData.first("articleBody");
        if (structured != null && !structured.contains("<")) {
            structured = org.jsoup.parser.Parser.unescapeEntities(structured, false).strip();
            if (structured.length() > LINKED_BODY_FACTOR * dom.length()) {
                return structured;
            }
        }
        if (dom.length() < SCRIPTED_BELOW) {
            String scripted = ScriptText.of(page, title);
            if (scripted.length() >= SCRIPTED_MIN && scripted.length() > SCRIPTED_FACTOR * dom.length()) {
                return scripted;
            }
        }
        return dom;
    }

    private static String canonicalUrl(Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        String href = link == null ? null : link.absUrl("href");
        return firstNonBlank(href, meta(page, "meta[property=og:url]"));
    }

    private static String meta(Document page, String selector) {
        Element meta = page.selectFirst(selector);
        return meta == null ? null : meta.attr("content");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
