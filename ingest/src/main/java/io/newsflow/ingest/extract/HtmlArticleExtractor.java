package io.newsflow.ingest.extract;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.ingest.source.PublishedDates;
import io.newsflow.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article of an HTML page with jsoup: structured data first (JSON-LD, OpenGraph and
 * article meta), then the DOM block whose paragraphs carry the most non-link text.
 *
 * <p>Thread-safe and stateless. No rule is specific to a site.
 */
public final class HtmlArticleExtractor {

    private static final String BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "figure, figcaption, [role=navigation], [role=complementary], [aria-hidden=true]";
    private static final int MIN_PARAGRAPH_CHARS = 25;

    /**
     * Extracts from a page; the charset comes from the BOM, the meta tags, or UTF-8.
     *
     * @param html    the page bytes
     * @param baseUri the page's address, for resolving relative links
     */
    public ExtractedArticle extract(InputStream html, String baseUri) {
        Document page;
        try {
            page = Jsoup.parse(html, null, baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HTML from " + baseUri, e);
        }
        List<JsonNode> linkedData = linkedData(page);
        String title = firstNonBlank(
                meta(page, "meta[property=og:title]"),
                linkedData.stream().map(node -> text(node, "headline")).filter(HtmlArticleExtractor::present)
                        .findFirst().orElse(null),
                page.selectFirst("h1") == null ? null : page.selectFirst("h1").text(),
                page.title());
        String body = linkedData.stream().map(node -> text(node, "articleBody"))
                .filter(HtmlArticleExtractor::present).findFirst()
                .orElseGet(() -> mainText(page));
        return new ExtractedArticle(title == null ? "" : title.strip(), body.strip(), publishedAt(page, linkedData),
                authors(page, linkedData), canonicalUrl(page), null, null);
    }

    private static String mainText(Document page) {
        Document clean = page.clone();
        clean.select(BOILERPLATE).remove();
        Optional<Element> best = clean.select("p").stream()
                .map(Element::parent)
                .filter(parent -> parent != null)
                .distinct()
                .max(Comparator.comparingDouble(HtmlArticleExtractor::blockScore));
        if (best.isEmpty()) {
            return clean.body() == null ? "" : clean.body().text();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element child : best.get().children()) {
            String text = child.text().strip();
            if (!text.isEmpty() && (child.tagName().equals("p") || child.tagName().matches("h[2-6]|blockquote|li|ul|ol"))) {
                paragraphs.add(text);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** Text of the block's own paragraphs, less the text inside their links. */
    private static double blockScore(Element block) {
        double score = 0;
        for (Element child : block.children()) {
            if (child.tagName().equals("p")) {
                int length = child.text().length();
                int linked = child.select("a").text().length();
                if (length >= MIN_PARAGRAPH_CHARS) {
                    score += length - 2.0 * linked;
                }
            }
        }
        return score;
    }

    private static OffsetDateTime publishedAt(Document page, List<JsonNode> linkedData) {
        List<String> candidates = new ArrayList<>();
        linkedData.forEach(node -> candidates.add(text(node, "datePublished")));
        candidates.add(meta(page, "meta[property=article:published_time]"));
        candidates.add(meta(page, "meta[itemprop=datePublished]"));
        Element time = page.selectFirst("time[datetime]");
        candidates.add(time == null ? null : time.attr("datetime"));
        for (String candidate : candidates) {
            if (present(candidate)) {
                try {
                    return PublishedDates.parse(candidate);
                } catch (DateTimeParseException e) {
                    // try the next, less trusted signal
                }
            }
        }
        return null;
    }

    private static List<String> authors(Document page, List<JsonNode> linkedData) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode node : linkedData) {
            JsonNode author = node.get("author");
            if (author != null && author.isArray()) {
                author.forEach(each -> addAuthor(names, each.isObject() ? text(each, "name") : each.asText()));
            } else if (author != null) {
                addAuthor(names, author.isObject() ? text(author, "name") : author.asText());
            }
        }
        if (names.isEmpty()) {
            page.select("meta[name=author]").forEach(meta -> addAuthor(names, meta.attr("content")));
        }
        return List.copyOf(names);
    }

    private static void addAuthor(Set<String> names, String name) {
        if (present(name)) {
            names.add(name.replaceFirst("(?i)^by\\s+", "").strip());
        }
    }

    private static String canonicalUrl(Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        String href = link == null ? null : link.absUrl("href");
        return firstNonBlank(href, meta(page, "meta[property=og:url]"));
    }

    private static List<JsonNode> linkedData(Document page) {
        List<JsonNode> articles = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collectArticles(Json.MAPPER.readTree(script.data()), articles);
            } catch (JacksonException e) {
                // broken JSON-LD is common; the DOM still holds the article
            }
        }
        return articles;
    }

    private static void collectArticles(JsonNode node, List<JsonNode> articles) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(each -> collectArticles(each, articles));
        } else if (node.isObject()) {
            JsonNode types = node.path("@type");
            for (JsonNode type : types.isArray() ? types : List.of(types)) {
                if (isArticleType(type.asText(""))) {
                    articles.add(node);
                    break;
                }
            }
            collectArticles(node.get("@graph"), articles);
        }
    }

    private static boolean isArticleType(String type) {
        return type.endsWith("Article") || type.equals("Report") || type.equals("BlogPosting");
    }

    private static String meta(Document page, String selector) {
        Element meta = page.selectFirst(selector);
        return meta == null ? null : meta.attr("content");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() ? null : value.asText();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (present(value)) {
                return value;
            }
        }
        return null;
    }
}
