package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JSON documents of a JSONL corpus, one a line; blank lines skipped. */
final class Jsonl {

    private Jsonl() {
    }

    static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                nodes.add(Json.MAPPER.readTree(line));
            }
        }
        return nodes;
    }
}
