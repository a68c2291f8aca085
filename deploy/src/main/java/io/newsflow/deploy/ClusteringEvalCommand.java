package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.aggregate.cluster.ArticleDoc;
import io.newsflow.aggregate.cluster.ArticleDocs;
import io.newsflow.aggregate.cluster.Assignment;
import io.newsflow.aggregate.cluster.ClusterParams;
import io.newsflow.aggregate.cluster.StoryClusterer;
import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.ingest.source.PublishedDates;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Json;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import io.newsflow.model.config.NewsflowConfig;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval clustering}: runs the real clustering core (with the real actor tagger) over a
 * labelled JSONL corpus in the given order and scores the stories against the labels, which are read
 * only for scoring.
 */
@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = {"Clusters a labelled JSONL corpus (id, title, text, optional date/publishedAt, url, the label)",
                "with the aggregator's core and prints B3 and pairwise scores; the last line is one JSON object."})
final class ClusteringEvalCommand implements Callable<Integer> {

    /** Stands for the fetch time of articles without a date: all arrive at the same moment. */
    private static final Instant FETCHED = Instant.parse("2026-01-01T00:00:00Z");

    enum Order { file, date, shuffle }

    @Option(names = "--corpus", required = true, paramLabel = "FILE.jsonl", description = "The labelled corpus.")
    Path corpus;

    @Option(names = "--label", required = true, paramLabel = "FIELD", description = "The field holding the gold event label.")
    String label;

    @Option(names = "--order", defaultValue = "file", description = "file, date (ties by id) or shuffle (default ${DEFAULT-VALUE}).")
    Order order;

    @Option(names = "--seed", split = ",", defaultValue = "1", paramLabel = "N[,N...]",
            description = "Seeds of --order shuffle; with several, the figures are means over them (default ${DEFAULT-VALUE}).")
    List<Long> seeds = new ArrayList<>();

    @Option(names = "--include", paramLabel = "FIELD=V1,V2", description = "Keep only documents whose FIELD is one of "
            + "the values; repeatable (e.g. topic=36,37 or split=test). Ranges: topic=36..45.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting, e.g. aggregate.threshold=0.3.")
    Map<String, String> settings = new HashMap<>();

    @Option(names = "--sweep", paramLabel = "KEY=V1,V2", description = "Try every combination of these settings "
            + "(repeatable); prints one line each and ends with the best. For tuning on train/dev splits.")
    List<String> sweeps = new ArrayList<>();

    @Option(names = "--predictions", paramLabel = "FILE", description = "Write one JSON line per article: id, storyId "
            + "(of the best setting with --sweep, of the first seed with several).")
    Path predictions;

    PrintStream out = System.out;

    private record Doc(String id, String label, String date, RawArticle article) {
    }

    /**
     * The scores of one setting and its number of predicted clusters, averaged over the seeds, with the
     * first seed's articles in input order and their predicted stories.
     */
    private record Run(Map<String, String> settings, ClusterScores scores, double predictedClusters,
                       double articlesPerSecond, List<Doc> firstOrder, List<String> firstPredicted) {
    }

    @Override
    public Integer call() throws IOException {
        List<Doc> docs = read();
        Map<String, ArticleDoc> prepared = prepare(docs);
        Run best = null;
        for (Map<String, String> combination : combinations()) {
            Map<String, String> effective = new HashMap<>(settings);
            effective.putAll(combination);
            Run run = evaluate(docs, prepared, effective);
            if (!sweeps.isEmpty()) {
                out.printf("%s  B3 F1 %.4f (P %.4f R %.4f)%n", combination, run.scores().b3F1(),
                        run.scores().b3Precision(), run.scores().b3Recall());
            }
            if (best == null || run.scores().b3F1() > best.scores().b3F1()) {
                best = run;
            }
        }
        if (predictions != null) {
            writePredictions(best.firstOrder(), best.firstPredicted());
        }
        report(best, docs.size());
        return 0;
    }

