package io.newsflow.enrich.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.model.ActorTag;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

    private static final String HEADER = "# test dictionary\n# as-of: 2026-01-15\n";
    private static final String RUSSIA = "RUS\tRussia\tRussian Federation\tRussian|Russians\tMoscow\tKremlin\n";
    private static final String FRANCE = "FRA\tFrance\tFrench Republic\tFrench\tParis\tElysee\n";

    @Test
    void rejectsALineWithTheWrongColumnCountNamingTheLine() {
        String tsv = HEADER + RUSSIA + "XXX\tNowhere\tNowhere Land\n" + FRANCE;

        assertThatThrownBy(() -> ActorDictionary.fromCountries(tsv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("expected 6")
                .hasMessageContaining("found 3");
    }

    @Test
    void rejectsALineWithTooManyColumns() {
        String tsv = HEADER + "\n" + RUSSIA + FRANCE.strip() + "\textra\n";

        assertThatThrownBy(() -> ActorDictionary.fromCountries(tsv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 5")
                .hasMessageContaining("found 7");
    }

    @Test
    void buildsATaggerFromWellFormedLines() {
        ActorDictionary dictionary = ActorDictionary.fromCountries(HEADER + RUSSIA + FRANCE);
        ActorTagger tagger = new ActorTagger(dictionary);

        assertThat(tagger.tag("The Elysee and Russian diplomats met.").actors())
                .extracting(ActorTag::code).containsExactly("FRAGOV", "RUS");
        assertThat(tagger.tag("Japan said nothing.").actors()).isEmpty();
    }

    @Test
    void versionCarriesTheAsOfDateAndChangesWithTheContent() {
        ActorDictionary one = ActorDictionary.fromCountries(HEADER + RUSSIA);
        ActorDictionary same = ActorDictionary.fromCountries(HEADER + RUSSIA);
        ActorDictionary more = ActorDictionary.fromCountries(HEADER + RUSSIA + FRANCE);

        assertThat(one.version()).startsWith("curated-2026-01-15-").isEqualTo(same.version());
        assertThat(more.version()).startsWith("curated-2026-01-15-").isNotEqualTo(one.version());
        assertThat(ActorDictionary.fromCountries(RUSSIA).version()).startsWith("curated-undated-");
    }

    @Test
    void curatedDictionaryLoadsFromTheClasspath() {
        ActorDictionary curated = ActorDictionary.curated();

        assertThat(curated.version()).isNotBlank();
        assertThat(new ActorTagger(curated).tag("France").actors()).extracting(ActorTag::code).containsExactly("FRA");
    }
}
