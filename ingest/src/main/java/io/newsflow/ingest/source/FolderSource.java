package io.newsflow.ingest.source;

import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.extract.HtmlArticleExtractor;
import io.newsflow.model.Origin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The articles of a folder (recursively, in path order) or of a single file: {@code .txt} files (first
 * non-empty line the title, the rest the text) and {@code .html} / {@code .html.gz} pages.
 */
public final class FolderSource implements ArticleSource {

    private final Path root;
    private final long maxFileBytes;
    private final HtmlArticleExtractor extractor;

    /** A source of the files under {@code root} (or of {@code root} itself when it is a file). */
    public FolderSource(Path root, long maxFileBytes, HtmlArticleExtractor extractor) {
        this.root = root.toAbsolutePath().normalize();
        this.maxFileBytes = maxFileBytes;
        this.extractor = extractor;
    }

    /** Whether a file is one this source reads. */
    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz");
    }

    @Override
    public void read(SourceSink sink) {
        for (Path file : files()) {
            readFile(file, sink);
        }
    }

    @Override
    public String describe() {
        return "files under " + root;
    }

    private List<Path> files() {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(FolderSource::isArticleFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private void readFile(Path file, SourceSink sink) {
        String location = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                sink.failure(location, "file of " + size + " bytes exceeds the limit of " + maxFileBytes + " bytes",
                        null, null);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String source = sourceName(file);
            if (name.endsWith(".txt")) {
                TextArticles.parse(bytes)
                        .map(parsed -> draft(file, source, parsed.title(), parsed.text(), null, List.of(), null))
                        .ifPresentOrElse(sink::article, () -> sink.failure(location, TextArticles.whyUnreadable(bytes),
                                null, bytes));
            } else {
                readHtml(file, source, name.endsWith(".gz") ? gunzip(bytes) : bytes, sink);
            }
        } catch (IOException e) {
            sink.failure(location, "cannot read file: " + e.getMessage(), e, null);
        }
    }

    private void readHtml(Path file, String source, byte[] html, SourceSink sink) {
        String location = file.toString();
        ExtractedArticle page = extractor.extract(new ByteArrayInputStream(html), file.toUri().toString());
        if (page.text().isBlank()) {
            sink.failure(location, "no article text found in the HTML page", null, html);
            return;
        }
        sink.article(new ArticleDraft(null, file.toUri().toString(), page.canonicalUrl(), file.toString(), source,
                page.title(), page.authors(), page.publishedAt(), page.language(), page.text(), Origin.FILE));
    }

    private ArticleDraft draft(Path file, String source, String title, String text,
                               java.time.OffsetDateTime publishedAt, List<String> authors, String canonicalUrl) {
        return new ArticleDraft(null, file.toUri().toString(), canonicalUrl, file.toString(), source, title, authors,
                publishedAt, null, text, Origin.FILE);
    }

    private String sourceName(Path file) {
        Path parent = file.getParent();
        return parent == null || parent.getFileName() == null ? file.getFileName().toString()
                : parent.getFileName().toString();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
