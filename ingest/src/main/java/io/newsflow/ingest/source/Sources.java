package io.newsflow.ingest.source;

import io.newsflow.ingest.extract.HtmlArticleExtractor;
import io.newsflow.ingest.web.FetchSettings;
import io.newsflow.ingest.web.HttpFetcher;
import io.newsflow.ingest.web.WebSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Turns a source argument (a folder, a JSONL file, a single .txt or .html file, a feed/sitemap/page URL) into a reader. */
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
        return of(spec, maxFileBytes, new HttpFetcher(FetchSettings.defaults()));
    }

    /**
     * The source an argument names: also a feed, sitemap or page URL, fetched with the given fetcher.
     *
     * @param fetcher for http and https arguments, shared so that per-host politeness holds across sources
     */
    public static ArticleSource of(String spec, long maxFileBytes, HttpFetcher fetcher) {
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        String scheme = spec.contains(":") ? spec.substring(0, spec.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (scheme.equals("http") || scheme.equals("https")) {
            return new WebSource(spec, fetcher, extractor);
        }
        Path path = Path.of(spec);
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
