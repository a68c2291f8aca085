package io.newsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import picocli.CommandLine;

/**
 * {@code newsflow local --once} against the official {@code apache/kafka} image, where a Docker engine
 * exists. Skipped without one; the in-JVM and separate-process broker tests cover the same path.
 */
@Testcontainers(disabledWithoutDocker = true)
class KafkaContainerPipelineTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.3.1");

    @TempDir
    Path dir;

    @Test
    void sampleCorpusBecomesStoriesOnTheOfficialBrokerImage() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        LocalCommand command = new LocalCommand();
        command.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);

        int exitCode = new CommandLine(command).execute("--once", "--bootstrap-servers", KAFKA.getBootstrapServers(),
                "--data-dir", dir.toString(), "samples/articles.jsonl");

        assertThat(exitCode).isZero();
        List<JsonNode> stories = new ArrayList<>();
        for (String line : stdout.toString(StandardCharsets.UTF_8).split("\n")) {
            stories.add(Json.MAPPER.readTree(line));
        }
        int articles = stories.stream().mapToInt(story -> story.get("articles").size()).sum();
        int copies = stories.stream().mapToInt(story -> story.get("syndicatedCopies").asInt()).sum();
        assertThat(articles).isEqualTo(48);
        assertThat(copies).isGreaterThanOrEqualTo(3);
        assertThat(stories.size()).isBetween(12, 16);
    }
}
