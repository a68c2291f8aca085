package io.newsflow.ingest.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sources file: one source per line (a folder, a file, a feed, sitemap or page URL), {@code #} starts
 * a comment. It is read again whenever it changed, so sources can be added or removed without a restart;
 * a source that stays keeps its reader (and so what the reader remembers, such as a feed's validators).
 * A line that names nothing readable is logged and left out; the others still run.
 */
public final class SourcesFile {

    private static final Logger LOG = LoggerFactory.getLogger(SourcesFile.class);

    private final Path file;
    private final Function<String, ArticleSource> factory;
    private Map<String, ArticleSource> readers = new LinkedHashMap<>();
    private FileTime readAt;

    public SourcesFile(Path file, Function<String, ArticleSource> factory) {
        this.file = file;
        this.factory = factory;
    }

    /** The sources as the file says now, read again if it changed since the last call. */
    public synchronized List<ArticleSource> current() throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        if (!modified.equals(readAt)) {
            Map<String, ArticleSource> next = new LinkedHashMap<>();
            for (String spec : specs(Files.readAllLines(file, StandardCharsets.UTF_8))) {
                ArticleSource reader = readers.get(spec);
                if (reader == null) {
                    reader = open(spec);
                }
                if (reader != null) {
                    next.put(spec, reader);
                }
            }
            LOG.info("ingest: {} sources in {}", next.size(), file);
            readers = next;
            readAt = modified;
        }
        return new ArrayList<>(readers.values());
    }

    private ArticleSource open(String spec) {
        try {
            return factory.apply(spec);
        } catch (IllegalArgumentException e) {
            LOG.warn("ingest: sources file {}: {}", file, e.getMessage());
            return null;
        }
    }

    static List<String> specs(List<String> lines) {
        List<String> specs = new ArrayList<>();
        for (String line : lines) {
            int hash = line.indexOf('#');
            String spec = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!spec.isEmpty() && !specs.contains(spec)) {
                specs.add(spec);
            }
        }
        return specs;
    }
}
