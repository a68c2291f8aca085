package io.newsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow extract} and {@code newsflow eval extraction} on a small corpus written here. */
class ExtractionCommandsTest {

    private static final String STORY = """
            <html><head><title>Bridge reopens | City Times</title>
            <meta property="og:site_name" content="City Times">
            <meta property="article:published_time" content="2024-03-01T23:30:00-05:00">
            <meta name="author" content="By Ann Lee and Bo Chen"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Bridge reopens</h1>
            <p>The old bridge over the river reopened on Friday after two years of repairs, the city said.</p>
            <p>Traffic was light in the morning, but officials expect thousands of cars a day by next week.</p>
            <p>The repairs cost more than planned, because the steel had rusted further than surveys showed.</p>
            </article><footer>Copyright City Times</footer></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void extractWritesEveryPageWithoutReadingTheTruth() throws Exception {
        Path corpus = corpus();
        Path output = dir.resolve("out.json");

        int exit = new CommandLine(new ExtractCommand()).execute("--corpus", corpus.toString(), "--output", output.toString());

        assertThat(exit).isZero();
        JsonNode written = Json.MAPPER.readTree(output.toFile());
        assertThat(written.size()).isEqualTo(2);
        JsonNode bridge = written.get("bridge");
        assertThat(bridge.get("title").asText()).isEqualTo("Bridge reopens");
        assertThat(bridge.get("date").asText()).isEqualTo("2024-03-01T23:30-05:00");
        assertThat(bridge.get("authors")).extracting(JsonNode::asText).containsExactly("Ann Lee", "Bo Chen");
        assertThat(bridge.get("articleBody").asText()).startsWith("The old bridge").doesNotContain("Home", "Copyright");
    }

    @Test
    void evalPrintsFiguresAndEndsWithOneJsonLine() throws Exception {
        Path corpus = corpus();
        Files.writeString(corpus.resolve("ground-truth.json"), """
                {"bridge": {"articleBody": "The old bridge over the river reopened on Friday after two years of repairs, the city said.\\n\\nTraffic was light in the morning, but officials expect thousands of cars a day by next week.\\n\\nThe repairs cost more than planned, because the steel had rusted further than surveys showed.",
                            "title": "Bridge Reopens", "date": "2024-03-01", "authors": "Ann Lee and Bo Chen"},
                 "empty": {"articleBody": "Text the page does not have at all.", "title": "Nothing", "date": "2024-01-01", "authors": ""}}
                """);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ExtractionEvalCommand command = new ExtractionEvalCommand();
        command.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);

        int exit = new CommandLine(command).execute("--corpus", corpus.toString());

        assertThat(exit).isZero();
        String[] lines = stdout.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode result = Json.MAPPER.readTree(lines[lines.length - 1]);
        assertThat(result.get("pages").asInt()).isEqualTo(2);
        assertThat(result.get("bodyPrecision").asDouble()).as("\"Hi\" shares nothing with the truth").isEqualTo(0.5);
        assertThat(result.get("bodyRecall").asDouble()).isEqualTo(0.5);
        assertThat(result.get("titleAccuracy").asDouble()).isEqualTo(0.5);
        assertThat(result.get("dateAccuracy").asDouble()).as("the publisher's day, though UTC is March 2").isEqualTo(0.5);
        assertThat(result.get("dateMissesNotInHtml").asInt()).isEqualTo(1);
        assertThat(result.get("authorsF1").asDouble()).isEqualTo(1.0);
    }

    private Path corpus() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("html/bridge.html.gz")))) {
            out.write(STORY.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(corpus.resolve("html/empty.html"), "<html><body><p>Hi</p></body></html>");
        Files.writeString(corpus.resolve("urls.json"), "{\"bridge\": \"https://news.example/2024/03/01/bridge\"}");
        return corpus;
    }
}
