package io.newsflow.enrich.dedup.stream;

import io.newsflow.enrich.dedup.Candidate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a check of an article has gathered so far: band answers still awaited, the candidates and the
 * bands in which each was found indexed before the article, then confirmations awaited and received.
 *
 * @param articleId       the article
 * @param bandsAwaited    band answers not yet received
 * @param foundInBands    candidate id → bit mask of the bands where it preceded the article
 * @param confirmsAwaited confirmations not yet received
 * @param confirmed       candidates confirmed so far (with their similarity, any value)
 */
public record Gathering(String articleId, int bandsAwaited, Map<String, Long> foundInBands, int confirmsAwaited,
                        List<Candidate> confirmed) {

    /** A check that waits for all its bands. */
    public static Gathering start(String articleId, int bands) {
        return new Gathering(articleId, bands, Map.of(), 0, List.of());
    }

    /** This state with one band's answer added. */
    public Gathering withBand(BandReply reply) {
        Map<String, Long> found = new LinkedHashMap<>(foundInBands);
        for (BandEntry entry : reply.found()) {
            found.merge(entry.articleId(), 1L << reply.band(), (a, b) -> a | b);
        }
        return new Gathering(articleId, bandsAwaited - 1, found, confirmsAwaited, confirmed);
    }

    /** This state waiting for one confirmation per candidate. */
    public Gathering awaitingConfirmations() {
        return new Gathering(articleId, 0, foundInBands, foundInBands.size(), confirmed);
    }

    /**
     * This state with a candidate's answer: kept when the candidate preceded the article in the first
     * band they share, so that of two articles indexed concurrently exactly one counts the other as its original.
     */
    public Gathering withConfirmation(ConfirmReply reply) {
        List<Candidate> kept = new ArrayList<>(confirmed);
        long mask = foundInBands.getOrDefault(reply.candidateId(), 0L);
        if (reply.similarity() != null && reply.firstSharedBand() >= 0 && (mask & (1L << reply.firstSharedBand())) != 0) {
            kept.add(new Candidate(reply.candidateId(), reply.candidateTimestamp(), reply.similarity()));
        }
        return new Gathering(articleId, bandsAwaited, foundInBands, confirmsAwaited - 1, kept);
    }
}
