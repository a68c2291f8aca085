package io.newsflow.ingest.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import io.newsflow.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A folder of pages to extract: {@code html/<id>.html} or {@code html/<id>.html.gz}, and optionally
 * {@code urls.json} mapping ids to addresses. The ground truth beside them is never read here.
 */
public final class ExtractionCorpus {

    /** Which pages to use: a fixed half for tuning ({@code dev}), the other half to check on. */
    public enum Split { all, dev, test }

    private final Path root;

    public ExtractionCorpus(Path root) {
        this.root = root;
    }

    /** The pages of the split, sorted by id. */
    public List<CorpusPage> pages(Split split) throws IOException {
        JsonNode urls = Files.exists(root.resolve("urls.json"))
                ? Json.MAPPER.readTree(root.resolve("urls.json").toFile()) : Json.MAPPER.createObjectNode();
        List<CorpusPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("html"))) {
            for (Path file : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = file.getFileName().toString();
                String id = name.replaceFirst("\\.html?(\\.gz)?$", "");
                if (!id.equals(name) && inSplit(id, split)) {
                    pages.add(new CorpusPage(id, file, urls.path(id).asText(file.toUri().toString())));
                }
            }
        }
        return pages;
    }

    /** Reads a page's bytes, un-gzipping {@code .gz} files. */
    public static byte[] read(CorpusPage page) throws IOException {
        if (!page.file().toString().endsWith(".gz")) {
            return Files.readAllBytes(page.file());
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page.file()))) {
            return in.readAllBytes();
        }
    }

    /** Half of the ids by a hash of the id, so the split does not follow the order or naming of files. */
    static boolean inSplit(String id, Split split) {
        if (split == Split.all) {
            return true;
        }
        boolean dev = Character.digit(Text.sha256Hex(id, 1).charAt(1), 16) % 2 == 0;
        return dev == (split == Split.dev);
    }
}
