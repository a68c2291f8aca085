package io.newsflow.ingest.extract;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article objects of a page's JSON-LD ({@code NewsArticle}, {@code BlogPosting}, … also inside {@code @graph}). */
final class LinkedData {

    private final List<JsonNode> articles;
    private final List<JsonNode> all;

    private LinkedData(List<JsonNode> articles, List<JsonNode> all) {
        this.articles = articles;
        this.all = all;
    }

    static LinkedData of(Document page) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> all = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(Json.MAPPER.readTree(script.data().strip()), articles, all);
            } catch (JacksonException e) {
                // broken JSON-LD is common; the DOM still holds the article
            }
        }
        return new LinkedData(articles, all);
    }

    /** The article objects, most trusted first. */
    List<JsonNode> articles() {
        return articles;
    }

    /** The first non-blank string value of the field over the article objects. */
    String first(String field) {
        for (JsonNode node : articles) {
            String value = text(node.get(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The site name from a {@code WebSite} object or an article's publisher. */
    String siteName() {
        for (JsonNode node : all) {
            if (hasType(node, "WebSite")) {
                String name = text(node.get("name"));
                if (name != null) {
                    return name;
                }
            }
        }
        for (JsonNode node : articles) {
            JsonNode publisher = node.get("publisher");
            String name = publisher == null ? null : text(publisher.isArray() && !publisher.isEmpty()
                    ? publisher.get(0).get("name") : publisher.get("name"));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    static String text(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isArray() && !value.isEmpty()) {
            return text(value.get(0));
        }
        return value.isValueNode() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static void collect(JsonNode node, List<JsonNode> articles, List<JsonNode> all) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(each -> collect(each, articles, all));
        } else if (node.isObject()) {
            all.add(node);
            if (isArticle(node)) {
                articles.add(node);
            }
            collect(node.get("@graph"), articles, all);
            collect(node.get("mainEntity"), articles, all);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode types = node.path("@type");
        for (JsonNode type : types.isArray() ? types : List.of(types)) {
            String name = type.asText("");
            if (name.endsWith("Article") || name.equals("Report") || name.equals("BlogPosting")
                    || name.equals("LiveBlogPosting")) {
                return true;
            }
        }
        return false;
    }

    static boolean hasType(JsonNode node, String wanted) {
        JsonNode types = node.path("@type");
        for (JsonNode type : types.isArray() ? types : List.of(types)) {
            if (type.asText("").equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
