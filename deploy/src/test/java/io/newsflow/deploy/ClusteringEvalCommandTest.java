package io.newsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClusteringEvalCommandTest {

    @TempDir
    Path dir;

    @Test
    void scoresArePerfectForAPerfectClusteringAndPenaliseMergesAndSplits() {
        ClusterScores perfect = ClusterScores.of(List.of("a", "a", "b"), List.of("x", "x", "y"));
        assertThat(perfect.b3F1()).isEqualTo(1.0);
        assertThat(perfect.pairwiseF1()).isEqualTo(1.0);

        ClusterScores merged = ClusterScores.of(List.of("a", "a", "b"), List.of("x", "x", "x"));
        assertThat(merged.b3Recall()).isEqualTo(1.0);
        assertThat(merged.b3Precision()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, within(1e-9));
        assertThat(merged.pairwisePrecision()).isCloseTo(1 / 3.0, within(1e-9));

        ClusterScores split = ClusterScores.of(List.of("a", "a", "b"), List.of("x", "y", "z"));
        assertThat(split.b3Precision()).isEqualTo(1.0);
        assertThat(split.b3Recall()).isCloseTo((0.5 + 0.5 + 1) / 3, within(1e-9));
        assertThat(split.pairwiseRecall()).isZero();
        assertThat(split.predictedClusters()).isEqualTo(3);
        assertThat(split.goldClusters()).isEqualTo(2);
    }

    @Test
    void evaluatesACorpusWritesEveryPredictionAndEndsWithOneJsonLine() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, String.join("\n",
                line("q1", "quake", "Earthquake shakes Arequipa", "A magnitude 6.8 earthquake shook Arequipa in "
                        + "southern Peru on Sunday, damaging churches and cutting roads to mining towns."),
                line("q2", "quake", "Arequipa churches damaged by quake", "Churches in Arequipa were damaged when "
                        + "a magnitude 6.8 earthquake shook southern Peru on Sunday; roads to mining towns were cut."),
                line("r1", "rail", "Oslo to Stockholm trains start", "The first direct trains between Oslo and "
                        + "Stockholm ran on Monday, cutting the journey to four hours."),
                line("r2", "rail", "New rail link joins Oslo and Stockholm", "Direct trains now link Oslo and "
                        + "Stockholm in four hours after the line opened on Monday."),
                line("e", "empty", "A headline without text", ""),
                line("n", "nothing", "", "")), StandardCharsets.UTF_8);
        Path predictions = dir.resolve("predictions.jsonl");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ClusteringEvalCommand command = new ClusteringEvalCommand();
        command.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);

        int exit = new CommandLine(command).execute("--corpus", corpus.toString(), "--label", "event",
                "--order", "shuffle", "--seed", "1,2", "--predictions", predictions.toString());

        assertThat(exit).isZero();
        String[] lines = stdout.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode result = Json.MAPPER.readTree(lines[lines.length - 1]);
        assertThat(result.get("documents").asInt()).isEqualTo(6);
        assertThat(result.get("b3F1").asDouble()).isEqualTo(1.0);
        assertThat(result.get("goldClusters").asInt()).isEqualTo(4);
        assertThat(result.get("predictedClusters").asInt()).isEqualTo(4);
        assertThat(result.has("b3Precision")).isTrue();
        assertThat(result.has("b3Recall")).isTrue();
        assertThat(result.has("pairwiseF1")).isTrue();
        assertThat(result.has("articlesPerSecond")).isTrue();
        List<String> written = Files.readAllLines(predictions);
        assertThat(written).hasSize(6);
        assertThat(written).allSatisfy(p -> assertThat(Json.MAPPER.readTree(p).has("storyId")).isTrue());
        assertThat(written.stream().map(p -> readJson(p).get("id").asText()))
                .containsExactlyInAnyOrder("q1", "q2", "r1", "r2", "e", "n");

        // a sweep writes the predictions of its best setting, not of the last one tried
        int swept = new CommandLine(command).execute("--corpus", corpus.toString(), "--label", "event",
                "--sweep", "aggregate.threshold=0.25,5", "--predictions", predictions.toString());
        assertThat(swept).isZero();
        Map<String, String> storyOf = new HashMap<>();
        Files.readAllLines(predictions).forEach(p -> storyOf.put(readJson(p).get("id").asText(),
                readJson(p).get("storyId").asText()));
        assertThat(storyOf.get("r1")).isEqualTo(storyOf.get("r2"));
        assertThat(storyOf.get("q1")).isEqualTo(storyOf.get("q2"));
    }

    @Test
    void dateOrderFollowsTheInstantAndBreaksTiesById() throws Exception {
        Path corpus = dir.resolve("dated.jsonl");
        Files.writeString(corpus, String.join("\n",
                dated("c", "2025-07-07T09:00:00Z"),
                dated("b", "2025-07-07T10:00:00+02:00"),
                dated("a", "2025-07-07T09:00:00Z"),
                dated("d", null)), StandardCharsets.UTF_8);
        Path predictions = dir.resolve("dated-predictions.jsonl");
        ClusteringEvalCommand command = new ClusteringEvalCommand();
        command.out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        int exit = new CommandLine(command).execute("--corpus", corpus.toString(), "--label", "event",
                "--order", "date", "--predictions", predictions.toString());

        assertThat(exit).isZero();
        // 10:00+02:00 is 08:00Z; a and c tie at 09:00Z; the undated one comes first
        assertThat(Files.readAllLines(predictions).stream().map(p -> readJson(p).get("id").asText()))
                .containsExactly("d", "b", "a", "c");
    }

    @Test
    void sweepTriesEveryCombinationAndReportsTheBest() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ClusteringEvalCommand command = new ClusteringEvalCommand();
        command.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);

        int exit = new CommandLine(command).execute("--corpus", "samples/articles.jsonl", "--label", "event",
                "--order", "file", "--sweep", "aggregate.threshold=0.05,0.25", "--sweep", "aggregate.entity.weight=0,0.15");

        assertThat(exit).isZero();
        String[] lines = stdout.toString(StandardCharsets.UTF_8).strip().split("\n");
        List<String> tried = Arrays.stream(lines).filter(l -> l.startsWith("{aggregate.")).toList();
        assertThat(tried).hasSize(4);
        double bestTried = tried.stream()
                .mapToDouble(l -> Double.parseDouble(l.replaceAll(".*B3 F1 ([0-9.]+).*", "$1"))).max().orElseThrow();
        JsonNode best = readJson(lines[lines.length - 1]);
        assertThat(best.get("b3F1").asDouble()).isCloseTo(bestTried, within(1e-4)).isGreaterThan(0.9);
        assertThat(best.get("settings").has("aggregate.threshold")).isTrue();
        assertThat(best.get("settings").has("aggregate.entity.weight")).isTrue();
    }

    private static JsonNode readJson(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    private static String dated(String id, String publishedAt) {
        return Json.MAPPER.createObjectNode().put("id", id).put("event", id).put("title", "Story " + id)
                .put("text", "Text of story " + id + ".").put("publishedAt", publishedAt).toString();
    }

    private static String line(String id, String event, String title, String text) {
        return Json.MAPPER.createObjectNode().put("id", id).put("event", event).put("title", title).put("text", text)
                .toString();
    }
}
