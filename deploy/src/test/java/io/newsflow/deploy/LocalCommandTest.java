package io.newsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import io.newsflow.model.testing.SharedKafka;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code newsflow local --once} as a user runs it: a real KRaft broker in its own process (or an
 * existing cluster), a folder of articles in, one JSON line per story out.
 */
class LocalCommandTest {

    private static final String SUMMIT_A = "Kenyan and Ethiopian water ministers signed a treaty on the Daua River "
            + "in Nairobi on Tuesday, sharing its seasonal floods between the two countries for the first time.\n"
            + "Ethiopia will release dry-season flows and Kenya will build monitoring stations along the river.";
    private static final String SUMMIT_B = "A Daua River treaty signed in Nairobi on Tuesday splits the river's "
            + "seasonal floods between Kenya and Ethiopia, ending years of dispute over dry-season flows.\n"
            + "Monitoring stations will be built by Kenya while Ethiopia releases water in the dry months.";
    private static final String VOLCANO = "Mount Rinjani on the Indonesian island of Lombok erupted on Sunday, "
            + "sending an ash column eight kilometres high and forcing Australian airlines to cancel flights to Bali.";

    @TempDir
    static Path dir;
    private static Path articles;

    @BeforeAll
    static void writeArticles() throws Exception {
        articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a-treaty.txt"), "Kenya and Ethiopia sign Daua River treaty\n" + SUMMIT_A);
        Files.writeString(articles.resolve("b-treaty.txt"), "Daua River deal ends Kenya-Ethiopia dispute\n" + SUMMIT_B);
        Files.writeString(articles.resolve("c-treaty-repost.txt"), "Water treaty signed\n" + SUMMIT_A);
        Files.writeString(articles.resolve("d-volcano.txt"), "Rinjani eruption grounds flights\n" + VOLCANO);
        Files.write(articles.resolve("e-broken.txt"), "Caf\u00e9 headline\nLatin-1 body \u00e9t\u00e9"
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void onceWithItsOwnBrokerPrintsEveryArticleInAStoryAndTheSameStoriesWhenRunAgain() throws Exception {
        Run first = run("--once", "--data-dir", dir.resolve("local").toString(), articles.toString());
        Run second = run("--once", "--data-dir", dir.resolve("local").toString(), articles.toString());

        assertThat(first.exitCode).isZero();
        assertThat(second.exitCode).isZero();
        List<JsonNode> stories = first.lines();
        assertThat(stories).hasSize(2);
        assertThat(identity(second.lines())).as("a second run starts from empty state and gives the same stories")
                .isEqualTo(identity(stories));

        JsonNode treaty = storyWith(stories, "a-treaty.txt");
        assertThat(paths(treaty)).containsExactlyInAnyOrder("a-treaty.txt", "b-treaty.txt", "c-treaty-repost.txt");
        assertThat(treaty.get("headline").asText()).isNotBlank();
        assertThat(codes(treaty.get("actors"))).contains("KEN", "ETH");
        assertThat(treaty.get("actors").get(0).get("name").asText()).isNotBlank();
        assertThat(treaty.get("actors").get(0).get("count").asInt()).isPositive();
        assertThat(treaty.get("firstSeen").asText()).isNotBlank();
        assertThat(treaty.get("lastSeen").asText()).isNotBlank();
        JsonNode repost = articleAt(treaty, "c-treaty-repost.txt");
        JsonNode original = articleAt(treaty, "a-treaty.txt");
        assertThat(repost.get("duplicateOf").asText()).as("the later identical text is a copy of the earlier")
                .isEqualTo(original.get("id").asText());
        assertThat(original.get("duplicateOf").isNull()).isTrue();
        assertThat(treaty.get("syndicatedCopies").asInt()).isEqualTo(1);
        for (JsonNode article : treaty.get("articles")) {
            assertThat(article.get("url").asText()).startsWith("file:");
            assertThat(article.get("path").asText()).startsWith(articles.toString());
            assertThat(article.get("id").asText()).hasSize(32);
            assertThat(article.get("title").asText()).isNotBlank();
            assertThat(article.has("publishedAt")).isTrue();
            assertThat(article.get("actors").isArray()).isTrue();
        }

        JsonNode volcano = storyWith(stories, "d-volcano.txt");
        assertThat(paths(volcano)).containsExactly("d-volcano.txt");
        assertThat(codes(volcano.get("actors"))).contains("IDN", "AUS");
        assertThat(first.stdout).doesNotContain("e-broken").as("the undecodable file is dead-lettered, not printed");
        assertThat(first.stderr).as("the dashboard URL goes to stderr; stdout holds only the story lines")
                .containsPattern("newsflow dashboard: http://127\\.0\\.0\\.1:[0-9]+/");
    }

    @Test
    void onceAgainstAnExistingClusterUsesFreshTopicsAndRemovesThem() throws Exception {
        Run run = run("--once", "--bootstrap-servers", SharedKafka.bootstrapServers(),
                "--data-dir", dir.resolve("shared").toString(), articles.toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.lines()).hasSize(2);
        try (Admin admin = Admin.create(SharedKafka.clientProperties())) {
            Set<String> left = admin.listTopics().names().get().stream()
                    .filter(name -> name.startsWith("newsflow-once-")).collect(Collectors.toSet());
            assertThat(left).isEmpty();
        }
    }

    @Test
    void onceFailsWithAClearMessageWhenArticlesAreNotAccountedForInTime() throws Exception {
        Run run = run("--once", "--timeout", "1ms", "--bootstrap-servers", SharedKafka.bootstrapServers(),
                "--data-dir", dir.resolve("timeout").toString(), articles.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.stdout).isEmpty();
    }

    /** What must not change between runs: story ids, their articles and copy marks (times are fetch times). */
    private static List<String> identity(List<JsonNode> stories) {
        List<String> identity = new ArrayList<>();
        for (JsonNode story : stories) {
            StringBuilder line = new StringBuilder(story.get("storyId").asText());
            story.get("articles").forEach(a -> line.append(' ').append(a.get("id").asText())
                    .append('<').append(a.get("duplicateOf").asText(null)));
            identity.add(line.toString());
        }
        return identity;
    }

    private static JsonNode storyWith(List<JsonNode> stories, String file) {
        return stories.stream().filter(s -> paths(s).contains(file)).findFirst().orElseThrow();
    }

    private static JsonNode articleAt(JsonNode story, String file) {
        for (JsonNode article : story.get("articles")) {
            if (article.get("path").asText().endsWith(file)) {
                return article;
            }
        }
        throw new AssertionError("no article " + file + " in " + story);
    }

    private static List<String> paths(JsonNode story) {
        List<String> names = new ArrayList<>();
        story.get("articles").forEach(a -> names.add(Path.of(a.get("path").asText()).getFileName().toString()));
        return names;
    }

    private static List<String> codes(JsonNode actors) {
        List<String> codes = new ArrayList<>();
        actors.forEach(a -> codes.add(a.get("code").asText()));
        return codes;
    }

    private static Run run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        LocalCommand command = new LocalCommand();
        command.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        command.err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        int exitCode = new CommandLine(command).execute(args);
        return new Run(exitCode, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String stdout, String stderr) {
        List<JsonNode> lines() throws Exception {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : stdout.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(Json.MAPPER.readTree(line));
                }
            }
            return lines;
        }
    }

}
