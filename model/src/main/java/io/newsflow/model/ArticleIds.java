package io.newsflow.model;

/**
 * Article ids and content hashes.
 *
 * <p>An id is the first 128 bits of a SHA-256, hex-encoded: stable across runs and machines, and
 * collision-free at any realistic news volume.
 */
public final class ArticleIds {

    private static final int ID_BYTES = 16;

    private ArticleIds() {
    }

    /** The id of an article with a canonical URL. */
    public static String forUrl(String canonicalUrl) {
        return hash("url\n" + canonicalUrl);
    }

    /** The id of an article without a URL: from its source path and its content. */
    public static String forPathAndContent(String path, String content) {
        return hash("path\n" + path + "\n" + content);
    }

    /** A hash of an article's title and text, to tell a re-delivery from a corrected version. */
    public static String contentHash(String title, String text) {
        return hash("content\n" + title + "\n" + text);
    }

    private static String hash(String input) {
        return Text.sha256Hex(input, ID_BYTES);
    }
}
