package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * A raw article with what enrich adds, as published on {@code news.articles.enriched}.
 *
 * @param schemaVersion       the contract version of this record ({@link #SCHEMA_VERSION})
 * @param article             the raw article as ingest published it
 * @param duplicateOf         id of an earlier article this one copies, null when it is no copy
 * @param duplicateExact      true when the copy's normalized text is identical to the original's
 * @param duplicateSimilarity Jaccard similarity of the word 5-gram shingles with the original, null when no copy
 * @param actors              the article's actors
 * @param places              locations mentioned as places
 * @param unknownNames        capitalized person and organisation names the actor dictionary does not know, for
 *                            curation (empty when none or from an older enricher)
 * @param dictionaryVersion   version of the actor dictionary that tagged it
 * @param enrichedAt          when enrich processed it
 */
public record EnrichedArticle(
        int schemaVersion,
        RawArticle article,
        String duplicateOf,
        boolean duplicateExact,
        Double duplicateSimilarity,
        List<ActorTag> actors,
        List<PlaceTag> places,
        List<String> unknownNames,
        String dictionaryVersion,
        Instant enrichedAt) {

    /** The current contract version of this record. */
    public static final int SCHEMA_VERSION = 1;

    public EnrichedArticle {
        actors = actors == null ? List.of() : List.copyOf(actors);
        places = places == null ? List.of() : List.copyOf(places);
        unknownNames = unknownNames == null ? List.of() : List.copyOf(unknownNames);
    }

    /** An enriched article without unknown names, as written before {@code unknownNames} existed. */
    public EnrichedArticle(int schemaVersion, RawArticle article, String duplicateOf, boolean duplicateExact,
                           Double duplicateSimilarity, List<ActorTag> actors, List<PlaceTag> places,
                           String dictionaryVersion, Instant enrichedAt) {
        this(schemaVersion, article, duplicateOf, duplicateExact, duplicateSimilarity, actors, places, List.of(),
                dictionaryVersion, enrichedAt);
    }

    /** Whether this article copies an earlier one (derived from {@code duplicateOf}, so not written). */
    @JsonIgnore
    public boolean isDuplicate() {
        return duplicateOf != null;
    }
}
