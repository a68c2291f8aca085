package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aFolderIsReadAsAFolder() throws IOException {
        write("a.txt", "Folder story\nbody");

        ArticleSource source = Sources.of(dir.toString(), 1024);

        assertThat(source).isInstanceOf(FolderSource.class);
        assertThat(CollectingSink.read(source).titles()).containsExactly("Folder story");
    }

    @Test
    void jsonlAndNdjsonFilesAreReadLineByLine() throws IOException {
        Path jsonl = write("a.jsonl", "{\"title\":\"Line one\",\"text\":\"x\"}\n");
        Path ndjson = write("b.NDJSON", "{\"title\":\"Line two\",\"text\":\"y\"}\n");

        assertThat(Sources.of(jsonl.toString(), 1024)).isInstanceOf(JsonlSource.class);
        assertThat(CollectingSink.read(Sources.of(ndjson.toString(), 1024)).titles()).containsExactly("Line two");
    }

    @Test
    void aJsonlLineLongerThanTheFileLimitIsRejected() throws IOException {
        Path jsonl = write("a.jsonl", "{\"title\":\"Long\",\"text\":\"" + "x".repeat(100) + "\"}\n"
                + "{\"title\":\"Short\",\"text\":\"y\"}\n");

        CollectingSink sink = CollectingSink.read(Sources.of(jsonl.toString(), 64));

        assertThat(sink.titles()).containsExactly("Short");
        assertThat(sink.failures).extracting(CollectingSink.Failure::reason).containsExactly("line longer than 64 bytes");
    }

    @Test
    void singleArticleFilesAreRead() throws IOException {
        Path txt = write("one.txt", "Single\nfile");

        assertThat(CollectingSink.read(Sources.of(txt.toString(), 1024)).titles()).containsExactly("Single");
    }

    @Test
    void anUnknownKindOfFileIsRefused() throws IOException {
        Path csv = write("data.csv", "a,b\n");

        assertThatThrownBy(() -> Sources.of(csv.toString(), 1024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data.csv");
    }

    @Test
    void aMissingPathIsRefused() {
        String missing = dir.resolve("nowhere").toString();

        assertThatThrownBy(() -> Sources.of(missing, 1024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no such file or folder: " + missing);
    }
}
