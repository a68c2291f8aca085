package io.newsflow.enrich.dedup.stream;

import io.newsflow.enrich.dedup.DuplicateCheck;

/**
 * What gathering the band answers yields: either the decided article (no candidates) or one request to
 * a candidate; exactly one is set.
 *
 * @param decided the article, decided as an original
 * @param confirm a request to a candidate
 */
public record GatherOutcome(DuplicateCheck decided, ConfirmRequest confirm) {
}
