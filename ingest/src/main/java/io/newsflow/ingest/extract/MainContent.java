package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the block of a cleaned page that holds the article, by scoring blocks on the text of the
 * paragraphs they contain (length and commas, a readability-style measure), discounted by their link
 * density, then adds the siblings that score nearly as well, and renders the result without link lists.
 */
final class MainContent {

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "dd");
    private static final Set<String> LEAF_CONTAINERS = Set.of("div", "section", "article", "span", "font");
    private static final Set<String> POSITIVE_WORDS = Set.of("article", "body", "content", "entry", "main", "post",
            "story", "text", "prose", "blog", "richtext");
    private static final int MIN_PARAGRAPH = 25;
    private static final double SIBLING_SHARE = 0.2;
    private static final double MAX_LINK_DENSITY = 0.5;

    private MainContent() {
    }

    /** The article text of a cleaned body, paragraphs separated by blank lines; empty when none is found. */
    static String text(Element body, String title) {
        List<Element> chosen = choose(body);
        List<String> out = new ArrayList<>();
        String normalizedTitle = normalize(title);
        for (Element element : chosen) {
            for (Paragraph paragraph : TextBlocks.of(element)) {
                if (keep(paragraph, normalizedTitle)) {
                    out.add(paragraph.text());
                }
            }
        }
        return String.join("\n\n", out);
    }

    private static boolean keep(Paragraph paragraph, String title) {
        if (paragraph.linkDensity() > MAX_LINK_DENSITY) {
            return false;
        }
        return !(paragraph.heading() && normalize(paragraph.text()).equals(title));
    }

    static List<Element> choose(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            if (!isParagraph(element)) {
                continue;
            }
            String text = element.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = element.parent();
            for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(ancestor, score * share, Double::sum);
            }
        }
        if (scores.isEmpty()) {
            return List.of(body);
        }
        Map<Element, Double> finals = new IdentityHashMap<>();
        scores.forEach((element, score) -> finals.put(element,
                (score + initial(element)) * (1 - linkDensity(element))));
        Element top = finals.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Element marked = markedBody(body);
        if (marked != null && top != marked && !marked.parents().contains(top) && !top.parents().contains(marked)) {
            return List.of(marked);
        }
        return withSiblings(top, finals);
    }

    /** The one element the page marks as the article body in microdata, when it holds text. */
    private static Element markedBody(Element body) {
        var marked = body.select("[itemprop=articleBody]");
        if (marked.size() != 1 || marked.get(0).text().length() < 100) {
            return null;
        }
        return marked.get(0);
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> finals) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = finals.get(top);
        double threshold = Math.max(10, topScore * SIBLING_SHARE);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            Double score = finals.get(sibling);
            if (score != null && score >= threshold) {
                chosen.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                double density = linkDensity(sibling);
                if (text.length() > 80 && density < 0.25 || text.length() > 0 && density == 0 && text.matches(".*\\.( |$).*")) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }

    private static boolean isParagraph(Element element) {
        String name = element.normalName();
        if (PARAGRAPH_TAGS.contains(name)) {
            return true;
        }
        if (!LEAF_CONTAINERS.contains(name)) {
            return false;
        }
        for (Element child : element.children()) {
            if (TextBlocks.BLOCKS.contains(child.normalName()) && !child.normalName().equals("br")) {
                return false;
            }
        }
        return true;
    }

    private static double initial(Element element) {
        double score = switch (element.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (Boilerplate.words(element).stream().anyMatch(POSITIVE_WORDS::contains)) {
            score += 25;
        }
        return score;
    }

    static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : element.select("a")) {
            linked += link.text().length();
        }
        return Math.min(1, (double) linked / length);
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u060c') {
                count++;
            }
        }
        return count;
    }

    static String normalize(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
