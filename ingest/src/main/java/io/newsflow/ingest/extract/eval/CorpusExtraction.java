package io.newsflow.ingest.extract.eval;

import io.newsflow.ingest.extract.HtmlArticleExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the production extractor over every page of a corpus, the same way ingest runs it on a fetched page. */
public final class CorpusExtraction {

    private final HtmlArticleExtractor extractor;

    public CorpusExtraction(HtmlArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** Predictions by page id, in page order. */
    public Map<String, PagePrediction> run(List<CorpusPage> pages) throws IOException {
        Map<String, PagePrediction> predictions = new LinkedHashMap<>();
        for (CorpusPage page : pages) {
            byte[] html = ExtractionCorpus.read(page);
            predictions.put(page.id(), PagePrediction.of(extractor.extract(new ByteArrayInputStream(html), page.url())));
        }
        return predictions;
    }
}
