package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.model.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow make-copies}: writes each article of a JSONL corpus followed by syndication variants
 * of it, so that near-duplicate evaluations have many true pairs. Deterministic for a seed.
 */
@Command(name = "make-copies", mixinStandardHelpOptions = true,
        description = {"Writes each article of a JSONL corpus followed by realistic syndication variants of it",
                "(new headline, byline/boilerplate lines, dropped or reordered paragraph, small wording edits,",
                "whitespace and punctuation changes); the same seed gives the same output."})
final class MakeCopiesCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "IN.jsonl", description = "The corpus (id, title, text, ...).")
    Path corpus;

    @Option(names = "--out", required = true, paramLabel = "OUT.jsonl", description = "Where to write originals and copies.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--copies", defaultValue = "1", description = "Variants per article (default ${DEFAULT-VALUE}).")
    int copies;

    PrintStream log = System.err;

    @Override
    public Integer call() throws IOException {
        int originals = 0;
        int written = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (JsonNode node : Jsonl.read(corpus)) {
                writer.write(Json.MAPPER.writeValueAsString(node));
                writer.newLine();
                originals++;
                String id = node.path("id").asText();
                // one random source per article: a corpus edit elsewhere does not change this article's copies
                SyndicationVariants variants = new SyndicationVariants(new Random(seed * 1_000_003L + id.hashCode()));
                for (int k = 1; k <= copies; k++) {
                    ObjectNode copy = ((ObjectNode) node).deepCopy();
                    copy.put("id", id + "-copy" + k);
                    copy.put("title", variants.headline(node.path("title").asText("")));
                    copy.put("text", variants.text(node.path("text").asText("")));
                    copy.put("copyOf", id);
                    writer.write(Json.MAPPER.writeValueAsString(copy));
                    writer.newLine();
                    written++;
                }
            }
        }
        log.printf("wrote %d originals and %d copies to %s%n", originals, written, out);
        return 0;
    }
}
