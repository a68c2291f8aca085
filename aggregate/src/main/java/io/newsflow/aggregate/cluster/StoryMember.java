package io.newsflow.aggregate.cluster;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What a story keeps of one original member while it may still split ({@link StorySplitter}): enough to
 * compare members with each other and to rebuild each part's state.
 *
 * @param id    the article id
 * @param title its title, the headline of a story it comes to open by a split
 * @param time  publication time, or fetch time when unknown
 * @param terms its normalized term frequencies, the weightiest only
 * @param names the same for its names and figures
 * @param dates the years, months and event day it states
 */
public record StoryMember(String id, String title, Instant time, Map<String, Double> terms, Map<String, Double> names,
                          Set<String> dates) {
}
