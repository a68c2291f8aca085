package io.newsflow.enrich.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.ActorTag;
import io.newsflow.model.Json;
import io.newsflow.model.PlaceTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five shared seed articles (North Korean arms for Russia, the US–Japan–South Korea response), tagged on
 * their publication dates. Reads ../shared/data/seeds.jsonl by path; skipped where it is absent.
 */
class SeedArticlesTest {

    private static final Path SEEDS = Path.of("..").toAbsolutePath().normalize().getParent()
            .resolve("shared/data/seeds.jsonl");
    private static final Map<String, ActorTagger.Tags> TAGS = new HashMap<>();
    private static final Map<String, String> TEXTS = new HashMap<>();

    @BeforeAll
    static void tagSeeds() throws IOException {
        assumeTrue(Files.exists(SEEDS), SEEDS + " absent: skipped");
        ActorTagger tagger = new ActorTagger(ActorDictionary.curated());
        for (String line : Files.readAllLines(SEEDS)) {
            if (!line.isBlank()) {
                JsonNode seed = Json.MAPPER.readTree(line);
                TEXTS.put(seed.get("id").asText().substring(0, 3), seed.get("text").asText());
                TAGS.put(seed.get("id").asText().substring(0, 3), tagger.tag(seed.get("text").asText(),
                        LocalDate.parse(seed.get("publishedAt").asText().substring(0, 10))));
            }
        }
    }

    private static Set<String> codes(String seed) {
        return TAGS.get(seed).actors().stream().map(ActorTag::code).collect(Collectors.toSet());
    }

    @Test
    void jointStatementArticlesCodeTheThreeMinistersAndBothLeaders() {
        for (String seed : List.of("000", "002")) {
            assertThat(codes(seed)).as(seed).contains("USAGOV", "JPNGOV", "KORGOV", "RUSGOV", "PRKGOV", "PRK", "RUS",
                    "IGOUNO");
        }
        assertThat(codes("001")).contains("USAGOV", "JPNGOV", "KORGOV", "RUSGOV", "PRKGOV", "PRK", "RUS", "UKR");
    }

    @Test
    void ministersAreTheOnesInOfficeOnThePublicationDay() {
        List<String> ministers = TAGS.get("000").actors().stream().filter(a -> "PERSON".equals(a.type()))
                .map(a -> a.name() + "=" + a.code()).toList();

        assertThat(ministers).contains("Antony Blinken=USAGOV", "Yoko Kamikawa=JPNGOV", "Park Jin=KORGOV",
                "Vladimir Putin=RUSGOV", "Kim Jong Un=PRKGOV");
        assertThat(codes("004")).contains("RUSGOVMIL", "KORGOV", "USAGOV", "JPNGOV");
    }

    @Test
    void seoulMeetingIsAPlaceAndTheArmedForcesAreMil() {
        assertThat(TAGS.get("003").places()).extracting(PlaceTag::name).contains("Seoul");
        assertThat(codes("003")).contains("USA", "KOR", "JPN", "PRK", "RUS", "PRKMIL", "UKRGOV");
    }

    @Test
    void noLoneKimIsCodedAndEveryCodeIsWellFormed() {
        TAGS.forEach((seed, tags) -> {
            assertThat(tags.actors()).allSatisfy(actor -> assertThat(actor.code()).matches("[A-Z]{3}([A-Z]{3})*"));
            List<String> mentions = tags.actors().stream().flatMap(actor -> actor.spans().stream())
                    .map(span -> TEXTS.get(seed).substring(span.start(), span.end())).toList();
            assertThat(mentions).as(seed).doesNotContain("Kim", "Park", "Lee", "Wang");
        });
    }
}
