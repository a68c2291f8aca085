package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.dedup.Candidate;
import io.newsflow.enrich.dedup.DedupParams;
import io.newsflow.enrich.dedup.NearDuplicateIndex;
import io.newsflow.model.Json;
import io.newsflow.model.config.NewsflowConfig;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval dedup}: computes the near-duplicate truth of a JSONL corpus by exact Jaccard over
 * all pairs, runs the streaming detector over the corpus in file order, and scores it.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Scores near-duplicate detection on a JSONL corpus (id, title, text, optional date):",
                "truth by exact shingle Jaccard over all pairs, the detector run in file order;",
                "the last line is one JSON object."})
final class DedupEvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "FILE.jsonl", description = "The corpus.")
    Path corpus;

    @Option(names = "--tau", paramLabel = "T", description = "Similarity threshold (default: enrich.dedup.tau, 0.8).")
    Double tau;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting, e.g. enrich.dedup.bands=20.")
    Map<String, String> settings = new HashMap<>();

    @Option(names = "--predictions", paramLabel = "FILE", description = "Write one JSON line per article: id, duplicateOf, similarity.")
    Path predictions;

    PrintStream out = System.out;

    private record Doc(String id, String text) {
    }

    @Override
    public Integer call() throws IOException {
        DedupParams params = DedupParams.from(NewsflowConfig.of(settings));
        if (tau != null) {
            params = params.withTau(tau);
        }
        List<Doc> docs = read();
        JaccardTruth truth = new JaccardTruth(docs.stream().map(Doc::text).toList(), params.tau());
        Map<String, Integer> position = new HashMap<>();
        List<Optional<Candidate>> found = new ArrayList<>();
        NearDuplicateIndex index = new NearDuplicateIndex(params);
        for (int i = 0; i < docs.size(); i++) {
            // the file position stands for the fetch time: in order, all within one window
            found.add(index.offer(docs.get(i).id(), i, docs.get(i).text()));
            position.putIfAbsent(docs.get(i).id(), i);
        }
        if (predictions != null) {
            writePredictions(docs, found);
        }
        report(docs, truth, found, position, params);
        return 0;
    }

    private void report(List<Doc> docs, JaccardTruth truth, List<Optional<Candidate>> found,
                        Map<String, Integer> position, DedupParams params) throws IOException {
        double[] levels = {params.tau(), 0.9, 0.95};
        int[] twins = new int[levels.length];
        int[] twinsFlagged = new int[levels.length];
        int flagged = 0;
        int correct = 0;
        for (int i = 0; i < docs.size(); i++) {
            boolean isFlagged = found.get(i).isPresent();
            for (int l = 0; l < levels.length; l++) {
                if (truth.bestEarlier(i) >= levels[l]) {
                    twins[l]++;
                    twinsFlagged[l] += isFlagged ? 1 : 0;
                }
            }
            if (isFlagged) {
                flagged++;
                correct += truth.similarity(i, position.get(found.get(i).get().articleId())) >= params.tau() ? 1 : 0;
            }
        }
        out.printf("%d articles, %d pairs >= %.2f, %d articles with an earlier twin >= %.2f, %d flagged (%d correctly)%n",
                docs.size(), truth.pairsAtLeastTau(), params.tau(), twins[0], params.tau(), flagged, correct);
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("corpus", corpus.getFileName().toString());
        json.put("articles", docs.size());
        json.put("tau", params.tau());
        json.put("bands", params.bands());
        json.put("rows", params.rows());
        json.put("pairs", truth.pairsAtLeastTau());
        json.put("articlesWithTwin", twins[0]);
        json.put("flagged", flagged);
        json.put("recall", ratio(twinsFlagged[0], twins[0]));
        json.put("precision", ratio(correct, flagged));
        json.put("recallAt090", ratio(twinsFlagged[1], twins[1]));
        json.put("recallAt095", ratio(twinsFlagged[2], twins[2]));
        out.println(Json.MAPPER.writeValueAsString(json));
    }

    /** A share, 1 when there is nothing to share (no twins: nothing missed; nothing flagged: nothing wrong). */
    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : Math.round(10000.0 * part / whole) / 10000.0;
    }

    private List<Doc> read() throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (JsonNode node : Jsonl.read(corpus)) {
            docs.add(new Doc(node.get("id").asText(), node.path("text").asText("")));
        }
        return docs;
    }

    private void writePredictions(List<Doc> docs, List<Optional<Candidate>> found) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (int i = 0; i < docs.size(); i++) {
                ObjectNode line = Json.MAPPER.createObjectNode();
                line.put("id", docs.get(i).id());
                line.put("duplicateOf", found.get(i).map(Candidate::articleId).orElse(null));
                if (found.get(i).isPresent()) {
                    line.put("similarity", found.get(i).get().similarity());
                } else {
                    line.putNull("similarity");
                }
                writer.write(Json.MAPPER.writeValueAsString(line));
                writer.newLine();
            }
        }
    }
}
