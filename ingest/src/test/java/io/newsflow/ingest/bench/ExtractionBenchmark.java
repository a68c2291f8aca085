package io.newsflow.ingest.bench;

import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.extract.HtmlArticleExtractor;
import io.newsflow.ingest.extract.eval.CorpusPage;
import io.newsflow.ingest.extract.eval.ExtractionCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Pages per second of the HTML extractor on one thread (so: per core), over the pages of a shared
 * evaluation corpus held in memory: parsing, cleaning, block scoring, metadata and language detection.
 *
 * <p>Reproduce (the launcher builds the classpath; short runs as the machine is shared):
 * {@code ingest/bench/run-extraction-benchmark.sh} or see docs/ingest.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ExtractionBenchmark {

    @Param({"scrapinghub", "news-sites"})
    public String corpus;

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private List<byte[]> pages;
    private List<String> urls;
    private int next;

    @Setup
    public void load() throws IOException {
        String given = System.getProperty("newsflow.extraction.data");
        Path root = (given != null ? Path.of(given) : sharedData()).resolve(corpus);
        if (!Files.isDirectory(root.resolve("html"))) {
            throw new IllegalStateException("corpus absent: " + root + " (set -Dnewsflow.extraction.data=DIR)");
        }
        pages = new ArrayList<>();
        urls = new ArrayList<>();
        for (CorpusPage page : new ExtractionCorpus(root).pages(ExtractionCorpus.Split.all)) {
            pages.add(ExtractionCorpus.read(page));
            urls.add(page.url());
        }
    }

    /** The nearest {@code shared/data/extraction} above the working directory (the worktree's sibling). */
    private static Path sharedData() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/data/extraction"))) {
                return dir.resolve("shared/data/extraction");
            }
        }
        return Path.of("shared/data/extraction");
    }

    /** One page extracted, cycling through the corpus. */
    @Benchmark
    public ExtractedArticle extractPage() {
        int index = next++ % pages.size();
        return extractor.extract(new ByteArrayInputStream(pages.get(index)), urls.get(index));
    }
}
