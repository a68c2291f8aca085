package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the headline: the page's {@code <h1>} when the metadata agrees with it (the metadata title often
 * carries the site name), otherwise the metadata title ({@code og:title}, JSON-LD {@code headline},
 * {@code twitter:title}) without a trailing or leading site name, then the first {@code <h1>}, then
 * {@code <title>}.
 */
final class TitleFinder {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s+\\|\\s*|\\s*\\|\\s+");

    private static final Pattern WORD = Pattern.compile("(?U)\\w+");
    private static final double AGREEMENT = 0.8;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final Pattern KICKER = Pattern.compile("^\\S+(?:\\s\\S+)?\\s*\\|\\s+");

    private TitleFinder() {
    }

    static String find(Document page, LinkedData linkedData, String siteName) {
        List<String> metadata = new ArrayList<>();
        addIfPresent(metadata, meta(page, "meta[property=og:title]"));
        addIfPresent(metadata, linkedData.first("headline"));
        addIfPresent(metadata, meta(page, "meta[name=twitter:title]"));
        int stated = metadata.size();
        addIfPresent(metadata, page.title());
        List<String> headings = new ArrayList<>();
        for (Element h1 : page.select("h1")) {
            addIfPresent(headings, h1.text());
        }
        if (headings.size() == 1 && headings.get(0).split(" ").length >= MIN_HEADLINE_WORDS) {
            return withoutKicker(headings.get(0));
        }
        for (String heading : headings) {
            for (String title : metadata) {
                if (agree(heading, title)) {
                    return heading;
                }
            }
        }
        if (stated > 0) {
            return withoutSiteName(metadata.get(0), siteName);
        }
        if (!headings.isEmpty()) {
            return headings.get(0);
        }
        return metadata.isEmpty() ? "" : withoutSiteName(metadata.get(0), siteName);
    }

    /** A heading without a leading section label such as "Opinion | ". */
    static String withoutKicker(String heading) {
        java.util.regex.Matcher kicker = KICKER.matcher(heading);
        return kicker.lookingAt() ? heading.substring(kicker.end()) : heading;
    }

    /**
     * True when a heading says what a metadata title says: nearly all of the heading's words are in the
     * title (which may add the site name or use other quotation marks and dashes).
     */
    static boolean agree(String heading, String title) {
        List<String> words = words(heading);
        if (words.size() < 2) {
            return false;
        }
        java.util.Set<String> titleWords = new java.util.HashSet<>(words(title));
        long shared = words.stream().filter(titleWords::contains).count();
        return shared >= AGREEMENT * words.size() && words.size() >= AGREEMENT * titleWords.size() / 2;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher matcher = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** The longest part of a title split on separators such as " | " and " - ", when a part is a site name. */
    static String withoutSiteName(String title, String siteName) {
        String[] parts = SEPARATOR.split(title.strip());
        if (parts.length == 1) {
            return title.strip();
        }
        String site = siteName == null ? "" : MainContent.normalize(siteName);
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        if (!site.isEmpty() && MainContent.normalize(last).equals(site)) {
            return title.strip().substring(0, title.strip().lastIndexOf(last)).replaceAll("[\\s|\\-–—:·•»]+$", "");
        }
        if (!site.isEmpty() && MainContent.normalize(first).equals(site)) {
            return title.strip().substring(first.length()).replaceAll("^[\\s|\\-–—:·•»]+", "");
        }
        // without a known site name, drop a short last part (the usual place of the site's name)
        if (last.split("\\s+").length <= 3 && first.length() > last.length()) {
            return title.strip().substring(0, title.strip().lastIndexOf(last)).replaceAll("[\\s|\\-–—:·•»]+$", "");
        }
        return title.strip();
    }

    private static String meta(Document page, String selector) {
        Element meta = page.selectFirst(selector);
        return meta == null ? null : meta.attr("content");
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value.strip().replaceAll("\\s+", " "));
        }
    }
}
