package io.newsflow.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.model.Json;
import io.newsflow.model.Span;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow eval names}: how well the tagger finds names, on CoNLL files (token, ..., tag per line;
 * sentences separated by blank lines; IOB or IO tags of PER/ORG/LOC/MISC or GUM's person/organization/place).
 * Each sentence is tagged as a text of its tokens joined by spaces; a found name is a dictionary mention or
 * an unknown name. Span boundaries must match exactly. Recall per type, and precision against all gold names.
 */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = {"Name-span precision, recall and F1 (PER/ORG/LOC) of the actor tagger and its unknown-name",
                "detector on a CoNLL file; the last line is one JSON object."})
final class NamesEvalCommand implements Callable<Integer> {

    private static final Map<String, String> TYPES = Map.of("PER", "PER", "PERSON", "PER", "ORG", "ORG",
            "ORGANIZATION", "ORG", "LOC", "LOC", "PLACE", "LOC", "MISC", "MISC");

    @Parameters(paramLabel = "FILE", description = "CoNLL file.")
    Path file;

    @Option(names = "--proper-only", description = "Keep only gold names whose first word is capitalized "
            + "(GUM also marks common-noun mentions such as 'the bar').")
    boolean properOnly;

    PrintStream out = System.out;

    private record Name(int first, int last, String type) {
    }

    @Override
    public Integer call() throws IOException {
        ActorTagger tagger = new ActorTagger(ActorDictionary.curated());
        Map<String, int[]> perType = new HashMap<>();
        int predicted = 0;
        int correct = 0;
        int gold = 0;
        int goldFound = 0;
        List<String[]> sentence = new ArrayList<>();
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.add("");
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("-DOCSTART-") && !line.startsWith("#")) {
                String[] columns = line.strip().split("\\s+");
                sentence.add(new String[] {columns[0], columns[columns.length - 1]});
                continue;
            }
            if (sentence.isEmpty()) {
                continue;
            }
            List<Name> goldNames = goldNames(sentence);
            Set<Long> found = foundSpans(tagger, sentence);
            Set<Long> goldKeys = new HashSet<>();
            for (Name name : goldNames) {
                goldKeys.add(key(name.first(), name.last()));
                if (name.type().equals("MISC")) {
                    continue;
                }
                int[] counts = perType.computeIfAbsent(name.type(), t -> new int[2]);
                counts[0]++;
                gold++;
                if (found.contains(key(name.first(), name.last()))) {
                    counts[1]++;
                    goldFound++;
                }
            }
            predicted += found.size();
            correct += (int) found.stream().filter(goldKeys::contains).count();
            sentence.clear();
        }
        double precision = ratio(correct, predicted);
        double recall = ratio(goldFound, gold);
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.put("file", file.toString());
        result.put("goldNames", gold);
        result.put("predictedNames", predicted);
        result.put("precision", precision);
        result.put("recall", recall);
        result.put("f1", precision + recall == 0 ? 0 : ratio(2 * precision * recall, precision + recall));
        perType.forEach((type, counts) -> result.put("recall" + type, ratio(counts[1], counts[0])));
        out.println(Json.MAPPER.writeValueAsString(result));
        return 0;
    }

    /** Gold names: B- starts a name, I- continues one of the same type (IO files: consecutive I- of one type). */
    private List<Name> goldNames(List<String[]> sentence) {
        List<Name> names = new ArrayList<>();
        int first = -1;
        String type = null;
        for (int i = 0; i <= sentence.size(); i++) {
            String tag = i < sentence.size() ? sentence.get(i)[1] : "O";
            String tagType = tag.length() > 2 && tag.charAt(1) == '-' ? TYPES.get(tag.substring(2).toUpperCase(Locale.ROOT))
                    : null;
            boolean continues = tagType != null && tagType.equals(type) && tag.startsWith("I-");
            if (!continues && type != null) {
                if (!properOnly || Character.isUpperCase(sentence.get(first)[0].charAt(0))) {
                    names.add(new Name(first, i - 1, type));
                }
                type = null;
            }
            if (tagType != null && !continues) {
                first = i;
                type = tagType;
            }
        }
        return names;
    }

    /** The token ranges of every name the tagger finds: actor and place mentions and unknown names. */
    private static Set<Long> foundSpans(ActorTagger tagger, List<String[]> sentence) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[sentence.size()];
        int[] ends = new int[sentence.size()];
        for (int i = 0; i < sentence.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(sentence.get(i)[0]);
            ends[i] = text.length();
        }
        ActorTagger.Tags tags = tagger.tag(text.toString(), null);
        List<Span> spans = new ArrayList<>(tags.unknownSpans());
        tags.actors().forEach(actor -> spans.addAll(actor.spans()));
        tags.places().forEach(place -> spans.addAll(place.spans()));
        Set<Long> found = new HashSet<>();
        for (Span span : spans) {
            int first = indexOf(starts, span.start());
            int last = indexOf(ends, span.end());
            if (first >= 0 && last >= first) {
                found.add(key(first, last));
            }
        }
        return found;
    }

    private static int indexOf(int[] offsets, int offset) {
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] == offset) {
                return i;
            }
        }
        return -1;
    }

    private static long key(int first, int last) {
        return (long) first << 32 | last;
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? 0 : Math.round(part / whole * 10000) / 10000.0;
    }
}
