package io.newsflow.aggregate;

import io.newsflow.model.ActorTag;
import io.newsflow.model.ArticleIds;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Short enriched articles written for the aggregate tests. */
public final class EnrichedArticles {

    private EnrichedArticles() {
    }

    /** An original article published at {@code published}, fetched an hour later, naming these actor codes. */
    public static EnrichedArticle article(String id, String source, String published, String title, String text,
                                         String... actorCodes) {
        return enriched(id, 1, source, published, title, text, null, actorCodes);
    }

    /** A syndicated copy of {@code original}: the same text under another id and source. */
    public static EnrichedArticle copyOf(EnrichedArticle original, String id, String source) {
        RawArticle raw = original.article();
        return enriched(id, 1, source, raw.publishedAt().toString(), raw.title(), raw.text(), raw.id(),
                original.actors().stream().map(ActorTag::code).toArray(String[]::new));
    }

    /** The same article as a new version with another title. */
    public static EnrichedArticle newVersion(EnrichedArticle article, String title) {
        RawArticle raw = article.article();
        return enriched(raw.id(), raw.version() + 1, raw.source(), raw.publishedAt().toString(), title, raw.text(),
                article.duplicateOf(), article.actors().stream().map(ActorTag::code).toArray(String[]::new));
    }

    private static EnrichedArticle enriched(String id, int version, String source, String published, String title,
                                            String text, String duplicateOf, String... actorCodes) {
        OffsetDateTime publishedAt = OffsetDateTime.parse(published);
        Instant fetchedAt = publishedAt.toInstant().plusSeconds(3600);
        RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, id, version, "https://" + source + "/" + id,
                "https://" + source + "/" + id, null, source, title, List.of(), publishedAt, fetchedAt, "en", text,
                Origin.PAGE, ArticleIds.contentHash(title, text));
        List<ActorTag> actors = Arrays.stream(actorCodes)
                .map(code -> new ActorTag(code, nameOf(code), "COUNTRY", code.substring(0, 3),
                        code.length() > 3 ? code.substring(3) : null, 1, List.of()))
                .toList();
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, raw, duplicateOf, duplicateOf != null,
                duplicateOf != null ? 1.0 : null, actors, List.of(), "curated-test", fetchedAt.plusSeconds(5));
    }

    private static String nameOf(String code) {
        return switch (code) {
            case "RUS" -> "Russia";
            case "UKR" -> "Ukraine";
            case "TUR" -> "Turkey";
            case "CHL" -> "Chile";
            case "PER" -> "Peru";
            case "RUSGOV" -> "Russia government";
            default -> code;
        };
    }
}
