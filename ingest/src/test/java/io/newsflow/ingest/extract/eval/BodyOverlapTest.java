package io.newsflow.ingest.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BodyOverlapTest {

    @Test
    void identicalTextsScoreOne() {
        BodyOverlap overlap = BodyOverlap.of("one two three four five", "one two three four five");

        assertThat(overlap.precision()).isEqualTo(1.0);
        assertThat(overlap.recall()).isEqualTo(1.0);
    }

    @Test
    void shinglesAreCountedAsAMultisetAndNormalizedPerPage() {
        // truth: 4 shingles; prediction repeats the text, so its 4 shingles come twice plus one across the seam
        BodyOverlap overlap = BodyOverlap.of("a b c d e f g", "a b c d e f g a b c d e f g");

        assertThat(overlap.tp() + overlap.fp() + overlap.fn()).isCloseTo(1.0, within(1e-9));
        assertThat(overlap.recall()).isEqualTo(1.0);
        assertThat(overlap.precision()).isCloseTo(4.0 / 11, within(1e-9));
    }

    @Test
    void tokensAreUnicodeWordRunsAndPunctuationDoesNotCount() {
        BodyOverlap overlap = BodyOverlap.of("Grüße aus Zürich, heute schneit es.", "Grüße — aus Zürich heute; schneit es");

        assertThat(overlap.precision()).isEqualTo(1.0);
        assertThat(overlap.recall()).isEqualTo(1.0);
    }

    @Test
    void aTextShorterThanFourTokensIsOneShingle() {
        assertThat(BodyOverlap.shingles("just three words")).containsOnlyKeys("just\u0000three\u0000words");
        assertThat(BodyOverlap.of("just three words", "just three").recall()).isZero();
    }

    @Test
    void anEmptyPredictionCountsInRecallOnlyAsTheBenchmarkDoes() throws Exception {
        JsonNode truth = Json.MAPPER.readTree("""
                {"a": {"articleBody": "one two three four five"}, "b": {"articleBody": "six seven eight nine ten"}}""");
        Map<String, PagePrediction> predictions = new LinkedHashMap<>();
        predictions.put("a", new PagePrediction("one two three four five", "", null, List.of(), null));
        predictions.put("b", new PagePrediction("", "", null, List.of(), null));

        ExtractionScores scores = ExtractionScorer.score(truth, predictions);

        assertThat(scores.bodyPrecision()).isEqualTo(1.0);
        assertThat(scores.bodyRecall()).isEqualTo(0.5);
        assertThat(scores.bodyF1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }

    @Test
    void titleDateAndAuthorsAreScoredAsSpecified() throws Exception {
        JsonNode truth = Json.MAPPER.readTree("""
                {"a": {"articleBody": "x", "title": "Storm  Hits Coast", "date": "2023-12-19",
                       "authors": "Ann Lee, Bo Chen and Cy Dunn"}}""");
        Map<String, PagePrediction> predictions = Map.of("a", new PagePrediction("x", "storm hits coast",
                "2023-12-19T22:30:00-05:00", List.of("Ann Lee", "Bo Chen", "Somebody Else"), "en"));

        ExtractionScores scores = ExtractionScorer.score(truth, predictions);

        assertThat(scores.titleAccuracy()).isEqualTo(1.0);
        assertThat(scores.dateAccuracy()).as("the publisher's day, not the UTC one (Dec 20)").isEqualTo(1.0);
        assertThat(scores.authorsPrecision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(scores.authorsRecall()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void theDevAndTestSplitsPartitionTheIds() {
        List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        long dev = ids.stream().filter(id -> ExtractionCorpus.inSplit(id, ExtractionCorpus.Split.dev)).count();
        long test = ids.stream().filter(id -> ExtractionCorpus.inSplit(id, ExtractionCorpus.Split.test)).count();

        assertThat(dev + test).isEqualTo(ids.size());
        assertThat(dev).isPositive();
        assertThat(test).isPositive();
    }
}
