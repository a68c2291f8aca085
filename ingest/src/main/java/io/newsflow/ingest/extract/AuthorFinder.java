package io.newsflow.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the authors of a page: JSON-LD {@code author}, then author meta tags, then byline elements
 * ({@code rel=author}, {@code itemprop=author}, class names with "byline" or "author"), each cleaned to
 * bare names: no "By", no roles or bios, no e-mail addresses, lists split on commas and "and".
 */
final class AuthorFinder {

    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b|\\bwith\\b)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:written|posted|story|words|text|reporting|report|photos?|edited|published)\\s+)?by\\s*:?\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i).*(https?:|www\\.|\\d|@|\\bupdated\\b|\\bpublished\\b|\\bstaff\\b|\\bcontributor\\b|\\bfollow\\b"
                    + "|\\bminutes?\\b|\\bread\\b|\\bemail\\b|\\bview\\b|\\bprofile\\b|\\barticles?\\b|\\bsee\\b|\\bmore\\b).*");
    private static final String BYLINE = "[rel=author], [itemprop=author], [class~=(?i)(^|\\W|_)(byline|author|authors|"
            + "byline-name|author-name)($|\\W|_)]";
    private static final int MAX_WORDS = 5;
    /** A job title after the name: "Ike Allen Assistant Editor", "Jo Lee, Staff Writer". */
    private static final Pattern ROLE = Pattern.compile(
            "\\s+(?:(?:senior|assistant|associate|deputy|managing|executive|chief|contributing|staff|special|political|"
                    + "sports|news|science|business|technology|tech)\\s+)*(?:editor|reporter|writer|correspondent|columnist|"
                    + "contributor|producer|journalist|analyst|critic)\\b.*$", Pattern.CASE_INSENSITIVE);
    /** Degrees and credentials written after a name in capitals: "MS", "RDN", "Ph.D.". */
    private static final Pattern CREDENTIALS = Pattern.compile("(?:\\s+(?:[A-Z]{2,4}|Ph\\.?D\\.?|M\\.?D\\.?))+$");

    private AuthorFinder() {
    }

    static List<String> find(Document page, LinkedData linkedData, String siteName) {
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode article : linkedData.articles()) {
            JsonNode author = article.get("author");
            if (author != null) {
                for (JsonNode each : author.isArray() ? author : List.of(author)) {
                    if (!each.isObject() || !LinkedData.hasType(each, "Organization")) {
                        addAll(names, each.isObject() ? LinkedData.text(each.get("name")) : each.asText());
                    }
                }
            }
            if (!names.isEmpty()) {
                return withoutSite(names, siteName);
            }
        }
        for (Element meta : page.select("meta[name=author], meta[name=byl], meta[name=sailthru.author], "
                + "meta[name=parsely-author], meta[property=article:author], meta[name=dc.creator]")) {
            addAll(names, meta.attr("content"));
        }
        if (!names.isEmpty()) {
            return withoutSite(names, siteName);
        }
        for (Element element : page.select(BYLINE)) {
            if (element.text().length() <= 120) {
                Element name = element.selectFirst("[itemprop=name]");
                addAll(names, name != null ? name.text() : element.text());
            }
            if (names.size() >= 3) {
                break;
            }
        }
        return withoutSite(names, siteName);
    }

    /** The names, less the publication's own name (a byline naming the site is no author). */
    private static List<String> withoutSite(Map<String, String> names, String siteName) {
        String site = siteName == null ? "" : siteName.strip().toLowerCase(Locale.ROOT);
        return names.entrySet().stream()
                .filter(entry -> site.isEmpty() || !(entry.getKey().equals(site) || entry.getKey().equals("the " + site)
                        || site.contains(entry.getKey())))
                .map(Map.Entry::getValue).toList();
    }

    private static void addAll(Map<String, String> names, String field) {
        if (field == null || field.isBlank()) {
            return;
        }
        String decoded = org.jsoup.parser.Parser.unescapeEntities(field, false);
        String text = EMAIL.matcher(decoded.replace('\u00a0', ' ')).replaceAll(" ").strip();
        text = LEAD.matcher(text).replaceFirst("");
        for (String part : SPLIT.split(text)) {
            String name = clean(part);
            if (name != null) {
                names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
    }

    static String clean(String part) {
        String name = LEAD.matcher(part.strip()).replaceFirst("").replaceAll("\\s+", " ")
                .replaceAll("^[\\p{Punct}\\s]+|[\\s,;:|\\-–—]+$", "").strip();
        name = ROLE.matcher(name).replaceFirst("").strip();
        name = CREDENTIALS.matcher(name).replaceFirst("").strip();
        int words = name.split(" ").length;
        if (name.isEmpty() || words < 2 || words > MAX_WORDS || name.length() > 60
                || NOT_A_NAME.matcher(name).matches() || !Character.isUpperCase(name.codePointAt(0))) {
            return null;
        }
        return name;
    }
}
