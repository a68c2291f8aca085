package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.ingest.extract.HtmlArticleExtractor;
import io.newsflow.ingest.extract.eval.CorpusExtraction;
import io.newsflow.ingest.extract.eval.CorpusPage;
import io.newsflow.ingest.extract.eval.DateMentions;
import io.newsflow.ingest.extract.eval.ExtractionCorpus;
import io.newsflow.ingest.extract.eval.ExtractionScorer;
import io.newsflow.ingest.extract.eval.ExtractionScores;
import io.newsflow.ingest.extract.eval.PagePrediction;
import io.newsflow.model.Json;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval extraction}: the same extraction as {@code newsflow extract}, scored against
 * {@code DIR/ground-truth.json} (read only for scoring) with {@link ExtractionScorer}.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Extracts every page of DIR/html and scores body (scrapinghub shingle P/R/F1), title, date and",
                "authors against DIR/ground-truth.json; the last line is one JSON object."})
final class ExtractionEvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder with html/, ground-truth.json, optional urls.json.")
    Path corpus;

    @Option(names = "--split", defaultValue = "all",
            description = "all, dev (the half used for tuning) or test (the other half); default ${DEFAULT-VALUE}.")
    ExtractionCorpus.Split split;

    @Option(names = "--worst", defaultValue = "0", paramLabel = "N", description = "Also list the N pages of lowest body F1.")
    int worst;

    /** Where the figures go; a field so that tests can read them. */
    PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        List<CorpusPage> pages = new ExtractionCorpus(corpus).pages(split);
        JsonNode truth = Json.MAPPER.readTree(corpus.resolve("ground-truth.json").toFile());
        long start = System.nanoTime();
        Map<String, PagePrediction> predictions = new CorpusExtraction(new HtmlArticleExtractor()).run(pages);
        double seconds = (System.nanoTime() - start) / 1e9;
        ExtractionScores scores = ExtractionScorer.score(truth, predictions);
        out.printf("pages %d (split %s), extracted in %.1f s%n", scores.pages(), split, seconds);
        out.printf("body      precision %.3f  recall %.3f  F1 %.3f%n", scores.bodyPrecision(), scores.bodyRecall(), scores.bodyF1());
        if (scores.titleAccuracy() != null) {
            out.printf("title     exact match %.3f on %d pages%n", scores.titleAccuracy(), scores.titlePages());
        }
        int withoutMention = 0;
        if (scores.dateAccuracy() != null) {
            withoutMention = datesNeverStated(pages, truth, scores.dateMisses());
            out.printf("date      same day %.3f on %d pages; %d misses, %d of them with the true day nowhere in the HTML%n",
                    scores.dateAccuracy(), scores.datePages(), scores.dateMisses().size(), withoutMention);
        }
        if (scores.authorsF1() != null) {
            out.printf("authors   precision %.3f  recall %.3f  F1 %.3f on %d pages%n", scores.authorsPrecision(),
                    scores.authorsRecall(), scores.authorsF1(), scores.authorPages());
        }
        scores.bodyByPage().stream()
                .sorted(Comparator.comparingDouble(page -> f1(page.overlap().precision(), page.overlap().recall())))
                .limit(worst)
                .forEach(page -> out.printf("worst body  %s  P %.3f R %.3f%n", page.id(),
                        page.overlap().precision(), page.overlap().recall()));
        ObjectNode line = Json.MAPPER.valueToTree(scores);
        line.put("corpus", corpus.getFileName().toString());
        line.put("split", split.name());
        if (scores.dateAccuracy() != null) {
            line.put("dateMissesNotInHtml", withoutMention);
        }
        out.println(Json.MAPPER.writeValueAsString(line));
        return 0;
    }

    private static int datesNeverStated(List<CorpusPage> pages, JsonNode truth, List<String> misses) throws Exception {
        int count = 0;
        for (CorpusPage page : pages) {
            if (misses.contains(page.id())) {
                String gold = truth.path(page.id()).path("date").asText();
                LocalDate day = LocalDate.parse(gold.substring(0, 10));
                String html = new String(ExtractionCorpus.read(page), StandardCharsets.UTF_8);
                count += DateMentions.mentioned(day, html) ? 0 : 1;
            }
        }
        return count;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
