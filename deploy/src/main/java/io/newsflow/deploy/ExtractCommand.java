package io.newsflow.deploy;

import io.newsflow.ingest.extract.HtmlArticleExtractor;
import io.newsflow.ingest.extract.eval.CorpusExtraction;
import io.newsflow.ingest.extract.eval.ExtractionCorpus;
import io.newsflow.ingest.extract.eval.PagePrediction;
import io.newsflow.model.Json;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow extract}: runs ingest's HTML extractor over a corpus folder ({@code html/<id>.html[.gz]},
 * optional {@code urls.json}) and writes what it found for every page; never reads a ground truth.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts body, title, date and authors of every page of DIR/html and writes them as one JSON object.")
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder with html/ and optional urls.json.")
    Path corpus;

    @Option(names = "--output", required = true, paramLabel = "FILE.json", description = "Where to write the predictions.")
    Path output;

    @Option(names = "--split", defaultValue = "all",
            description = "all, dev (the half used for tuning) or test (the other half); default ${DEFAULT-VALUE}.")
    ExtractionCorpus.Split split;

    @Override
    public Integer call() throws Exception {
        ExtractionCorpus pages = new ExtractionCorpus(corpus);
        Map<String, PagePrediction> predictions = new CorpusExtraction(new HtmlArticleExtractor()).run(pages.pages(split));
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), predictions);
        System.err.printf("extract: %d pages -> %s%n", predictions.size(), output);
        return 0;
    }
}
