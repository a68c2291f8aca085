package io.newsflow.enrich.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.ActorTag;
import io.newsflow.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Code-level micro F1 on the project's own labelled sentences (2023–2026 news, written for newsflow):
 * {@code actors-dev.jsonl} was tuned on, {@code actors-test.jsonl} was not.
 */
class ActorEvalFilesTest {

    private static final ActorTagger TAGGER = new ActorTagger(ActorDictionary.curated());

    private static double f1(String resource) throws IOException {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        try (InputStream in = ActorEvalFilesTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = Json.MAPPER.readTree(line);
                Set<String> gold = new HashSet<>();
                doc.get("actors").forEach(code -> gold.add(code.asText()));
                Set<String> found = new HashSet<>();
                for (ActorTag actor : TAGGER.tag(doc.get("text").asText(), LocalDate.parse(doc.get("date").asText()))
                        .actors()) {
                    found.add(actor.code());
                }
                for (String code : found) {
                    if (gold.contains(code)) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
                fn += (int) gold.stream().filter(code -> !found.contains(code)).count();
            }
        }
        return 2.0 * tp / (2.0 * tp + fp + fn);
    }

    @Test
    void devSentencesReachTheTarget() throws IOException {
        assertThat(f1("actors-dev.jsonl")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void heldOutSentencesReachTheTarget() throws IOException {
        assertThat(f1("actors-test.jsonl")).isGreaterThanOrEqualTo(0.85);
    }
}
