package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.model.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow tag}: tags a text (a file or stdin) with its actors, places and unknown names and prints
 * them as one JSON object; with {@code --jsonl} tags one document per line and prints one line each.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tags a text (FILE or stdin) with CAMEO-coded actors, places and unknown names; prints JSON.",
                "With --jsonl FILE: one document per line (id, text, optional publishedAt or date), printing",
                "{\"id\":...,\"actors\":[codes],\"places\":[ISO3 codes]} per line."})
final class TagCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Day person codes are valid on (default: a date stated in the text, else the dictionary's as-of day).")
    LocalDate date;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Also load the PETRARCH-format *.actors.txt, *.agents.txt, *.discards.txt in DIR.")
    Path dictionaries;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "One JSON document per line.")
    Path jsonl;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The text to tag (default: stdin).")
    Path file;

    PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        ActorTagger tagger = new ActorTagger(TaggedDocument.dictionary(dictionaries));
        if (jsonl != null) {
            tagLines(tagger);
            return 0;
        }
        String text = file == null ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(file, StandardCharsets.UTF_8);
        LocalDate day = date != null ? date : TaggedDocument.dayOf(Json.MAPPER.createObjectNode(), text, null);
        ActorTagger.Tags tags = tagger.tag(text, day);
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.put("date", String.valueOf(tags.date()));
        result.put("dictionaryVersion", tagger.dictionaryVersion());
        result.set("actors", Json.MAPPER.valueToTree(tags.actors()));
        result.set("places", Json.MAPPER.valueToTree(tags.places()));
        result.set("unknownNames", Json.MAPPER.valueToTree(tags.unknownNames()));
        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        return 0;
    }

    private void tagLines(ActorTagger tagger) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = Json.MAPPER.readTree(line);
                String text = doc.path("text").asText("");
                ActorTagger.Tags tags = tagger.tag(text, TaggedDocument.dayOf(doc, text, date));
                ObjectNode result = Json.MAPPER.createObjectNode();
                result.set("id", doc.get("id"));
                result.set("actors", Json.MAPPER.valueToTree(TaggedDocument.codes(tags)));
                result.set("places", Json.MAPPER.valueToTree(TaggedDocument.placeCountries(tags)));
                out.println(Json.MAPPER.writeValueAsString(result));
            }
        }
    }
}
