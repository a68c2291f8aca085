package io.newsflow.ingest.extract.eval;

import java.nio.file.Path;

/**
 * One page of an extraction corpus.
 *
 * @param id   the file name without {@code .html} or {@code .html.gz}
 * @param file the HTML file
 * @param url  the page's address from {@code urls.json}, or a {@code file:} URI when the corpus gives none
 */
public record CorpusPage(String id, Path file, String url) {
}