    /** Tags every article once (the real actor tagger) and turns it into what the clusterer sees. */
    private static Map<String, ArticleDoc> prepare(List<Doc> docs) {
        ActorTagger tagger = new ActorTagger(ActorDictionary.curated());
        Map<String, ArticleDoc> prepared = new HashMap<>();
        for (Doc doc : docs) {
            ActorTagger.Tags tags = tagger.tag(doc.article().text());
            prepared.put(doc.id(), ArticleDocs.from(new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, doc.article(),
                    null, false, null, tags.actors(), tags.places(), tagger.dictionaryVersion(), FETCHED)));
        }
        return prepared;
    }

    private Run evaluate(List<Doc> docs, Map<String, ArticleDoc> prepared, Map<String, String> effective)
            throws IOException {
        ClusterParams params = ClusterParams.from(NewsflowConfig.of(effective));
        List<Long> runSeeds = order == Order.shuffle ? seeds : List.of(0L);
        double[] sums = new double[7];
        double seconds = 0;
        ClusterScores scores = null;
        List<Doc> firstOrder = null;
        List<String> firstPredicted = null;
        for (long seed : runSeeds) {
            List<Doc> ordered = order(docs, seed);
            StoryClusterer clusterer = new StoryClusterer(params);
            Map<String, String> storyOf = new HashMap<>();
            long started = System.nanoTime();
            for (Doc doc : ordered) {
                ArticleDoc article = prepared.get(doc.id());
                Assignment assignment = clusterer.assign(article, article.time().toEpochMilli());
                storyOf.put(doc.id(), assignment.storyId());
                if (assignment.regrouping() != null) {
                    assignment.regrouping().moved().forEach(id -> storyOf.put(id, assignment.regrouping().into().storyId()));
                }
            }
            seconds += (System.nanoTime() - started) / 1e9;
            List<String> predicted = ordered.stream().map(doc -> storyOf.get(doc.id())).toList();
            if (firstOrder == null) {
                firstOrder = ordered;
                firstPredicted = predicted;
            }
            scores = ClusterScores.of(ordered.stream().map(Doc::label).toList(), predicted);
            double[] values = {scores.b3Precision(), scores.b3Recall(), scores.b3F1(), scores.pairwisePrecision(),
                    scores.pairwiseRecall(), scores.pairwiseF1(), scores.predictedClusters()};
            for (int i = 0; i < sums.length; i++) {
                sums[i] += values[i] / runSeeds.size();
            }
        }
        ClusterScores mean = new ClusterScores(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5],
                scores.predictedClusters(), scores.goldClusters());
        return new Run(effective, mean, sums[6], docs.size() * runSeeds.size() / Math.max(seconds, 1e-9), firstOrder,
                firstPredicted);
    }

    /** Every combination of the swept values; one empty combination without --sweep. */
    private List<Map<String, String>> combinations() {
        List<Map<String, String>> combinations = new ArrayList<>(List.of(Map.of()));
        for (String sweep : sweeps) {
            String[] parts = sweep.split("=", 2);
            List<Map<String, String>> extended = new ArrayList<>();
            for (Map<String, String> combination : combinations) {
                for (String value : parts[1].split(",")) {
                    Map<String, String> next = new TreeMap<>(combination);
                    next.put(parts[0], value.strip());
                    extended.add(next);
                }
            }
            combinations = extended;
        }
        return combinations;
    }

    private List<Doc> read() throws IOException {
        Map<String, Set<String>> filters = filters();
        List<Doc> docs = new ArrayList<>();
        for (JsonNode node : Jsonl.read(corpus)) {
            if (!filters.entrySet().stream().allMatch(f -> f.getValue().contains(node.path(f.getKey()).asText()))) {
                continue;
            }
            String date = node.hasNonNull("publishedAt") ? node.get("publishedAt").asText()
                    : node.hasNonNull("date") ? node.get("date").asText() : null;
            OffsetDateTime published = date == null ? null : PublishedDates.parse(date);
            String id = node.get("id").asText();
            RawArticle article = new RawArticle(RawArticle.SCHEMA_VERSION, id, 1, node.path("url").asText(null),
                    null, null, corpus.getFileName().toString(), node.path("title").asText(""), List.of(), published,
                    FETCHED, null, node.path("text").asText(""), Origin.JSONL, null);
            docs.add(new Doc(id, node.path(label).asText(), date, article));
        }
        return docs;
    }

    private Map<String, Set<String>> filters() {
        Map<String, Set<String>> filters = new HashMap<>();
        for (String include : includes) {
            String[] parts = include.split("=", 2);
            Set<String> values = new HashSet<>();
            for (String value : parts[1].split(",")) {
                if (value.contains("..")) {
                    String[] range = value.split("\\.\\.");
                    for (int i = Integer.parseInt(range[0]); i <= Integer.parseInt(range[1]); i++) {
                        values.add(Integer.toString(i));
                    }
                } else {
                    values.add(value.strip());
                }
            }
            filters.put(parts[0], values);
        }
        return filters;
    }

    private List<Doc> order(List<Doc> docs, long seed) {
        List<Doc> ordered = new ArrayList<>(docs);
        switch (order) {
            case date -> ordered.sort(Comparator.comparing(ClusteringEvalCommand::publishedInstant,
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Doc::id));
            case shuffle -> Collections.shuffle(ordered, new Random(seed));
            case file -> { }
        }
        return ordered;
    }

    /** The instant, not the written date: "10:00+02:00" comes before "09:00Z". Undated articles first. */
    private static Instant publishedInstant(Doc doc) {
        OffsetDateTime published = doc.article().publishedAt();
        return published == null ? null : published.toInstant();
    }

    private void writePredictions(List<Doc> docs, List<String> predicted) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (int i = 0; i < docs.size(); i++) {
                ObjectNode line = Json.MAPPER.createObjectNode();
                line.put("id", docs.get(i).id());
                line.put("storyId", predicted.get(i));
                writer.write(Json.MAPPER.writeValueAsString(line));
                writer.newLine();
            }
        }
    }

    private void report(Run run, int documents) throws IOException {
        ClusterScores scores = run.scores();
        out.printf("documents %d, gold clusters %d, predicted clusters %s%s%n", documents, scores.goldClusters(),
                formatCount(run.predictedClusters()), order == Order.shuffle ? ", mean over seeds " + seeds : "");
        out.printf("B3 precision %.4f recall %.4f F1 %.4f%n", scores.b3Precision(), scores.b3Recall(), scores.b3F1());
        out.printf("pairwise precision %.4f recall %.4f F1 %.4f%n", scores.pairwisePrecision(),
                scores.pairwiseRecall(), scores.pairwiseF1());
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("documents", documents);
        json.put("order", order.name());
        if (order == Order.shuffle) {
            json.putPOJO("seeds", seeds);
        }
        json.put("b3Precision", round(scores.b3Precision()));
        json.put("b3Recall", round(scores.b3Recall()));
        json.put("b3F1", round(scores.b3F1()));
        json.put("pairwiseF1", round(scores.pairwiseF1()));
        double predicted = run.predictedClusters();
        if (predicted == Math.rint(predicted)) {
            json.put("predictedClusters", (long) predicted);
        } else {
            json.put("predictedClusters", Math.round(predicted * 10) / 10.0);
        }
        json.put("goldClusters", scores.goldClusters());
        json.put("articlesPerSecond", Math.round(run.articlesPerSecond()));
        if (!run.settings().isEmpty()) {
            json.putPOJO("settings", new TreeMap<>(run.settings()));
        }
        out.println(Json.MAPPER.writeValueAsString(json));
    }

    /** A count, with one decimal when it is a mean over seeds that is not whole. */
    private static String formatCount(double count) {
        return count == Math.rint(count) ? Long.toString((long) count) : String.format("%.1f", count);
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
