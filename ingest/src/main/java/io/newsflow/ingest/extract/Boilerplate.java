package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text, by tag and by the words of class and id attributes (a generic
 * vocabulary of page furniture: sharing, comments, related links, ads, navigation, captions), and hidden
 * elements. An element holding most of the page's text is kept whatever its name says, because wrappers
 * are sometimes named after the sidebar or header they sit beside.
 */
final class Boilerplate {

    private static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "video, audio, button, input, select, textarea, link, meta";
    private static final String FURNITURE = "nav, aside, footer, header, figure, figcaption, dialog, menu, "
            + "[role=navigation], [role=complementary], [role=banner], [role=contentinfo], [role=dialog], [role=alert]";
    private static final Set<String> ALWAYS_WORDS = Set.of("comment", "comments", "disqus", "replies", "respond");
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "share", "shares", "sharing", "sharebar", "social", "related", "recommended", "recommendations",
            "recirc", "recirculation", "promo", "promotion", "newsletter", "subscribe", "subscription", "signup",
            "sidebar", "rail", "footer", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu",
            "ad", "ads", "advert", "advertisement", "advertising", "adslot", "dfp", "sponsor", "sponsored",
            "popup", "modal", "overlay", "cookie", "cookies", "consent", "gdpr", "banner", "widget", "outbrain",
            "taboola", "caption", "captions", "credit", "credits", "tags", "tag", "popular", "trending",
            "pagination", "pager", "toolbar", "byline", "bio", "sr", "visually", "offscreen", "print", "login",
            "masthead", "timestamp", "dateline", "meta", "author", "authors", "follow", "hidden", "skip", "jump",
            "more", "next", "prev", "previous", "gallery", "slideshow", "carousel", "video", "player", "embed",
            "podcast", "audio", "newsletters", "disclaimer", "copyright", "legal", "toc",
            "teaser", "teasers");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final double KEEP_SHARE = 0.5;
    private static final int PROSE_CHARS = 80;
    private static final int PROSE_PARAGRAPHS = 3;
    private static final int REPEATED_ITEMS = 3;
    /** Class words of furniture that can repeat as prose (photo captions, author bios, legal and cookie text). */
    private static final Set<String> NEVER_PROSE_WORDS = Set.of("caption", "captions", "credit", "credits", "bio",
            "author", "authors", "byline", "disclaimer", "copyright", "legal", "cookie", "cookies", "consent", "gdpr",
            "modal", "popup", "overlay", "footer", "teaser", "teasers", "related", "recirc");
    /** Teaser cards of other stories are mostly links; an article's own slides and deal boxes are not. */
    private static final double MAX_ITEM_LINKS = 0.2;
    /** Prose paragraphs per repeated item, on average, for a run of items to count as the article. */
    private static final double PROSE_PER_ITEM = 0.8;

    private Boilerplate() {
    }

    /** Removes boilerplate from the page body in place. */
    static void strip(Element body) {
        body.select(NEVER_TEXT).remove();
        body.select("[hidden], [aria-hidden=true]").remove();
        for (Element element : body.select("[style]")) {
            if (HIDDEN_STYLE.matcher(element.attr("style")).find()) {
                element.remove();
            }
        }
        int total = Math.max(1, body.text().length());
        for (Element element : body.select(FURNITURE)) {
            if (element.parent() != null && !holdsProse(element)) {
                element.remove();
            }
        }
        List<Element> named = new ArrayList<>();
        for (Element element : body.select("[class], [id]")) {
            Set<String> words = words(element);
            if (leadingWords(element).stream().anyMatch(ALWAYS_WORDS::contains) && !wrapsArticle(element)) {
                element.remove();
            } else if (words.stream().anyMatch(FURNITURE_WORDS::contains)) {
                named.add(element);
            }
        }
        Set<String> repeatedProse = repeatedProse(named);
        for (Element element : named) {
            // the cheap tests first: text length and prose need the whole subtree
            if (element.parent() != null && !repeatedProse.contains(element.className())
                    && !namedLikeItsItem(element, repeatedProse) && element.text().length() < KEEP_SHARE * total
                    && !holdsProse(element)) {
                element.remove();
            }
        }
    }

    /**
     * Class names of named elements that repeat and together hold prose with few links, whatever furniture
     * word names them (except words of furniture that can be prose: captions, bios, legal text, teasers):
     * the slides of a gallery article ("1. …", picture, paragraph), the deal boxes of a shopping article,
     * paragraphs marked "paywall", each too short to look like prose alone.
     */
    private static Set<String> repeatedProse(List<Element> named) {
        Map<String, List<Element>> byClass = new HashMap<>();
        for (Element element : named) {
            if (!element.className().isBlank() && words(element).stream().noneMatch(NEVER_PROSE_WORDS::contains)) {
                byClass.computeIfAbsent(element.className(), name -> new ArrayList<>()).add(element);
            }
        }
        Set<String> kept = new HashSet<>();
        byClass.forEach((name, items) -> {
            if (items.size() >= REPEATED_ITEMS && togetherProse(items)) {
                kept.add(name);
            }
        });
        return kept;
    }

    /** About one prose paragraph per item, and few of their characters in links. */
    private static boolean togetherProse(List<Element> items) {
        int prose = 0;
        long chars = 0;
        long linked = 0;
        for (Element item : items) {
            for (Paragraph paragraph : TextBlocks.of(item)) {
                if (isProse(paragraph)) {
                    prose++;
                }
                chars += paragraph.text().length();
                linked += paragraph.linkChars();
            }
        }
        return prose >= REPEATED_ITEMS * PROSE_PER_ITEM && linked < MAX_ITEM_LINKS * chars;
    }

    /**
     * True for a part of a kept prose item whose furniture words all come from the item's own name (the
     * "gallery" of a slide's title inside a gallery slide): it belongs to the item, not to page furniture.
     */
    private static boolean namedLikeItsItem(Element element, Set<String> repeatedProse) {
        if (repeatedProse.isEmpty()) {
            return false;
        }
        for (Element item = element.parent(); item != null; item = item.parent()) {
            if (repeatedProse.contains(item.className())) {
                Set<String> itemWords = words(item);
                return words(element).stream().filter(FURNITURE_WORDS::contains).allMatch(itemWords::contains);
            }
        }
        return false;
    }

    /**
     * True for an element around the headline or the microdata article body: a page or article wrapper
     * whose class merely mentions comments (e.g. "comments-open"), not a comment thread.
     */
    private static boolean wrapsArticle(Element element) {
        return element.normalName().equals("body") || element.normalName().equals("main")
                || element.selectFirst("h1, [itemprop=articleBody], [itemprop=headline]") != null;
    }

    /**
     * True for an element that looks like the article's container whatever its name: several long
     * paragraphs with few links, which furniture such as captions, bios and link lists does not have.
     */
    private static boolean holdsProse(Element element) {
        if (element.selectFirst("[itemprop=articleBody]") != null) {
            return true;
        }
        return TextBlocks.holdsAtLeast(element, PROSE_PARAGRAPHS, Boilerplate::isProse);
    }

    /** A paragraph of prose: long enough, and mostly not links. */
    private static boolean isProse(Paragraph paragraph) {
        return paragraph.text().length() >= PROSE_CHARS && paragraph.linkDensity() < 0.2;
    }

    /** True when the class or id words of the element name page furniture (it may still hold prose). */
    static boolean namedFurniture(Element element) {
        return words(element).stream().anyMatch(FURNITURE_WORDS::contains);
    }

    /** The first word of each class name and of the id ("comments" of "comments-area", not of "show-comments-icon"). */
    static Set<String> leadingWords(Element element) {
        Set<String> words = new HashSet<>();
        addWords(element.className() + " " + element.id(), true, words);
        return words;
    }

    /** The words of the class and id attributes: split on punctuation and camelCase, lower-cased. */
    static Set<String> words(Element element) {
        Set<String> words = new HashSet<>();
        addWords(element.className() + " " + element.id(), false, words);
        return words;
    }

    /**
     * Splits names into words at every character other than an ASCII letter or digit and between a lower-
     * and an upper-case letter ("shareBar-top" → share, bar, top); with {@code firstOnly}, only the first
     * word of each whitespace-separated name. By hand rather than by a regex split: it runs for every
     * element with a class or id.
     */
    private static void addWords(String names, boolean firstOnly, Set<String> words) {
        int start = -1;
        boolean nameTaken = false;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean wordChar = c < 128 && Character.isLetterOrDigit(c);
            boolean camel = wordChar && start >= 0 && c >= 'A' && c <= 'Z' && isLower(names.charAt(i - 1));
            if (start >= 0 && (!wordChar || camel)) {
                if (!firstOnly || !nameTaken) {
                    words.add(names.substring(start, i).toLowerCase(Locale.ROOT));
                }
                nameTaken = true;
                start = -1;
            }
            if (isSpace(c)) {
                nameTaken = false;
            }
            if (wordChar && start < 0) {
                start = i;
            }
        }
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** The characters of the regex class {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
