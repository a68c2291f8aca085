package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileTest {

    @TempDir
    Path dir;

    @Test
    void linesAreSourcesCommentsAndBadLinesAreLeftOutAndChangesAreSeen() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("incoming"));
        Path jsonl = Files.writeString(dir.resolve("wire.jsonl"), "");
        Path file = dir.resolve("sources.txt");
        Files.writeString(file, "# local sources\n" + folder + "   # the drop folder\n\n" + dir.resolve("missing") + "\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        SourcesFile sources = new SourcesFile(file, spec -> Sources.of(spec, 1024));

        List<ArticleSource> first = readers(sources);
        assertThat(first).extracting(ArticleSource::describe).singleElement().asString().contains("incoming");
        assertThat(readers(sources)).containsExactlyElementsOf(first);

        Files.writeString(file, folder + "\n" + jsonl + "\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-01-02T00:00:00Z")));
        List<ArticleSource> second = readers(sources);

        assertThat(second).hasSize(2);
        assertThat(second.get(0)).as("a source that stays keeps its reader").isSameAs(first.get(0));
        assertThat(second.get(1).describe()).contains("wire.jsonl");
    }

    @Test
    void aSourceMayCarryItsOwnIntervalAndKeepsItsReaderWhenTheIntervalChanges() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drop folder"));
        Path file = dir.resolve("sources.txt");
        Files.writeString(file, folder + " every=5m\n" + dir.resolve("wire.jsonl") + " every=soon\n");
        Files.writeString(dir.resolve("wire.jsonl"), "");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        SourcesFile sources = new SourcesFile(file, spec -> Sources.of(spec, 1024));

        List<PolledSource> first = sources.current();
        assertThat(first).hasSize(2);
        assertThat(first.get(0).source().describe()).as("a path with a space").contains("drop folder");
        assertThat(first.get(0).every()).isEqualTo(Duration.ofMinutes(5));
        assertThat(first.get(1).every()).as("not a duration: the default interval").isNull();

        Files.writeString(file, folder + " every=PT1H\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-01-02T00:00:00Z")));
        List<PolledSource> second = sources.current();

        assertThat(second).singleElement().satisfies(polled -> {
            assertThat(polled.every()).isEqualTo(Duration.ofHours(1));
            assertThat(polled.source()).isSameAs(first.get(0).source());
        });
    }

    private static List<ArticleSource> readers(SourcesFile sources) throws java.io.IOException {
        return sources.current().stream().map(PolledSource::source).toList();
    }

    @Test
    void duplicateLinesCountOnce() {
        assertThat(SourcesFile.specs(List.of("a", " a ", "b # x", "#c"))).containsExactly("a", "b");
    }
}
