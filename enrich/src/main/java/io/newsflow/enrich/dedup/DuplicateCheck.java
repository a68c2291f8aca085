package io.newsflow.enrich.dedup;

import io.newsflow.model.RawArticle;

/**
 * An article with the outcome of the duplicate check.
 *
 * @param article     the article
 * @param duplicateOf the earlier article it copies, or null
 * @param exact       whether the copy's normalized text is identical
 * @param similarity  shingle Jaccard with the original, or null when it is no copy
 */
public record DuplicateCheck(RawArticle article, String duplicateOf, boolean exact, Double similarity) {

    /** An article that copies no earlier one. */
    public static DuplicateCheck original(RawArticle article) {
        return new DuplicateCheck(article, null, false, null);
    }
}
