package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.extract.HtmlArticleExtractor;
import io.newsflow.model.Origin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceTest {

    private static final long MAX_FILE = 8 * 1024;

    @TempDir
    Path dir;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static String page(String title, String paragraph) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<article><h1>" + title + "</h1><p>" + paragraph + "</p></article></body></html>";
    }

    private FolderSource source(Path root) {
        return new FolderSource(root, MAX_FILE, new HtmlArticleExtractor());
    }

    @Test
    void readsTextHtmlAndGzippedHtmlInPathOrderIncludingNestedFolders() throws IOException {
        write("z-last.txt", utf8("Last story\nIt comes last in path order."));
        write("b/c.html", utf8(page("Nested page", "A paragraph long enough to be the body of the page.")));
        write("b/d.html.gz", gzip(utf8(page("Zipped page", "This page was stored compressed on disk."))));
        write("a.txt", utf8("First story\nIt comes first in path order."));
        write("b/deeper/e.htm", utf8(page("Deep page", "Found two folders down in the tree of files.")));
        write("notes.md", utf8("# not an article\nignored"));
        write("b/data.json", utf8("{\"title\":\"ignored\"}"));

        CollectingSink sink = CollectingSink.read(source(dir));

        assertThat(sink.failures).isEmpty();
        assertThat(sink.titles()).containsExactly("First story", "Nested page", "Zipped page", "Deep page",
                "Last story");
        assertThat(sink.articles).extracting(ArticleDraft::text).containsExactly(
                "It comes first in path order.",
                "A paragraph long enough to be the body of the page.",
                "This page was stored compressed on disk.",
                "Found two folders down in the tree of files.",
                "It comes last in path order.");
    }

    @Test
    void aTextFileDraftCarriesPathUrlFolderNameAndOrigin() throws IOException {
        Path file = write("metro/story.txt", utf8("Bridge closed\nThe bridge is closed for repairs."));

        CollectingSink sink = CollectingSink.read(source(dir));

        Path absolute = file.toAbsolutePath().normalize();
        assertThat(sink.articles).containsExactly(new ArticleDraft(null, absolute.toUri().toString(), null,
                absolute.toString(), "metro", "Bridge closed", List.of(), null, null,
                "The bridge is closed for repairs.", Origin.FILE));
    }

    @Test
    void anHtmlDraftCarriesWhatThePageStates() throws IOException {
        write("site/page.html", utf8("""
                <html><head>
                <link rel="canonical" href="https://www.example.com/world/harbour">
                <meta property="og:title" content="Harbour reopens">
                <meta property="article:published_time" content="2024-04-30T09:30:00+09:00">
                <meta name="author" content="Kenji Mori">
                </head><body><article>
                <p>The harbour reopened on Tuesday after the storm passed.</p>
                </article></body></html>
                """));

        CollectingSink sink = CollectingSink.read(source(dir));

        assertThat(sink.articles).singleElement().satisfies(draft -> {
            assertThat(draft.title()).isEqualTo("Harbour reopens");
            assertThat(draft.canonicalUrl()).isEqualTo("https://www.example.com/world/harbour");
            assertThat(draft.publishedAt()).isEqualTo(OffsetDateTime.of(2024, 4, 30, 9, 30, 0, 0, ZoneOffset.ofHours(9)));
            assertThat(draft.authors()).containsExactly("Kenji Mori");
            assertThat(draft.source()).isEqualTo("site");
            assertThat(draft.origin()).isEqualTo(Origin.FILE);
            assertThat(draft.url()).startsWith("file:");
        });
    }

    @Test
    void aSingleFileRootIsRead() throws IOException {
        Path file = write("only.txt", utf8("Alone\nJust one file."));

        CollectingSink sink = CollectingSink.read(source(file));

        assertThat(sink.titles()).containsExactly("Alone");
    }

    @Test
    void aTextFileThatIsNotUtf8IsReportedWithItsBytesAndTheOthersAreRead() throws IOException {
        byte[] latin1 = "Café fermé\nLe patron est parti en vacances.".getBytes(StandardCharsets.ISO_8859_1);
        Path bad = write("a-latin1.txt", latin1);
        write("b-good.txt", utf8("Good one\nValid UTF-8 text."));

        CollectingSink sink = CollectingSink.read(source(dir));

        assertThat(sink.titles()).containsExactly("Good one");
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo(bad.toAbsolutePath().normalize().toString());
            assertThat(failure.reason()).isEqualTo("not valid UTF-8 text");
            assertThat(failure.payload()).isEqualTo(latin1);
        });
    }

    @Test
    void anEmptyFileIsReported() throws IOException {
        Path empty = write("empty.txt", new byte[0]);

        CollectingSink sink = CollectingSink.read(source(dir));

        assertThat(sink.articles).isEmpty();
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo(empty.toAbsolutePath().normalize().toString());
            assertThat(failure.reason()).isEqualTo("empty file");
            assertThat(failure.payload()).isEmpty();
        });
    }

    @Test
    void aTextFileWithoutBodyIsReported() throws IOException {
        write("headline-only.txt", utf8("Just a headline\n"));

        CollectingSink sink = CollectingSink.read(source(dir));

        assertThat(sink.failures).singleElement().extracting(CollectingSink.Failure::reason)
                .isEqualTo("no title line followed by text");
    }

    @Test
    void aFileOverTheSizeLimitIsReportedWithoutPayloadAndNotRead() throws IOException {
        Path big = write("a-big.txt", utf8("Big\n" + "z".repeat((int) MAX_FILE)));
        write("b-small.txt", utf8("Small\nfits"));

        CollectingSink sink = CollectingSink.read(source(dir));

        long size = Files.size(big);
        assertThat(sink.titles()).containsExactly("Small");
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo(big.toAbsolutePath().normalize().toString());
            assertThat(failure.reason()).isEqualTo("file of " + size + " bytes exceeds the limit of " + MAX_FILE + " bytes");
            assertThat(failure.payload()).isNull();
        });
    }

    @Test
    void aFileExactlyAtTheSizeLimitIsRead() throws IOException {
        String head = "Exact\n";
        write("exact.txt", utf8(head + "w".repeat((int) MAX_FILE - head.length())));

        CollectingSink sink = CollectingSink.read(source(dir));

        assertThat(sink.failures).isEmpty();
        assertThat(sink.titles()).containsExactly("Exact");
    }

    @Test
    void anHtmlPageWithNoTextIsReportedWithThePage() throws IOException {
        byte[] html = utf8("<html><head><title>Gallery</title><script>var x = 1;</script></head>"
                + "<body><nav><p>Home News Sport Weather Culture Business</p></nav><img src=\"a.jpg\"></body></html>");
        Path page = write("gallery.html", html);

        CollectingSink sink = CollectingSink.read(source(dir));

        assertThat(sink.articles).isEmpty();
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo(page.toAbsolutePath().normalize().toString());
            assertThat(failure.reason()).isEqualTo("no article text found in the HTML page");
            assertThat(failure.payload()).isEqualTo(html);
        });
    }

    @Test
    void aCorruptGzipIsReportedAndTheNextFileIsRead() throws IOException {
        Path corrupt = write("a.html.gz", utf8("this is not gzip data"));
        write("b.txt", utf8("After\nthe corrupt file"));

        CollectingSink sink = CollectingSink.read(source(dir));

        assertThat(sink.titles()).containsExactly("After");
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo(corrupt.toAbsolutePath().normalize().toString());
            assertThat(failure.reason()).startsWith("cannot read file");
            assertThat(failure.error()).isInstanceOf(IOException.class);
        });
    }
}
