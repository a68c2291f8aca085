package io.newsflow.ingest.source;

import io.newsflow.model.config.Durations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sources file: one source per line (a folder, a file, a feed, sitemap or page URL), optionally
 * followed by its own poll interval ({@code https://example.org/feed.xml every=5m}); {@code #} starts
 * a comment. It is read again whenever it changed, so sources can be added or removed without a restart;
 * a source that stays keeps its reader (and so what the reader remembers, such as a feed's validators).
 * A line that names nothing readable is logged and left out; the others still run.
 */
public final class SourcesFile {

    private static final Logger LOG = LoggerFactory.getLogger(SourcesFile.class);

    private final Path file;
    private final Function<String, ArticleSource> factory;
    private static final Pattern EVERY = Pattern.compile("\\s+every=(\\S+)$");

    private Map<String, PolledSource> readers = new LinkedHashMap<>();
    private FileTime readAt;

    public SourcesFile(Path file, Function<String, ArticleSource> factory) {
        this.file = file;
        this.factory = factory;
    }

    /** The sources as the file says now, read again if it changed since the last call. */
    public synchronized List<PolledSource> current() throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        if (!modified.equals(readAt)) {
            Map<String, PolledSource> next = new LinkedHashMap<>();
            for (String line : specs(Files.readAllLines(file, StandardCharsets.UTF_8))) {
                Matcher every = EVERY.matcher(line);
                boolean timed = every.find();
                String spec = timed ? line.substring(0, every.start()) : line;
                Duration interval = timed ? interval(every.group(1), spec) : null;
                PolledSource known = readers.get(spec);
                ArticleSource reader = known != null ? known.source() : open(spec);
                if (reader != null) {
                    next.put(spec, new PolledSource(reader, interval));
                }
            }
            LOG.info("ingest: {} sources in {}", next.size(), file);
            readers = next;
            readAt = modified;
        }
        return new ArrayList<>(readers.values());
    }

    /** A line's interval; a malformed one is logged and the source polled at the service's interval. */
    private Duration interval(String text, String spec) {
        try {
            Duration interval = Durations.parse(text);
            if (!interval.isNegative() && !interval.isZero()) {
                return interval;
            }
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            // reported below
        }
        LOG.warn("ingest: sources file {}: {}: every={} is no duration such as 5m or PT1H; the default interval applies",
                file, spec, text);
        return null;
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
