package io.newsflow.model;

import java.util.List;

/**
 * A location mentioned as the scene of something ("a meeting in Seoul"), not as an actor.
 *
 * @param name    the name as it stands in the dictionary
 * @param country ISO 3166-1 alpha-3 code of its country
 * @param spans   where each mention stands in the text
 */
public record PlaceTag(String name, String country, List<Span> spans) {

    public PlaceTag {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }
}
