package io.newsflow.ingest.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import io.newsflow.model.Origin;
import io.newsflow.model.Text;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of a JSON Lines file, one per line: {@code title} and {@code text} required; {@code id},
 * {@code url}, {@code canonicalUrl}, {@code publishedAt} or {@code date}, {@code source}, {@code authors}
 * and {@code language} optional; other fields ignored. A bad line is reported with its line number and
 * the next line is read.
 */
public final class JsonlSource implements ArticleSource {

    private final Path file;
    private final long maxLineBytes;

    /** A source of the lines of {@code file}; longer lines than {@code maxLineBytes} are rejected. */
    public JsonlSource(Path file, long maxLineBytes) {
        this.file = file.toAbsolutePath().normalize();
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void read(SourceSink sink) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int lineNumber = 0;
            LineReader lines = new LineReader(in, maxLineBytes);
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                lineNumber++;
                String location = file + ":" + lineNumber;
                if (lineNumber == 1) {
                    line = line.withoutByteOrderMark();
                }
                if (line.truncated()) {
                    sink.failure(location, "line longer than " + maxLineBytes + " bytes", null, null);
                } else if (!isBlank(line.bytes())) {
                    readLine(line.bytes(), location, sink);
                }
            }
        } catch (IOException e) {
            sink.failure(file.toString(), "cannot read file: " + e.getMessage(), e, null);
        }
    }

    @Override
    public String describe() {
        return "JSONL file " + file;
    }

    private void readLine(byte[] bytes, String location, SourceSink sink) {
        String text = Text.strictUtf8(bytes);
        if (text == null) {
            sink.failure(location, "line is not valid UTF-8", null, bytes);
            return;
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            sink.failure(location, "malformed JSON: " + e.getOriginalMessage(), e, bytes);
            return;
        }
        if (node == null || !node.isObject()) {
            sink.failure(location, "line is not a JSON object", null, bytes);
            return;
        }
        String title = string(node, "title");
        String body = string(node, "text");
        if (title == null || title.isBlank() || body == null || body.isBlank()) {
            sink.failure(location, "missing required field " + (title == null || title.isBlank() ? "title" : "text"),
                    null, bytes);
            return;
        }
        OffsetDateTime published;
        String date = string(node, "publishedAt") != null ? string(node, "publishedAt") : string(node, "date");
        try {
            published = date == null ? null : PublishedDates.parse(date);
        } catch (DateTimeParseException e) {
            sink.failure(location, "unreadable publication date '" + date + "'", e, bytes);
            return;
        }
        String source = string(node, "source");
        sink.article(new ArticleDraft(string(node, "id"), string(node, "url"), string(node, "canonicalUrl"), null,
                source == null ? file.getFileName().toString() : source, title.strip(), authors(node), published,
                string(node, "language"), body.strip(), Origin.JSONL));
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> authors(JsonNode node) {
        JsonNode value = node.get("authors");
        List<String> names = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(name -> names.add(name.asText()));
        } else if (value != null && value.isTextual()) {
            names.add(value.asText());
        }
        return names;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** Splits a byte stream into lines without decoding, so one bad line cannot spoil the next. */
    private static final class LineReader {

        record Line(byte[] bytes, boolean truncated) {

            /** The line without a leading UTF-8 byte order mark (which only a file's first line can have). */
            Line withoutByteOrderMark() {
                boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                        && bytes[2] == (byte) 0xBF;
                return bom ? new Line(java.util.Arrays.copyOfRange(bytes, 3, bytes.length), truncated) : this;
            }
        }

        private final InputStream in;
        private final long maxBytes;

        LineReader(InputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        Line next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean truncated = false;
            int b = in.read();
            if (b < 0) {
                return null;
            }
            while (b >= 0 && b != '\n') {
                if (line.size() < maxBytes) {
                    line.write(b);
                } else {
                    truncated = true;
                }
                b = in.read();
            }
            return new Line(line.toByteArray(), truncated);
        }
    }
}
