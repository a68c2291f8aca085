package io.newsflow.ingest.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.ingest.extract.HtmlArticleExtractor;
import io.newsflow.model.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The regression floor of extraction quality on the shared corpora (the same code as
 * {@code newsflow eval extraction}). The floors sit below the measured figures (docs/ingest.md): they catch a
 * regression, they are not the goal. Skipped where the shared data is absent.
 */
class ExtractionQualityTest {

    private static final Path DATA = Path.of("..").toAbsolutePath().normalize().getParent()
            .resolve("shared/data/extraction");

    @Test
    void scrapinghubBodyF1StaysAboveTheFloor() throws Exception {
        ExtractionScores scores = evaluate("scrapinghub");

        assertThat(scores.pages()).isEqualTo(181);
        assertThat(scores.bodyF1()).as("scrapinghub body F1").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void newsSitesFieldsStayAboveTheirFloors() throws Exception {
        ExtractionScores scores = evaluate("news-sites");

        assertThat(scores.bodyF1()).as("news-sites body F1").isGreaterThanOrEqualTo(0.92);
        assertThat(scores.titleAccuracy()).as("news-sites title").isGreaterThanOrEqualTo(0.85);
        assertThat(scores.dateAccuracy()).as("news-sites date").isGreaterThanOrEqualTo(0.75);
        assertThat(scores.authorsF1()).as("news-sites authors").isGreaterThanOrEqualTo(0.70);
    }

    private static ExtractionScores evaluate(String name) throws Exception {
        Path corpus = DATA.resolve(name);
        Assumptions.assumeTrue(Files.exists(corpus.resolve("ground-truth.json")),
                "shared corpus " + corpus + " absent: skipped");
        Map<String, PagePrediction> predictions = new CorpusExtraction(new HtmlArticleExtractor())
                .run(new ExtractionCorpus(corpus).pages(ExtractionCorpus.Split.all));
        JsonNode truth = Json.MAPPER.readTree(corpus.resolve("ground-truth.json").toFile());
        return ExtractionScorer.score(truth, predictions);
    }
}
