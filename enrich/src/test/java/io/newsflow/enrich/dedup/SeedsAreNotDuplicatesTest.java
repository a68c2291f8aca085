package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seeds 000, 001 and 002 report one statement in different words: no near-duplicates. */
class SeedsAreNotDuplicatesTest {

    private static final Path SEEDS = Path.of("..").toAbsolutePath().normalize().getParent()
            .resolve("shared/data/seeds.jsonl");

    @Test
    void differentlyWordedReportsOfOneStatementAreNotFlagged() throws IOException {
        Assumptions.assumeTrue(Files.exists(SEEDS), SEEDS + " absent: skipped");
        List<JsonNode> seeds = new ArrayList<>();
        for (String line : Files.readAllLines(SEEDS, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                seeds.add(Json.MAPPER.readTree(line));
            }
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(3);
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULTS);
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            JsonNode seed = seeds.get(i);
            index.offer(seed.get("id").asText(), i, seed.get("text").asText())
                    .ifPresent(original -> flagged.add(seed.get("id").asText() + " -> " + original));
        }
        assertThat(flagged).isEmpty();
        ShingleSketch first = ShingleSketch.of(Shingles.hashes(seeds.get(0).get("text").asText()), 1024);
        for (int i = 1; i < 3; i++) {
            ShingleSketch other = ShingleSketch.of(Shingles.hashes(seeds.get(i).get("text").asText()), 1024);
            assertThat(first.jaccard(other)).as("seed %d vs seed 0", i).isLessThan(0.2);
        }
    }
}
