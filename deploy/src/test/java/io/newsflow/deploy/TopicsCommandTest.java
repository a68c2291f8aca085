package io.newsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.testing.SharedKafka;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow topics} against the real shared broker: creates what the registry says, twice safely. */
class TopicsCommandTest {

    @TempDir
    Path dir;

    @Test
    void createsEveryRegisteredTopicWithItsSettingsAndLeavesExistingOnesAlone() throws Exception {
        String prefix = "topics-cmd-" + System.nanoTime() + ".";
        Path config = dir.resolve("newsflow.properties");
        Files.writeString(config, "topic.prefix=" + prefix + "\ntopic.partitions=2\n", StandardCharsets.UTF_8);

        String first = run(config);
        String second = run(config);

        assertThat(second).as("a second run changes nothing and reports the same").isEqualTo(first);
        assertThat(first).contains(prefix + "news.stories partitions=2 cleanup=compact retention=forever",
                prefix + "news.articles.raw partitions=2 cleanup=delete retention=30d");
        try (Admin admin = Admin.create(SharedKafka.clientProperties())) {
            Set<String> names = admin.listTopics().names().get().stream().filter(n -> n.startsWith(prefix))
                    .collect(Collectors.toSet());
            assertThat(names).hasSize(5);
            Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
            assertThat(described.values()).allSatisfy(d -> assertThat(d.partitions()).hasSize(2));
            ConfigResource stories = new ConfigResource(ConfigResource.Type.TOPIC, prefix + "news.stories");
            Config storiesConfig = admin.describeConfigs(List.of(stories)).all().get().get(stories);
            assertThat(storiesConfig.get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    private static String run(Path config) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        TopicsCommand command = new TopicsCommand();
        command.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        int status = new CommandLine(command).execute("--config", config.toString(), "--bootstrap-servers",
                SharedKafka.bootstrapServers());
        assertThat(status).isZero();
        return stdout.toString(StandardCharsets.UTF_8);
    }
}
