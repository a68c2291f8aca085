package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.model.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow eval actors}: scores the actor tagger. On PETRARCH's validation XML: recall of the gold
 * source and target codes at country level (first three letters, found among actors or places), exact
 * recall, and the share of sentences whose codes are all found. On a JSONL file (id, text, date, actors):
 * code-level precision, recall and F1, micro-averaged over documents.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Scores the actor tagger on PETRARCH validation XML (country-level and exact recall) or on",
                "a JSONL file of id, text, date, actors (micro P/R/F1); the last line is one JSON object."})
final class ActorsEvalCommand implements Callable<Integer> {

    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)(?=<Sentence\\b|</Sentences>)",
            Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)/?>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    /** The attribute patterns, compiled once rather than per sentence and coding. */
    private static final Pattern DATE = attributePattern("date");
    private static final Pattern ID = attributePattern("id");
    private static final List<Pattern> ROLES = List.of(attributePattern("sourcecode"), attributePattern("targetcode"));
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    @Parameters(paramLabel = "FILE", description = "PETRARCH validation XML (*.xml) or labelled JSONL.")
    Path file;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Also load the PETRARCH-format dictionaries in DIR.")
    Path dictionaries;

    @Option(names = "--errors", description = "Print each document's missed and extra codes before the result.")
    boolean errors;

    PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        ActorTagger tagger = new ActorTagger(TaggedDocument.dictionary(dictionaries));
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        String content = Files.readString(file, StandardCharsets.UTF_8);
        ObjectNode result = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")
                ? petrarch(tagger, content) : jsonl(tagger, content);
        result.put("dictionaryVersion", tagger.dictionaryVersion());
        result.put("dictionaryLoadSeconds", round(loadSeconds));
        out.println(Json.MAPPER.writeValueAsString(result));
        return 0;
    }

    private ObjectNode petrarch(ActorTagger tagger, String xml) {
        int sentences = 0;
        int coded = 0;
        int gold = 0;
        int countryFound = 0;
        int exactFound = 0;
        int fullyFound = 0;
        Matcher sentence = SENTENCE.matcher(xml);
        while (sentence.find()) {
            sentences++;
            Set<String> codes = goldCodes(sentence.group(2));
            Matcher text = TEXT.matcher(sentence.group(2));
            if (codes.isEmpty() || !text.find()) {
                continue;
            }
            coded++;
            ActorTagger.Tags tags = tagger.tag(text.group(1).strip(), day(attribute(sentence.group(1), DATE)));
            Set<String> found = TaggedDocument.codes(tags);
            Set<String> countries = new HashSet<>(TaggedDocument.placeCountries(tags));
            found.forEach(code -> countries.add(code.substring(0, Math.min(3, code.length()))));
            List<String> missed = new ArrayList<>();
            for (String code : codes) {
                gold++;
                boolean country = countries.contains(code.substring(0, 3));
                countryFound += country ? 1 : 0;
                exactFound += found.contains(code) ? 1 : 0;
                if (!country) {
                    missed.add(code);
                }
            }
            fullyFound += missed.isEmpty() ? 1 : 0;
            if (errors && !missed.isEmpty()) {
                out.println(attribute(sentence.group(1), ID) + " missed " + missed + " found " + found + ": "
                        + text.group(1).strip().replaceAll("\\s+", " "));
            }
        }
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.put("file", file.toString());
        result.put("sentences", sentences);
        result.put("sentencesWithCodes", coded);
        result.put("goldCodes", gold);
        result.put("countryRecall", ratio(countryFound, gold));
        result.put("exactRecall", ratio(exactFound, gold));
        result.put("sentencesFullyFound", ratio(fullyFound, coded));
        return result;
    }

    /** The source and target codes of a sentence's event codings, without unknown-country ({@code ---}) ones. */
    private static Set<String> goldCodes(String body) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher coding = CODING.matcher(body);
        while (coding.find()) {
            for (Pattern role : ROLES) {
                String code = attribute(coding.group(1), role);
                if (code != null && code.length() >= 3 && !code.startsWith("---")) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    private ObjectNode jsonl(ActorTagger tagger, String content) throws IOException {
        int documents = 0;
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (String line : content.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode doc = Json.MAPPER.readTree(line);
            documents++;
            String text = doc.path("text").asText("");
            Set<String> gold = new LinkedHashSet<>();
            doc.path("actors").forEach(code -> gold.add(code.asText()));
            Set<String> found = TaggedDocument.codes(tagger.tag(text, TaggedDocument.dayOf(doc, text, null)));
            Set<String> missed = new LinkedHashSet<>(gold);
            missed.removeAll(found);
            Set<String> extra = new LinkedHashSet<>(found);
            extra.removeAll(gold);
            truePositives += gold.size() - missed.size();
            falseNegatives += missed.size();
            falsePositives += extra.size();
            if (errors && !(missed.isEmpty() && extra.isEmpty())) {
                out.println(doc.path("id").asText() + " missed " + missed + " extra " + extra + ": " + text);
            }
        }
        double precision = ratio(truePositives, truePositives + falsePositives);
        double recall = ratio(truePositives, truePositives + falseNegatives);
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.put("file", file.toString());
        result.put("documents", documents);
        result.put("truePositives", truePositives);
        result.put("falsePositives", falsePositives);
        result.put("falseNegatives", falseNegatives);
        result.put("precision", precision);
        result.put("recall", recall);
        result.put("f1", precision + recall == 0 ? 0 : round(2 * precision * recall / (precision + recall)));
        return result;
    }

    private static Pattern attributePattern(String name) {
        return Pattern.compile("\\b" + name + "=\"([^\"]*)\"");
    }

    private static String attribute(String attributes, Pattern attribute) {
        Matcher m = attribute.matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    /** A validation record's date (YYYYMMDD); null when absent or malformed, so the as-of day applies. */
    private static LocalDate day(String yyyymmdd) {
        try {
            return yyyymmdd == null ? null : LocalDate.parse(yyyymmdd.strip(), BASIC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : round((double) part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
