package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders an element into paragraphs the way a browser breaks lines: inline text accumulates, a block
 * element ends the current paragraph. Links are counted so that link-heavy paragraphs can be dropped.
 */
final class TextBlocks {

    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tbody", "thead", "tr", "td", "th", "dl", "dt", "dd",
            "header", "footer", "figure", "figcaption", "aside", "nav", "form", "hr", "address", "details", "summary",
            "center", "caption", "fieldset", "br");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final Predicate<Paragraph> wanted;
    private final int enough;
    private int found;
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private String tag = "p";

    private TextBlocks(Predicate<Paragraph> wanted, int enough) {
        this.wanted = wanted;
        this.enough = enough;
    }

    /** The paragraphs of the element, in document order. */
    static List<Paragraph> of(Element root) {
        TextBlocks blocks = new TextBlocks(paragraph -> false, Integer.MAX_VALUE);
        blocks.walk(root, false, root.tagName());
        blocks.flush();
        return blocks.paragraphs;
    }

    /**
     * True when at least {@code enough} paragraphs of the element pass the test; stops rendering as soon as
     * they are found, so that asking it of a large wrapper costs only the paragraphs up to the answer.
     */
    static boolean holdsAtLeast(Element root, int enough, Predicate<Paragraph> wanted) {
        TextBlocks blocks = new TextBlocks(wanted, enough);
        blocks.walk(root, false, root.tagName());
        blocks.flush();
        return blocks.found >= enough;
    }

    private void walk(Node node, boolean inLink, String block) {
        if (found >= enough) {
            return;
        }
        if (node instanceof TextNode textNode) {
            append(textNode.text(), inLink, block);
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String name = element.normalName();
        boolean isBlock = BLOCKS.contains(name);
        if (isBlock) {
            flush();
        }
        boolean link = inLink || name.equals("a");
        String owner = isBlock ? name : block;
        for (Node child : element.childNodes()) {
            walk(child, link, owner);
        }
        if (isBlock) {
            flush();
        }
    }

    private void append(String raw, boolean inLink, String block) {
        String piece = raw.replace('\u00a0', ' ');
        if (piece.isBlank()) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            return;
        }
        if (text.isEmpty()) {
            tag = block;
        }
        int before = text.length();
        boolean spaceBefore = Character.isWhitespace(piece.charAt(0));
        String collapsed = WHITESPACE.matcher(piece.strip()).replaceAll(" ");
        if (spaceBefore && !text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
        text.append(collapsed);
        if (Character.isWhitespace(piece.charAt(piece.length() - 1))) {
            text.append(' ');
        }
        if (inLink) {
            linkChars += text.length() - before;
        }
    }

    private void flush() {
        String done = text.toString().strip();
        if (!done.isEmpty()) {
            Paragraph paragraph = new Paragraph(done, Math.min(linkChars, done.length()), tag);
            paragraphs.add(paragraph);
            if (wanted.test(paragraph)) {
                found++;
            }
        }
        text.setLength(0);
        linkChars = 0;
        tag = "p";
    }
}
