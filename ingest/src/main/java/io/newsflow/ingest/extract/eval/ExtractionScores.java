package io.newsflow.ingest.extract.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Extraction quality on a corpus. A figure is null when the truth has no value of that field.
 *
 * @param pages            pages scored
 * @param bodyPrecision    shingle precision averaged over pages with a predicted body
 * @param bodyRecall       shingle recall averaged over pages with a true body
 * @param bodyF1           harmonic mean of the two averages
 * @param titlePages       pages with a true title
 * @param titleAccuracy    share of those whose title matches exactly (whitespace-normalized, any case)
 * @param datePages        pages with a true date
 * @param dateAccuracy     share of those whose predicted date is on the same calendar day
 * @param authorPages      pages whose truth has an author field (empty or not)
 * @param authorsPrecision share of predicted names that are true, over all those pages
 * @param authorsRecall    share of true names predicted
 * @param authorsF1        harmonic mean of the two
 * @param dateMisses       ids of pages whose date was missed or wrong
 * @param bodyByPage       per-page body overlap, for finding the worst pages
 */
@JsonPropertyOrder({"pages", "bodyPrecision", "bodyRecall", "bodyF1", "titlePages", "titleAccuracy", "datePages",
        "dateAccuracy", "authorPages", "authorsPrecision", "authorsRecall", "authorsF1"})
public record ExtractionScores(int pages, double bodyPrecision, double bodyRecall, double bodyF1,
                               int titlePages, Double titleAccuracy, int datePages, Double dateAccuracy,
                               int authorPages, Double authorsPrecision, Double authorsRecall, Double authorsF1,
                               @JsonIgnore List<String> dateMisses,
                               @JsonIgnore List<PageBody> bodyByPage) {

    /**
     * The body overlap of one page.
     *
     * @param id      the page id
     * @param overlap its shingle overlap
     */
    public record PageBody(String id, BodyOverlap overlap) {
    }
}
