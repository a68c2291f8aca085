package io.newsflow.aggregate;

import io.newsflow.model.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies that arrived before the article they copy: they wait for it, so that they join its story
 * instead of opening one.
 *
 * @param copies  the waiting copies, in arrival order
 * @param since   wall-clock time the first of them started waiting, epoch milliseconds
 */
public record PendingCopies(List<EnrichedArticle> copies, long since) {

    public PendingCopies {
        copies = List.copyOf(copies);
    }

    /** These copies and one more. */
    PendingCopies with(EnrichedArticle copy) {
        List<EnrichedArticle> more = new ArrayList<>(copies);
        more.add(copy);
        return new PendingCopies(more, since);
    }
}
