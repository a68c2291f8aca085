package io.newsflow.aggregate.http;

import io.newsflow.model.Story;
import io.newsflow.model.StoryStatus;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The filter, order and size of a story listing: {@code ?active=true&actor=RUS&sort=size&limit=50}.
 *
 * @param active only active (true) or only dormant (false) stories; null for both
 * @param actor  only stories naming this actor code; null for all
 * @param sort   the order
 * @param limit  at most this many stories
 */
public record StoryQuery(Boolean active, String actor, Sort sort, int limit) {

    /** The default and the largest {@code limit}. */
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    /** How a listing is ordered. */
    public enum Sort {
        /** Latest {@code lastSeen} first. */
        RECENT(Comparator.comparing(Story::lastSeen, Comparator.nullsLast(Comparator.reverseOrder()))),
        /** Most articles first, then latest. */
        SIZE(Comparator.comparingInt(Story::articleCount).reversed()
                .thenComparing(Story::lastSeen, Comparator.nullsLast(Comparator.reverseOrder())));

        private final Comparator<Story> order;

        Sort(Comparator<Story> order) {
            this.order = order.thenComparing(Story::storyId);
        }

        /** The order, ties broken by story id so every instance and every merge agrees. */
        public Comparator<Story> order() {
            return order;
        }
    }

    /**
     * Parses a query string's parameters.
     *
     * @throws IllegalArgumentException naming the bad parameter
     */
    static StoryQuery parse(Map<String, String> params) {
        String active = params.get("active");
        if (active != null && !active.equals("true") && !active.equals("false")) {
            throw new IllegalArgumentException("active must be true or false, was '" + active + "'");
        }
        String actor = params.get("actor");
        String sort = params.getOrDefault("sort", "recent");
        Sort order;
        try {
            order = Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort must be recent or size, was '" + sort + "'");
        }
        int limit;
        try {
            limit = Integer.parseInt(params.getOrDefault("limit", Integer.toString(DEFAULT_LIMIT)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a number, was '" + params.get("limit") + "'");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return new StoryQuery(active == null ? null : Boolean.valueOf(active),
                actor == null || actor.isBlank() ? null : actor.trim().toUpperCase(Locale.ROOT), order, limit);
    }

    /** Whether a story passes the filter. */
    Predicate<Story> filter() {
        return story -> (active == null || (story.status() == StoryStatus.ACTIVE) == active)
                && (actor == null || story.actors().stream().anyMatch(a -> actor.equals(a.code())));
    }

    /** The query string that asks another instance the same over its own partitions only. */
    String localQueryString() {
        Map<String, String> params = new LinkedHashMap<>();
        if (active != null) {
            params.put("active", active.toString());
        }
        if (actor != null) {
            params.put("actor", actor);
        }
        params.put("sort", sort.name().toLowerCase(Locale.ROOT));
        params.put("limit", Integer.toString(limit));
        params.put(StoryApi.SCOPE, StoryApi.LOCAL);
        return params.entrySet().stream().map(e -> e.getKey() + "=" + Paths.encode(e.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }
}
