package io.newsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow make-copies} and {@code newsflow eval dedup} on small corpora written here. */
class DedupCommandsTest {

    private static final String PORT = "The harbour authority said on Tuesday that container traffic fell by nine "
            + "percent in the first quarter, the steepest drop since the pandemic.\n"
            + "Shipping lines rerouted vessels around the Cape of Good Hope to avoid attacks in the Red Sea, and "
            + "terminal operators have cut night shifts while two berths stand idle.\n"
            + "Volumes from Asia were down by almost a fifth, while trade with Scandinavia held steady, a "
            + "spokeswoman said on Tuesday.\n"
            + "Economists expect the decline to ease in the summer, when insurers review the war-risk premiums "
            + "that made the route through the Suez Canal too costly.";
    private static final String RAIL = "The first direct trains between Oslo and Stockholm ran on Monday, cutting "
            + "the journey to four hours. The operator said that more than two thousand seats were sold for the "
            + "first week and that a night service will follow in the autumn, once the signalling upgrade "
            + "near Karlstad is finished and tested by the national rail authorities.";
    private static final String RAIL_OTHER_WORDS = "Oslo and Stockholm are now four hours apart by train: the "
            + "direct line opened on Monday. Over two thousand tickets went in the first week, the company "
            + "reported, and overnight trains are planned for autumn after new signals near Karlstad.";

    @TempDir
    Path dir;

    private static String line(String id, String title, String text) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", id);
        node.put("title", title);
        node.put("text", text);
        node.put("topic", "t1");
        return node.toString();
    }

    private Path corpus() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, String.join("\n", line("port", "Port traffic falls", PORT),
                line("rail", "Trains start", RAIL), line("rail-2", "Rail link opens", RAIL_OTHER_WORDS)) + "\n");
        return corpus;
    }

    private List<String> makeCopies(Path corpus, long seed, String name) throws Exception {
        Path out = dir.resolve(name);
        MakeCopiesCommand command = new MakeCopiesCommand();
        command.log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int exit = new CommandLine(command).execute("--corpus", corpus.toString(), "--out", out.toString(),
                "--seed", Long.toString(seed));
        assertThat(exit).isZero();
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    @Test
    void makeCopiesWritesAVariantAfterEachOriginalAndTheSameOutputForTheSameSeed() throws Exception {
        Path corpus = corpus();
        List<String> first = makeCopies(corpus, 7, "a.jsonl");
        assertThat(makeCopies(corpus, 7, "b.jsonl")).isEqualTo(first);
        assertThat(makeCopies(corpus, 8, "c.jsonl")).isNotEqualTo(first);

        assertThat(first).hasSize(6);
        List<String> originals = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            JsonNode original = Json.MAPPER.readTree(first.get(2 * i));
            JsonNode copy = Json.MAPPER.readTree(first.get(2 * i + 1));
            assertThat(original).isEqualTo(Json.MAPPER.readTree(originals.get(i)));
            assertThat(copy.get("id").asText()).isEqualTo(original.get("id").asText() + "-copy1");
            assertThat(copy.get("copyOf").asText()).isEqualTo(original.get("id").asText());
            assertThat(copy.get("topic").asText()).isEqualTo("t1");
            assertThat(copy.get("title").asText()).isNotEqualTo(original.get("title").asText());
            assertThat(copy.get("text").asText()).isNotEqualTo(original.get("text").asText());
        }
    }

    @Test
    void evalDedupScoresTheDetectorAgainstExactJaccardAndWritesEveryPrediction() throws Exception {
        Path corpus = dir.resolve("pairs.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(corpus(), StandardCharsets.UTF_8));
        lines.add(line("port-copy", "UPDATE: Port traffic falls", "By Ana Ruiz, Newsflow Wire\n" + PORT
                .replace("steepest", "sharpest")));
        lines.add(line("rail-copy", "Trains start", RAIL.toUpperCase()));
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        Path predictions = dir.resolve("predictions.jsonl");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        DedupEvalCommand command = new DedupEvalCommand();
        command.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);

        int exit = new CommandLine(command).execute("--corpus", corpus.toString(), "--tau", "0.85",
                "--predictions", predictions.toString());

        assertThat(exit).isZero();
        String[] out = stdout.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode result = Json.MAPPER.readTree(out[out.length - 1]);
        assertThat(result.get("articles").asInt()).isEqualTo(5);
        assertThat(result.get("tau").asDouble()).isEqualTo(0.85);
        assertThat(result.get("pairs").asInt()).isEqualTo(2);
        assertThat(result.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(result.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(result.get("recallAt090").asDouble()).isEqualTo(1.0);
        assertThat(result.get("recallAt095").asDouble()).isEqualTo(1.0);
        List<JsonNode> written = new ArrayList<>();
        for (String p : Files.readAllLines(predictions)) {
            written.add(Json.MAPPER.readTree(p));
        }
        assertThat(written).extracting(p -> p.get("id").asText())
                .containsExactly("port", "rail", "rail-2", "port-copy", "rail-copy");
        assertThat(written).extracting(p -> p.get("duplicateOf").asText(null))
                .containsExactly(null, null, null, "port", "rail");
        assertThat(written.get(4).get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(written.get(2).get("similarity").isNull()).isTrue();
    }
}
