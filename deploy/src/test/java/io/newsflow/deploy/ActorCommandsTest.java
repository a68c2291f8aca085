package io.newsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow tag} and {@code newsflow eval actors} on small inputs written here. */
class ActorCommandsTest {

    private static final Path SHARED = Path.of("..").toAbsolutePath().normalize().getParent().resolve("shared/data");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void tagsOneTextAsJsonOnItsDate() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "Ukrainian Foreign Minister Dmytro Kuleba met NATO "
                + "leaders in Brussels. A meeting in Seoul followed.");
        TagCommand tag = new TagCommand();
        tag.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        tag.file = text;
        tag.date = LocalDate.of(2023, 6, 1);

        assertThat(tag.call()).isZero();
        JsonNode result = Json.MAPPER.readTree(bytes.toString(StandardCharsets.UTF_8));
        assertThat(result.get("date").asText()).isEqualTo("2023-06-01");
        assertThat(result.get("actors").findValuesAsText("code")).containsExactly("UKRGOV", "IGOWSTNAT");
        assertThat(result.get("places").findValuesAsText("country")).contains("KOR");
        assertThat(result.get("dictionaryVersion").asText()).startsWith("curated-");
    }

    @Test
    void tagsJsonlOneLinePerDocumentWithCodesAndPlaces() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("docs.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"text\":\"Dmytro Kuleba spoke in Kherson.\",\"publishedAt\":\"2023-05-01T10:00:00+03:00\"}",
                "{\"id\":\"b\",\"text\":\"Dmytro Kuleba spoke.\",\"date\":\"2024-10-01\",\"other\":1}",
                "", "{\"id\":\"c\",\"text\":\"Nothing here.\"}"));
        TagCommand tag = new TagCommand();
        tag.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        tag.jsonl = jsonl;

        assertThat(tag.call()).isZero();
        assertThat(lines()).containsExactly("{\"id\":\"a\",\"actors\":[\"UKRGOV\"],\"places\":[\"UKR\"]}",
                "{\"id\":\"b\",\"actors\":[\"UKRELI\"],\"places\":[]}", "{\"id\":\"c\",\"actors\":[],\"places\":[]}");
    }

    @Test
    void evalOnJsonlScoresMicroPrecisionRecallAndF1() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
                "{\"id\":\"1\",\"date\":\"2023-10-26\",\"text\":\"Russian troops shelled Kherson.\",\"actors\":[\"RUSMIL\"]}",
                "{\"id\":\"2\",\"date\":\"2023-10-26\",\"text\":\"Japan and Peru talked.\",\"actors\":[\"JPN\",\"CHL\"]}"));
        ActorsEvalCommand eval = new ActorsEvalCommand();
        eval.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        eval.file = jsonl;

        assertThat(eval.call()).isZero();
        JsonNode result = Json.MAPPER.readTree(lines().get(lines().size() - 1));
        assertThat(result.get("truePositives").asInt()).isEqualTo(2);
        assertThat(result.get("falsePositives").asInt()).isEqualTo(1);
        assertThat(result.get("falseNegatives").asInt()).isEqualTo(1);
        assertThat(result.get("precision").asDouble()).isEqualTo(0.6667);
        assertThat(result.get("f1").asDouble()).isEqualTo(0.6667);
    }

    @Test
    void evalOnPetrarchValidationReachesCountryRecallTargetWithPhoenix() throws Exception {
        Path xml = SHARED.resolve("actors/validation/PETR2_GSR_validation.xml");
        Path phoenix = SHARED.resolve("actors/phoenix");
        assumeTrue(Files.exists(xml) && Files.isDirectory(phoenix), xml + " or " + phoenix + " absent: skipped");
        ActorsEvalCommand eval = new ActorsEvalCommand();
        eval.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        eval.file = xml;
        eval.dictionaries = phoenix;

        assertThat(eval.call()).isZero();
        JsonNode result = Json.MAPPER.readTree(lines().get(lines().size() - 1));
        assertThat(result.get("sentencesWithCodes").asInt()).isEqualTo(66);
        assertThat(result.get("countryRecall").asDouble()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.get("dictionaryVersion").asText()).contains("+petrarch-");
    }

    @Test
    void evalNamesScoresSpansOfKnownAndUnknownNames() throws Exception {
        Path conll = Files.writeString(dir.resolve("names.conll"), String.join("\n",
                "Maria\tB-PER", "Gonzalez\tI-PER", "visited\tO", "Kenya\tB-LOC", "and\tO", "the\tO",
                "Andean\tB-ORG", "Water\tI-ORG", "Board\tI-ORG", ".\tO", "", "It\tO", "rained\tO", ".\tO", ""));
        NamesEvalCommand eval = new NamesEvalCommand();
        eval.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        eval.file = conll;

        assertThat(eval.call()).isZero();
        JsonNode result = Json.MAPPER.readTree(lines().get(lines().size() - 1));
        assertThat(result.get("goldNames").asInt()).isEqualTo(3);
        assertThat(result.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(result.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(result.get("recallPER").asDouble()).isEqualTo(1.0);
    }

    @Test
    void commandsAreRegisteredOnTheCli() {
        CommandLine cli = new CommandLine(new NewsflowCli());

        assertThat(cli.getSubcommands()).containsKey("tag");
        assertThat(cli.getSubcommands().get("eval").getSubcommands()).containsKeys("actors", "names");
    }
}
