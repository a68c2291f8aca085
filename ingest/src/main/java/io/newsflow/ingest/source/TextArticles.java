package io.newsflow.ingest.source;

import io.newsflow.model.Text;
import java.util.Optional;

/** Parses a plain-text article: the first non-empty line is the title, the rest is the text. */
public final class TextArticles {

    /**
     * A parsed text article.
     *
     * @param title the first non-empty line
     * @param text  the remaining lines, trimmed
     */
    public record Parsed(String title, String text) {
    }

    private TextArticles() {
    }

    /** The article in these bytes, or empty when they are not UTF-8 or hold no title and text. */
    public static Optional<Parsed> parse(byte[] bytes) {
        String content = Text.strictUtf8(bytes);
        if (content == null) {
            return Optional.empty();
        }
        String normalized = content.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1).strip();
        }
        int lineEnd = normalized.indexOf('\n');
        if (lineEnd < 0) {
            return Optional.empty();
        }
        String title = normalized.substring(0, lineEnd).strip();
        String text = normalized.substring(lineEnd + 1).strip();
        return title.isEmpty() || text.isEmpty() ? Optional.empty() : Optional.of(new Parsed(title, text));
    }

    /** Why {@link #parse} found no article in these bytes. */
    public static String whyUnreadable(byte[] bytes) {
        if (Text.strictUtf8(bytes) == null) {
            return "not valid UTF-8 text";
        }
        return bytes.length == 0 ? "empty file" : "no title line followed by text";
    }
}
