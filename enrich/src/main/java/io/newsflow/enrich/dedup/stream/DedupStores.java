package io.newsflow.enrich.dedup.stream;

/**
 * The names of the dedup stores.
 *
 * @param sketches   article id → sketch, for confirmations (retention: the window)
 * @param articles   check ticket → the article, until it is decided
 * @param gatherings check ticket → what the check has gathered, until it is decided
 * @param bands      band key → the articles indexed under it (retention: the window)
 */
public record DedupStores(String sketches, String articles, String gatherings, String bands) {

    /** The names the enrich topology uses. */
    public static final DedupStores DEFAULT = new DedupStores("dedup-sketch-by-article", "dedup-pending-article",
            "dedup-pending-gathering", "dedup-articles-by-band");
}
