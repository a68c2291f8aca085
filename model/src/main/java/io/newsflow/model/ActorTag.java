package io.newsflow.model;

import java.util.List;

/**
 * One actor of an article, coded the way CAMEO codes actors.
 *
 * @param code     the CAMEO-style code, e.g. {@code RUS} or {@code RUSGOV}
 * @param name     the canonical name
 * @param type     PERSON, ORGANIZATION, COUNTRY, IGO or GROUP
 * @param country  ISO 3166-1 alpha-3 code of the actor's country, null for IGOs
 * @param role     the role suffix (GOV, MIL, ...), null for a bare country
 * @param mentions number of mentions in the article
 * @param spans    where each mention stands in the text
 */
public record ActorTag(String code, String name, String type, String country, String role, int mentions,
                       List<Span> spans) {

    public ActorTag {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }
}
