package io.newsflow.enrich.dedup.stream;

import java.util.List;

/**
 * A band's answer, keyed by the asking article's id: the articles indexed under the key before it.
 *
 * @param ticket the check it answers
 * @param band   the band index
 * @param found  the earlier articles of the window in that band
 */
public record BandReply(String ticket, int band, List<BandEntry> found) {
}
