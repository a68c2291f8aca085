package io.newsflow.ingest.source;

import io.newsflow.ingest.extract.HtmlArticleExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Turns a source argument (a folder, a JSONL file, a single .txt or .html file) into a reader. */
public final class Sources {

    private Sources() {
    }

    /**
     * The source an argument names.
     *
     * @param spec         a path
     * @param maxFileBytes files larger than this are dead-lettered by reference instead of read
     * @throws IllegalArgumentException when the argument names nothing newsflow can read
     */
    public static ArticleSource of(String spec, long maxFileBytes) {
        Path path = Path.of(spec);
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        if (Files.isDirectory(path)) {
            return new FolderSource(path, maxFileBytes, extractor);
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no such file or folder: " + spec);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return new JsonlSource(path, maxFileBytes);
        }
        if (FolderSource.isArticleFile(path)) {
            return new FolderSource(path, maxFileBytes, extractor);
        }
        throw new IllegalArgumentException("cannot read " + spec
                + ": expected a folder, a .jsonl file, or a .txt, .html or .html.gz file");
    }
}
