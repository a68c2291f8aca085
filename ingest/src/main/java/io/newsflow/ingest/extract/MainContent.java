package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
    private static final double CONTENT_WORD_BONUS = 25;
    private static final int CONTENT_WORD_TEXT = 500;
    private static final int TOP_CANDIDATES = 5;
    /**
     * Lines that page furniture leaves inside article blocks in any site: ad labels, widget captions,
     * sharing and sign-up prompts, copyright notices, update stamps, wire credits.
     */
    private static final Pattern FURNITURE_LINE = Pattern.compile("(?iu)^(?:"
            + "(?:advertisement|advert|ad|anzeige|publicité|publicidad|pubblicità|iklan|reklama|sponsored|comments?|caption|"
            + "close|share|share this(?: article| story)?|topics|tags|related|related (?:articles|stories|content|topics):?|"
            + "don'?t miss|read more|read next|next read this|recommended|recommended by our editors|see also|more on this|"
            + "more from .{1,40}|best of .{1,40}|trending|most read|most popular|you might (?:also )?like|"
            + "newsletters?|editors'? picks?|footnotes|story saved)\\W*$"
            + "|(?:©|\\(c\\)\\s|copyright\\b|all rights reserved)"
            + "|(?:updated|last updated|published|posted)\\b.{0,60}?\\d"
            + "|(?:image|photo|slide) \\d+ (?:of|/) \\d+\\W*$"
            + "|(?:follow|like) (?:us|[^.]{1,60}) on (?:facebook|twitter|instagram|x|tiktok|youtube|linkedin)"
            + "|\\W{0,3}(?:please )?(?:sign up|subscribe)\\b.{0,80}(?:newsletter|email|updates|today)"
            + "|.{0,120}\\b(?:direct|delivered|straight) (?:to|in) your inbox"
            + "|(?:click here|tap here|click to)\\b"
            + "|(?:correction|clarification|editor'?s note)\\b.{0,40}\\d"
            + "|.{0,60}\\b(?:appears?|appeared) in (?:the )?print\\b|.{0,30}\\bversion of this (?:article|story) appeared\\b"
            + "|.{0,160}\\bmay (?:earn|receive|get) (?:a |an )?(?:share of the revenue|commission|compensation|affiliate)"
            + "|(?:article|story) continues (?:below|after)"
            + "|tell us what you think"
            + "|\\(?(?:additional )?reporting by\\b|contributing:"
            + "|\\W{0,3}(?:contact|reach|email) [^.]{1,60} at \\S+@\\S+"
            + "|.{0,80}\\bcan be reached at \\S+@\\S+"
            + "|.{0,120}\\bcontributed (?:reporting|to this report)"
            + ")");
    private static final int MAX_FURNITURE_LINE = 200;
    /** An author's note: a name (or none, when the name was a link) and what they write or report. */
    private static final Pattern BIO = Pattern.compile("^(?:\\W{0,3}(?:\\p{Lu}[\\p{L}.'-]*\\s){1,4}(?:is|was|has been)\\s(?:a|an|the)\\s"
            + "[^.]{0,80}?\\b(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|critic|producer)\\b"
            + "|(?:writes|reports) (?:about|on)\\b"
            + "|(?i:.{0,60}\\b(?:editorial board|staff writer)\\b.{0,40}\\b(?:consists|is made up|includes|can be reached)\\b))");
    private static final int MAX_BIO = 400;
    private static final int TRAILING_NOTES = 3;
    private static final double RIVAL_SHARE = 0.75;
    private static final int MIN_RIVALS = 3;
    private static final double SIBLING_SHARE = 0.2;
    /** Paragraph-like siblings that join as prose: not quotes or cells, which embeds and tables also use. */
    private static final Set<String> PROSE_SIBLINGS = Set.of("p", "div", "section", "span", "font");
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*\\.( |$).*");

    private MainContent() {
    }

    /** The article text of a cleaned body, paragraphs separated by blank lines; empty when none is found. */
    static String text(Element body, String title, String summary) {
        List<Element> chosen = choose(body);
        List<String> out = new ArrayList<>();
        standfirst(body, chosen, summary).ifPresent(out::add);
        String normalizedTitle = normalize(title);
        for (Element element : chosen) {
            for (Paragraph paragraph : TextBlocks.of(element)) {
                if (keep(paragraph, normalizedTitle)) {
                    out.add(paragraph.text());
                }
            }
        }
        dropTrailingBios(out);
        return String.join("\n\n", out);
    }

    /** Drops author notes among the last paragraphs ("Ana Ruiz is a reporter covering …", "… writes about …"). */
    private static void dropTrailingBios(List<String> paragraphs) {
        for (int i = paragraphs.size() - 1; i >= Math.max(1, paragraphs.size() - TRAILING_NOTES); i--) {
            String paragraph = paragraphs.get(i);
            if (paragraph.length() <= MAX_BIO && BIO.matcher(paragraph).find()) {
                paragraphs.remove(i);
            }
        }
    }

    /**
     * The page's summary when it is printed above the article as its standfirst (a visible element with
     * exactly the summary's text, before the article block and outside it).
     */
    private static java.util.Optional<String> standfirst(Element body, List<Element> chosen, String summary) {
        String wanted = normalize(summary);
        if (wanted.length() < 40 || chosen.isEmpty()) {
            return java.util.Optional.empty();
        }
        Element first = chosen.get(0);
        for (Element element : body.getAllElements()) {
            if (element == first) {
                return java.util.Optional.empty();
            }
            if (normalize(element.text()).equals(wanted) && element.children().size() <= 2) {
                return java.util.Optional.of(element.text());
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean keep(Paragraph paragraph, String title) {
        if (paragraph.linkDensity() > MAX_LINK_DENSITY) {
            return false;
        }
        if (paragraph.text().length() <= MAX_FURNITURE_LINE && FURNITURE_LINE.matcher(paragraph.text().strip()).find()) {
            return false;
        }
        return !(paragraph.heading() && normalize(paragraph.text()).equals(title));
    }

    static List<Element> choose(Element body) {
        Map<Element, Double> finals = scores(body);
        if (finals.isEmpty()) {
            return List.of(body);
        }
        Element top = promoted(body, finals);
        Element marked = markedBody(body);
        if (marked != null && top != marked && !marked.parents().contains(top) && !top.parents().contains(marked)) {
            return List.of(marked);
        }
        return inPageOrder(body, withTwins(body, top, withSiblings(top, finals), finals));
    }

    /** The score of every block holding paragraphs, tag prior and class words included, less its link share. */
    static Map<Element, Double> scores(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            if (!isParagraph(element)) {
                continue;
            }
            double score = paragraphScore(element.text());
            if (score == 0) {
                continue;
            }
            Element ancestor = element.parent();
            for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(ancestor, score * share, Double::sum);
            }
        }
        Map<Element, Double> finals = new IdentityHashMap<>();
        Map<Element, Integer> linkLengths = new IdentityHashMap<>();
        scores.forEach((element, score) -> {
            int length = element.text().length();
            finals.put(element, (score + initial(element, length)) * (1 - linkDensity(element, length, linkLengths)));
        });
        return finals;
    }

    /**
     * Adds the chunks of an article split into several containers of one kind (an ad rail or a video
     * between them): elements with the chosen block's tag and class that score as text blocks too.
     */
    private static List<Element> withTwins(Element body, Element top, List<Element> chosen, Map<Element, Double> finals) {
        if (top.className().isBlank()) {
            return chosen;
        }
        double threshold = joiningScore(top, finals);
        List<Element> all = new ArrayList<>(chosen);
        for (Element twin : body.getElementsByClass(top.classNames().iterator().next())) {
            if (twin.normalName().equals(top.normalName()) && twin.className().equals(top.className())
                    && finals.getOrDefault(twin, 0.0) >= threshold && unrelated(twin, all)) {
                all.add(twin);
            }
        }
        return all;
    }

    private static boolean unrelated(Element element, List<Element> chosen) {
        for (Element other : chosen) {
            if (other == element || element.parents().contains(other) || other.parents().contains(element)) {
                return false;
            }
        }
        return true;
    }

    private static List<Element> inPageOrder(Element body, List<Element> chosen) {
        if (chosen.size() < 2) {
            return chosen;
        }
        Map<Element, Integer> order = new IdentityHashMap<>();
        int index = 0;
        for (Element element : body.getAllElements()) {
            order.put(element, index++);
        }
        List<Element> sorted = new ArrayList<>(chosen);
        sorted.sort(Comparator.comparingInt(element -> order.getOrDefault(element, 0)));
        return sorted;
    }

    /**
     * The best-scoring block, moved up to a common ancestor when several blocks scoring nearly as well sit
     * under it (an article split into sections), or to a parent that scores better than it.
     */
    private static Element promoted(Element body, Map<Element, Double> finals) {
        List<Map.Entry<Element, Double>> ranked = finals.entrySet().stream()
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed()).limit(TOP_CANDIDATES).toList();
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        List<Element> rivals = ranked.stream().skip(1).filter(entry -> entry.getValue() >= RIVAL_SHARE * topScore)
                .map(Map.Entry::getKey).toList();
        if (rivals.size() >= MIN_RIVALS) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                Element ancestor = parent;
                long under = rivals.stream().filter(rival -> rival.parents().contains(ancestor)).count();
                if (under >= MIN_RIVALS) {
                    return parent;
                }
            }
        }
        double last = topScore;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double score = finals.get(parent);
            if (score == null) {
                continue;
            }
            if (score < topScore / 3) {
                break;
            }
            if (score > last) {
                return parent;
            }
            last = score;
        }
        while (top.parent() != null && top.parent() != body && top.parent().children().size() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** The one element the page marks as the article body in microdata, when it holds text. */
    private static Element markedBody(Element body) {
        var marked = body.select("[itemprop=articleBody]");
        if (marked.size() != 1 || marked.get(0).text().length() < 100) {
            return null;
        }
        return marked.get(0);
    }

    /**
     * The block with the siblings that belong to the article: those scoring nearly as well, those whose
     * paragraphs sit deeper than scores climb (a paragraph wrapped in several containers scores only
     * near itself) but which together hold a good share of the block's paragraph score, and prose
     * paragraphs. Siblings named as furniture join only on their own score: they survived the cleaning
     * because they hold prose, like a list of teasers of other stories.
     */
    private static List<Element> withSiblings(Element top, Map<Element, Double> finals) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = joiningScore(top, finals);
        double deepThreshold = Math.max(10, subtreeScore(top) * SIBLING_SHARE);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            Double score = finals.get(sibling);
            if (sibling == top || score != null && score >= threshold
                    || !Boilerplate.namedFurniture(sibling) && subtreeScore(sibling) >= deepThreshold
                    || PROSE_SIBLINGS.contains(sibling.normalName()) && isParagraph(sibling) && proseParagraph(sibling)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    /** The paragraph scores of a whole subtree, however deep, less its link share. */
    private static double subtreeScore(Element element) {
        double sum = 0;
        for (Element paragraph : element.getAllElements()) {
            if (isParagraph(paragraph)) {
                sum += paragraphScore(paragraph.text());
            }
        }
        return sum * (1 - linkDensity(element));
    }

    /** A paragraph's own score: one, one per comma, one per hundred characters up to three; 0 when too short. */
    private static double paragraphScore(String text) {
        return text.length() < MIN_PARAGRAPH ? 0 : 1 + commas(text) + Math.min(text.length() / 100, 3);
    }

    /** The score a sibling (or a twin) of the chosen block needs to join it: a share of the block's. */
    private static double joiningScore(Element top, Map<Element, Double> finals) {
        return Math.max(10, finals.getOrDefault(top, 0.0) * SIBLING_SHARE);
    }

    private static boolean proseParagraph(Element paragraph) {
        String text = paragraph.text();
        double density = linkDensity(paragraph);
        return text.length() > 80 && density < 0.25 || text.length() > 0 && density == 0 && SENTENCE_END.matcher(text).matches();
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

    private static double initial(Element element, int textLength) {
        double score = switch (element.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (Boilerplate.words(element).stream().anyMatch(POSITIVE_WORDS::contains)) {
            // in proportion to the text held, so that a short labelled box cannot outrank the article
            score += CONTENT_WORD_BONUS * Math.min(1, textLength / (double) CONTENT_WORD_TEXT);
        }
        return score;
    }

    static double linkDensity(Element element) {
        return linkDensity(element, element.text().length(), new IdentityHashMap<>());
    }

    /**
     * The share of the element's text inside links, the text length given and each link's length kept
     * in {@code linkLengths}: blocks nest, so one link counts for several of them and is measured once.
     */
    private static double linkDensity(Element element, int length, Map<Element, Integer> linkLengths) {
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : element.select("a")) {
            linked += linkLengths.computeIfAbsent(link, anchor -> anchor.text().length());
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
        return text == null ? "" : WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
    }
}
