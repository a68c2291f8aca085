package io.newsflow.ingest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text of a page that renders it with JavaScript from data in the page: JSON in
 * {@code <script>} elements ({@code application/json}, or an object assigned to a variable such as
 * {@code window.__STATE__ = {…}}). The text strings of the data (plain or HTML) are grouped by their
 * path with array positions left out ({@code article.blocks[].text}), and the group holding the most
 * text that reads as prose (sentences, not a list of headlines) is the body, in data order: the blocks
 * of one article share a path, even when a rich-text format cuts its paragraphs into styled runs,
 * while teasers and menus hold headlines or sit under other paths.
 */
final class ScriptText {

    private static final Pattern ASSIGNED = Pattern.compile("=\\s*([{\\[])");
    private static final Pattern SENTENCE = Pattern.compile("[.!?…。]([\"'”’)]|\\s|$)");
    private static final int MIN_TEXT = 15;
    private static final int MIN_SPACES = 2;
    private static final int MIN_SENTENCES = 3;
    private static final int STRINGS_PER_SENTENCE = 4;
    private static final int MAX_SCRIPT_CHARS = 8_000_000;

    private ScriptText() {
    }

    /**
     * The prose of the page's script data, paragraphs separated by blank lines; empty when there is none.
     * When the data holds the headline, groups nearer to it (a longer common path) win over longer ones
     * elsewhere: the body sits beside the headline, teaser summaries of other stories under other paths.
     */
    static String of(Document page, String title) {
        Map<String, Set<String>> byPath = new LinkedHashMap<>();
        Set<String> titlePaths = new LinkedHashSet<>();
        String wanted = MainContent.normalize(title);
        for (Element script : page.select("script:not([src])")) {
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS || data.isBlank()) {
                continue;
            }
            JsonNode root = parse(script.attr("type"), data);
            if (root != null) {
                collect(root, "", byPath, wanted, titlePaths);
            }
        }
        Set<String> best = Set.of();
        int bestNear = -1;
        int bestChars = 0;
        for (Map.Entry<String, Set<String>> group : byPath.entrySet()) {
            int chars = group.getValue().stream().mapToInt(String::length).sum();
            int near = nearness(group.getKey(), titlePaths);
            if ((near > bestNear || near == bestNear && chars > bestChars) && readsAsProse(group.getValue())) {
                best = group.getValue();
                bestNear = near;
                bestChars = chars;
            }
        }
        return String.join("\n\n", best);
    }

    /** How many leading path segments the group shares with the nearest place the headline is stated. */
    private static int nearness(String path, Set<String> titlePaths) {
        String[] segments = path.split("\\.");
        int best = 0;
        for (String titlePath : titlePaths) {
            String[] other = titlePath.split("\\.");
            int shared = 0;
            while (shared < segments.length && shared < other.length && segments[shared].equals(other[shared])) {
                shared++;
            }
            best = Math.max(best, shared);
        }
        return best;
    }

    /** Several sentences, at least one for every few strings: prose, not a list of headlines or labels. */
    private static boolean readsAsProse(Set<String> group) {
        int sentences = 0;
        for (String text : group) {
            Matcher matcher = SENTENCE.matcher(text);
            while (matcher.find()) {
                sentences++;
            }
        }
        return sentences >= MIN_SENTENCES && sentences * STRINGS_PER_SENTENCE >= group.size();
    }

    private static JsonNode parse(String type, String data) {
        String text = data.strip();
        if (!type.contains("json")) {
            Matcher assigned = ASSIGNED.matcher(text);
            if (!assigned.find()) {
                return null;
            }
            int end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
            if (end < assigned.start(1)) {
                return null;
            }
            text = text.substring(assigned.start(1), end + 1);
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null; // not JSON (code, or a literal JavaScript object): nothing to read
        }
    }

    private static void collect(JsonNode node, String path, Map<String, Set<String>> byPath, String title,
            Set<String> titlePaths) {
        if (node.isTextual()) {
            if (!title.isEmpty() && MainContent.normalize(node.asText()).equals(title)) {
                titlePaths.add(path);
            }
            List<String> paragraphs = prose(node.asText());
            if (!paragraphs.isEmpty()) {
                byPath.computeIfAbsent(path, key -> new LinkedHashSet<>()).addAll(paragraphs);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collect(item, path + "[]", byPath, title, titlePaths);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), path + "." + field.getKey(), byPath, title, titlePaths);
            }
        }
    }

    /** The text lines of a string value, rendered as text when it is an HTML fragment; none for codes and links. */
    private static List<String> prose(String value) {
        List<String> lines = new ArrayList<>();
        if (value.length() < MIN_TEXT) {
            return lines;
        }
        if (value.indexOf('<') >= 0 && value.indexOf('>') > 0) {
            for (Paragraph paragraph : TextBlocks.of(Jsoup.parseBodyFragment(value).body())) {
                if (paragraph.linkDensity() <= 0.5 && isText(paragraph.text())) {
                    lines.add(paragraph.text());
                }
            }
            return lines;
        }
        String text = value.strip();
        if (isText(text)) {
            lines.add(text);
        }
        return lines;
    }

    /** Words, not an identifier, a URL or a label: a few spaces and no scheme. */
    private static boolean isText(String text) {
        if (text.length() < MIN_TEXT || text.startsWith("http") || text.startsWith("/")) {
            return false;
        }
        int spaces = 0;
        for (int i = 0; i < text.length() && spaces < MIN_SPACES; i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces >= MIN_SPACES;
    }

}
