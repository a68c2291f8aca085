package io.newsflow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.enrich.actors.ArticleDates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What the tag and eval commands share: the dictionary they load and how a JSONL document is dated and tagged. */
final class TaggedDocument {

    private static final Pattern ISO_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    private TaggedDocument() {
    }

    /** The curated dictionary, over the PETRARCH-format files in {@code directory} when given. */
    static ActorDictionary dictionary(Path directory) {
        return directory == null ? ActorDictionary.curated() : ActorDictionary.withShared(directory);
    }

    /**
     * The day a document is coded on: its {@code publishedAt} or {@code date} field (an ISO day or
     * date-time), else {@code fallback}, else a date stated in its text, else null (the dictionary's as-of day).
     */
    static LocalDate dayOf(JsonNode doc, String text, LocalDate fallback) {
        for (String field : List.of("publishedAt", "date")) {
            JsonNode value = doc.get(field);
            if (value != null && value.isTextual() && ISO_DAY.matcher(value.asText()).find()) {
                return LocalDate.parse(value.asText().substring(0, 10));
            }
        }
        return fallback != null ? fallback : ArticleDates.resolve(null, text, null);
    }

    /** Distinct actor codes in order of first mention. */
    static Set<String> codes(ActorTagger.Tags tags) {
        Set<String> codes = new LinkedHashSet<>();
        tags.actors().forEach(actor -> codes.add(actor.code()));
        return codes;
    }

    /** Distinct ISO3 codes of the places in order of first mention. */
    static Set<String> placeCountries(ActorTagger.Tags tags) {
        Set<String> countries = new LinkedHashSet<>();
        tags.places().forEach(place -> {
            if (place.country() != null) {
                countries.add(place.country());
            }
        });
        return countries;
    }
}
