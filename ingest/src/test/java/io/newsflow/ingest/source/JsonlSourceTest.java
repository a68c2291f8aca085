package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JacksonException;
import io.newsflow.model.Origin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSourceTest {

    private static final long MAX_LINE = 4096;

    @TempDir
    Path dir;

    private Path write(String name, byte[]... lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String location(Path file, int line) {
        return file.toAbsolutePath().normalize() + ":" + line;
    }

    @Test
    void readsEveryFieldOfValidLines() throws IOException {
        Path file = write("wire.jsonl",
                utf8("{\"id\":\"wire-001\",\"url\":\"https://wire.example/a\",\"canonicalUrl\":\"https://wire.example/a-c\","
                        + "\"title\":\"  Tokyo markets rally  \",\"text\":\"  Shares rose 2%.  \","
                        + "\"publishedAt\":\"2023-10-25T09:30:00+09:00\",\"source\":\"Example Wire\","
                        + "\"authors\":[\"Aiko Sato\",\"Ben Kerr\"],\"language\":\"en\",\"ignored\":{\"x\":1}}"),
                utf8("{\"title\":\"Crop report\",\"text\":\"Wheat harvest up.\",\"date\":\"2023-10-26\","
                        + "\"authors\":\"Solo Writer\"}"));

        CollectingSink sink = CollectingSink.read(new JsonlSource(file, MAX_LINE));

        assertThat(sink.failures).isEmpty();
        assertThat(sink.articles).containsExactly(
                new ArticleDraft("wire-001", "https://wire.example/a", "https://wire.example/a-c", null, "Example Wire",
                        "Tokyo markets rally", List.of("Aiko Sato", "Ben Kerr"),
                        OffsetDateTime.of(2023, 10, 25, 9, 30, 0, 0, ZoneOffset.ofHours(9)), "en", "Shares rose 2%.",
                        Origin.JSONL),
                new ArticleDraft(null, null, null, null, "wire.jsonl", "Crop report", List.of("Solo Writer"),
                        OffsetDateTime.of(2023, 10, 26, 0, 0, 0, 0, ZoneOffset.UTC), null, "Wheat harvest up.",
                        Origin.JSONL));
        assertThat(sink.articles.get(0).publishedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(9));
    }

    @Test
    void publishedAtWinsOverDate() throws IOException {
        Path file = write("both.jsonl", utf8("{\"title\":\"T\",\"text\":\"B\",\"publishedAt\":\"2024-01-02T03:04:05Z\","
                + "\"date\":\"1999-01-01\"}"));

        CollectingSink sink = CollectingSink.read(new JsonlSource(file, MAX_LINE));

        assertThat(sink.articles).singleElement().extracting(ArticleDraft::publishedAt)
                .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
    }

    @Test
    void aMalformedLineIsReportedWithItsLocationAndPayloadAndTheNextLineIsRead() throws IOException {
        byte[] broken = utf8("{\"title\":\"Broken\",\"text\":\"no closing brace\"");
        Path file = write("mixed.jsonl",
                utf8("{\"title\":\"First\",\"text\":\"one\"}"),
                broken,
                utf8("{\"title\":\"Third\",\"text\":\"three\"}"));

        CollectingSink sink = CollectingSink.read(new JsonlSource(file, MAX_LINE));

        assertThat(sink.titles()).containsExactly("First", "Third");
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo(location(file, 2)).endsWith("mixed.jsonl:2");
            assertThat(failure.reason()).startsWith("malformed JSON");
            assertThat(failure.error()).isInstanceOf(JacksonException.class);
            assertThat(failure.payload()).isEqualTo(broken);
        });
    }

    @Test
    void aLineThatIsNotAnObjectIsReported() throws IOException {
        Path file = write("array.jsonl", utf8("[1,2,3]"), utf8("{\"title\":\"Ok\",\"text\":\"fine\"}"));

        CollectingSink sink = CollectingSink.read(new JsonlSource(file, MAX_LINE));

        assertThat(sink.titles()).containsExactly("Ok");
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo(location(file, 1));
            assertThat(failure.reason()).isEqualTo("line is not a JSON object");
            assertThat(failure.payload()).isEqualTo(utf8("[1,2,3]"));
        });
    }

    @Test
    void missingOrBlankTitleOrTextIsReported() throws IOException {
        byte[] noTitle = utf8("{\"text\":\"body only\"}");
        byte[] blankTitle = utf8("{\"title\":\"   \",\"text\":\"body\"}");
        byte[] noText = utf8("{\"title\":\"headline only\"}");
        byte[] nullText = utf8("{\"title\":\"headline\",\"text\":null}");
        Path file = write("missing.jsonl", noTitle, blankTitle, noText, nullText,
                utf8("{\"title\":\"Complete\",\"text\":\"yes\"}"));

        CollectingSink sink = CollectingSink.read(new JsonlSource(file, MAX_LINE));

        assertThat(sink.titles()).containsExactly("Complete");
        assertThat(sink.failures).extracting(CollectingSink.Failure::reason).containsExactly(
                "missing required field title", "missing required field title",
                "missing required field text", "missing required field text");
        assertThat(sink.failureLocations()).containsExactly(
                location(file, 1), location(file, 2), location(file, 3), location(file, 4));
        assertThat(sink.failures).extracting(CollectingSink.Failure::payload)
                .containsExactly(noTitle, blankTitle, noText, nullText);
    }

    @Test
    void aLineThatIsNotUtf8IsReportedWithItsBytesAndTheNextLineIsRead() throws IOException {
        byte[] latin1 = "{\"title\":\"Café\",\"text\":\"fermé\"}".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.jsonl", latin1, utf8("{\"title\":\"Café\",\"text\":\"ouvert\"}"));

        CollectingSink sink = CollectingSink.read(new JsonlSource(file, MAX_LINE));

        assertThat(sink.articles).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Café");
            assertThat(article.text()).isEqualTo("ouvert");
        });
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo(location(file, 1));
            assertThat(failure.reason()).isEqualTo("line is not valid UTF-8");
            assertThat(failure.payload()).isEqualTo(latin1);
        });
    }

    @Test
    void anUnreadableDateIsReported() throws IOException {
        byte[] line = utf8("{\"title\":\"T\",\"text\":\"B\",\"publishedAt\":\"next Tuesday\"}");
        Path file = write("dates.jsonl", line, utf8("{\"title\":\"Dated\",\"text\":\"B\",\"date\":\"2023-10-25\"}"));

        CollectingSink sink = CollectingSink.read(new JsonlSource(file, MAX_LINE));

        assertThat(sink.titles()).containsExactly("Dated");
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo(location(file, 1));
            assertThat(failure.reason()).isEqualTo("unreadable publication date 'next Tuesday'");
            assertThat(failure.error()).isInstanceOf(DateTimeParseException.class);
            assertThat(failure.payload()).isEqualTo(line);
        });
    }

    @Test
    void blankLinesAreSkippedButStillCounted() throws IOException {
        Path file = write("blanks.jsonl",
                utf8(""),
                utf8("{\"title\":\"One\",\"text\":\"1\"}"),
                utf8("   \t "),
                utf8(""),
                utf8("{\"title\":\"Two\""));

        CollectingSink sink = CollectingSink.read(new JsonlSource(file, MAX_LINE));

        assertThat(sink.titles()).containsExactly("One");
        assertThat(sink.failureLocations()).containsExactly(location(file, 5));
    }

    @Test
    void windowsLineEndingsAndAMissingFinalNewlineAreRead() throws IOException {
        Path file = dir.resolve("crlf.jsonl");
        Files.write(file, utf8("{\"title\":\"One\",\"text\":\"1\"}\r\n\r\n{\"title\":\"Two\",\"text\":\"2\"}"));

        CollectingSink sink = CollectingSink.read(new JsonlSource(file, MAX_LINE));

        assertThat(sink.failures).isEmpty();
        assertThat(sink.titles()).containsExactly("One", "Two");
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsIgnored() throws IOException {
        Path file = dir.resolve("bom.jsonl");
        Files.write(file, utf8("\uFEFF{\"title\":\"First\",\"text\":\"1\"}\n{\"title\":\"Second\",\"text\":\"2\"}\n"));

        CollectingSink sink = CollectingSink.read(new JsonlSource(file, MAX_LINE));

        assertThat(sink.failures).isEmpty();
        assertThat(sink.titles()).containsExactly("First", "Second");
    }

    @Test
    void aLineLongerThanTheLimitIsReportedWithoutPayloadAndTheNextLineIsRead() throws IOException {
        String longText = "x".repeat(500);
        Path file = write("long.jsonl",
                utf8("{\"title\":\"Long\",\"text\":\"" + longText + "\"}"),
                utf8("{\"title\":\"Short\",\"text\":\"fits\"}"));

        CollectingSink sink = CollectingSink.read(new JsonlSource(file, 200));

        assertThat(sink.titles()).containsExactly("Short");
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo(location(file, 1));
            assertThat(failure.reason()).isEqualTo("line longer than 200 bytes");
            assertThat(failure.payload()).isNull();
        });
    }

    @Test
    void aLineExactlyAtTheLimitIsRead() throws IOException {
        byte[] line = utf8("{\"title\":\"Exact\",\"text\":\"" + "y".repeat(40) + "\"}");
        Path file = write("exact.jsonl", line);

        CollectingSink sink = CollectingSink.read(new JsonlSource(file, line.length));

        assertThat(sink.failures).isEmpty();
        assertThat(sink.titles()).containsExactly("Exact");
    }

    @Test
    void aMissingFileIsReportedNotThrown() {
        Path missing = dir.resolve("absent.jsonl");

        CollectingSink sink = CollectingSink.read(new JsonlSource(missing, MAX_LINE));

        assertThat(sink.articles).isEmpty();
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo(missing.toAbsolutePath().normalize().toString());
            assertThat(failure.reason()).startsWith("cannot read file");
            assertThat(failure.error()).isInstanceOf(IOException.class);
        });
    }
}
