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
 * {@code window.__STATE__ = {…}}). The prose strings of the data (plain or HTML) are grouped by their
 * path with array positions left out ({@code article.blocks[].text}), and the group holding the most
 * prose is the body, in data order: the blocks of one article share a path, while teasers and menus
 * hold little prose or sit under other paths.
 */
final class ScriptText {

    private static final Pattern ASSIGNED = Pattern.compile("=\\s*([{\\[])");
    private static final Pattern SENTENCE = Pattern.compile("[.!?…。]([\"'”’)]|\\s|$)");
    private static final int MIN_PROSE = 80;
    private static final int MIN_SPACES = 8;
    private static final int MAX_SCRIPT_CHARS = 8_000_000;

    private ScriptText() {
    }

    /** The prose of the page's script data, paragraphs separated by blank lines; empty when there is none. */
    static String of(Document page) {
        Map<String, Set<String>> byPath = new LinkedHashMap<>();
        for (Element script : page.select("script:not([src])")) {
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS || data.isBlank()) {
                continue;
            }
            JsonNode root = parse(script.attr("type"), data);
            if (root != null) {
                collect(root, "", byPath);
            }
        }
        Set<String> best = Set.of();
        int bestChars = 0;
        for (Set<String> group : byPath.values()) {
            int chars = group.stream().mapToInt(String::length).sum();
            if (chars > bestChars) {
                best = group;
                bestChars = chars;
            }
        }
        return String.join("\n\n", best);
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

    private static void collect(JsonNode node, String path, Map<String, Set<String>> byPath) {
        if (node.isTextual()) {
            List<String> paragraphs = prose(node.asText());
            if (!paragraphs.isEmpty()) {
                byPath.computeIfAbsent(path, key -> new LinkedHashSet<>()).addAll(paragraphs);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collect(item, path + "[]", byPath);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), path + "." + field.getKey(), byPath);
            }
        }
    }

    /** The prose paragraphs of a string value, rendered as text when it is an HTML fragment. */
    private static List<String> prose(String value) {
        List<String> paragraphs = new ArrayList<>();
        if (value.length() < MIN_PROSE) {
            return paragraphs;
        }
        if (value.indexOf('<') >= 0 && value.indexOf('>') > 0) {
            for (Paragraph paragraph : TextBlocks.of(Jsoup.parseBodyFragment(value).body())) {
                if (paragraph.linkDensity() <= 0.5) {
                    paragraphs.add(paragraph.text());
                }
            }
            return paragraphs.stream().mapToInt(String::length).sum() >= MIN_PROSE && anyProse(paragraphs)
                    ? paragraphs : List.of();
        }
        String text = value.strip();
        if (isProse(text)) {
            paragraphs.add(text);
        }
        return paragraphs;
    }

    private static boolean anyProse(List<String> paragraphs) {
        return paragraphs.stream().anyMatch(ScriptText::isProse);
    }

    private static boolean isProse(String text) {
        if (text.length() < MIN_PROSE || text.startsWith("http") || !SENTENCE.matcher(text).find()) {
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
