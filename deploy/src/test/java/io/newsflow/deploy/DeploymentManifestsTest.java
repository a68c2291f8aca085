package io.newsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docker-compose file and the Kubernetes manifests cannot run here (no Docker, no cluster), so this
 * checks what drifts when the code changes: every container starts a main class that exists, with
 * settings newsflow reads, and kustomize lists every manifest.
 */
class DeploymentManifestsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path K8S = Path.of("k8s");

    @Test
    void composeServicesRunExistingMainClassesAgainstTheBrokerService() throws Exception {
        JsonNode compose = YAML.readTree(Path.of("docker-compose.yml").toFile());
        JsonNode services = compose.get("services");
        assertThat(services.get("kafka").get("image").asText()).isEqualTo("apache/kafka:4.3.1");
        for (String name : List.of("topics", "ingest", "enrich", "aggregate")) {
            JsonNode command = services.get(name).get("command");
            assertThat(command).as(name).isNotNull();
            assertMainClassExists(command.get(0).asText());
            assertThat(services.get(name).get("environment").get("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS").asText())
                    .isEqualTo("kafka:9092");
        }
    }

    @Test
    void kubernetesContainersRunExistingMainClassesWithNewsflowSettings() throws Exception {
        List<JsonNode> documents = documents();
        List<JsonNode> containers = new ArrayList<>();
        for (JsonNode doc : documents) {
            JsonNode spec = doc.path("spec").path("template").path("spec").path("containers");
            spec.forEach(containers::add);
        }
        assertThat(containers).extracting(c -> c.get("name").asText())
                .containsExactlyInAnyOrder("topics", "enrich", "aggregate", "ingest");
        for (JsonNode container : containers) {
            assertMainClassExists(container.get("args").get(0).asText());
            assertThat(container.get("envFrom").toString()).contains("newsflow-config");
        }
        JsonNode config = documents.stream().filter(d -> "ConfigMap".equals(d.path("kind").asText())).findFirst()
                .orElseThrow();
        config.get("data").fieldNames().forEachRemaining(key -> assertThat(key).startsWith("NEWSFLOW_"));
    }

    /** Every NEWSFLOW_ variable the manifests set is a setting the README's configuration table documents. */
    @Test
    void everyVariableTheManifestsSetIsADocumentedSetting() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> variables = new ArrayList<>();
        YAML.readTree(Path.of("docker-compose.yml").toFile()).get("services").forEach(service ->
                service.path("environment").fieldNames().forEachRemaining(variables::add));
        for (JsonNode doc : documents()) {
            doc.path("data").fieldNames().forEachRemaining(variables::add);
            doc.path("spec").path("template").path("spec").path("containers").forEach(container ->
                    container.path("env").forEach(env -> variables.add(env.get("name").asText())));
        }
        List<String> newsflow = variables.stream().filter(v -> v.startsWith("NEWSFLOW_")).distinct().toList();
        assertThat(newsflow).hasSizeGreaterThan(5).allSatisfy(variable -> assertThat(documented(readme, variable))
                .as("%s is in the README's configuration table", variable).isTrue());
    }

    private static boolean documented(String readme, String variable) {
        if (variable.startsWith("NEWSFLOW_KAFKA_") || readme.contains("`" + variable + "`")) {
            return true;
        }
        // rows that document a family of settings at once, e.g. `NEWSFLOW_ENRICH_METRICS_*`
        return Pattern.compile("`(NEWSFLOW_[A-Z_]+)\\*`").matcher(readme).results()
                .anyMatch(family -> variable.startsWith(family.group(1)));
    }

    @Test
    void kustomizationListsEveryManifest() throws Exception {
        JsonNode kustomization = YAML.readTree(K8S.resolve("kustomization.yaml").toFile());
        List<String> listed = new ArrayList<>();
        kustomization.get("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.list(K8S)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("kustomization.yaml")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    private static List<JsonNode> documents() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(K8S)) {
            for (Path file : files.sorted().toList()) {
                try (YAMLParser parser = ((YAMLFactory) YAML.getFactory()).createParser(file.toFile())) {
                    YAML.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
                }
            }
        }
        return documents;
    }

    private static void assertMainClassExists(String className) throws Exception {
        Class<?> type = Class.forName(className);
        assertThat(type.getMethod("main", String[].class)).as(className).isNotNull();
    }
}
