package io.newsflow.enrich.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.actors.DictionaryEntry.Kind;
import io.newsflow.enrich.actors.NameTrie.CaseRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The PETRARCH-format reader, on small dictionaries written for this test in that format. */
class PetrarchLoaderTest {

    private static final String ACTORS = """
            # a comment line
            NORTHLAND_  [NLD]
            +NORTHLANDIC_
            +PORT_NORTH_
            JOHN_EXAMPLE_  # CountryInfo.txt
            +PRESIDENT_JOHN_EXAMPLE_
            +EXAMPLE_
            \t[NLDELI 900101-150630]
            \t[NLDGOV >150701]
            \t[NLDELI]
            FRIENDS_OF_THE_SEA_ [NGOENV]
            KIM_ [NLDGOV]
            """;
    private static final String AGENTS = """
            !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
            SOLDIER [~MIL]
            POLICE {} [~COP]
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVJUD]
            SPOKES!PERSON! [~GOV]
            ARMY [~MIL]
            """;
    private static final String DISCARDS = """
            +GOLDEN_TROPHY_   # sports
            ALPINE SKI CUP
            """;

    private static NameTrie loaded() {
        NameTrie trie = new NameTrie();
        PetrarchLoader loader = new PetrarchLoader(trie, Set.of("NLD", "USA"));
        loader.load(PetrarchLoader.FileKind.ACTORS, "Test.Countries.actors.txt", ACTORS);
        loader.load(PetrarchLoader.FileKind.AGENTS, "Test.agents.txt", AGENTS);
        loader.load(PetrarchLoader.FileKind.DISCARDS, "Test.discards.txt", DISCARDS);
        return trie;
    }

    private static DictionaryEntry entry(NameTrie trie, String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        NameTrie.Match match = trie.longestAt(tokens, 0);
        return match == null || match.last() != tokens.size() - 1 ? null : match.entry();
    }

    @Test
    void countryRecordGivesTheNameAndAliases() {
        NameTrie trie = loaded();

        assertThat(entry(trie, "Northland").kind()).isEqualTo(Kind.COUNTRY);
        assertThat(entry(trie, "Northland").code()).isEqualTo("NLD");
        assertThat(entry(trie, "Port North").kind()).isEqualTo(Kind.COUNTRY_ALIAS);
        assertThat(entry(trie, "NORTHLANDIC").country()).isEqualTo("NLD");
        // upper-case names match capitalized words only
        assertThat(entry(trie, "northland")).isNull();
    }

    @Test
    void datedCodesAndDefaultFollowTheDay() {
        DictionaryEntry person = entry(loaded(), "President John Example");

        assertThat(person.kind()).isEqualTo(Kind.PERSON);
        assertThat(person.type()).isEqualTo("PERSON");
        assertThat(person.codeOn(LocalDate.of(2010, 5, 1))).isEqualTo("NLDELI");
        assertThat(person.codeOn(LocalDate.of(2015, 6, 30))).isEqualTo("NLDELI");
        assertThat(person.codeOn(LocalDate.of(2020, 1, 1))).isEqualTo("NLDGOV");
        assertThat(person.codeOn(LocalDate.of(1985, 1, 1))).isEqualTo("NLDELI");
        assertThat(person.name()).isEqualTo("John Example");
    }

    @Test
    void organisationWithoutCountryAndAmbiguousLoneSurnameSkipped() {
        NameTrie trie = loaded();

        DictionaryEntry ngo = entry(trie, "Friends of the Sea");
        assertThat(ngo.kind()).isEqualTo(Kind.ORGANIZATION);
        assertThat(ngo.country()).isNull();
        assertThat(ngo.code()).isEqualTo("NGOENV");
        assertThat(entry(trie, "Kim")).isNull();
    }

    @Test
    void agentsGetPluralsSubstitutionsAndAnyCase() {
        NameTrie trie = loaded();
        Map<String, String> expected = Map.of("soldier", "~MIL", "soldiers", "~MIL", "Police", "~COP",
                "attorneys general", "~GOVJUD", "spokeswoman", "~GOV", "SPOKESMEN", "~GOV", "armies", "~MIL");

        expected.forEach((text, code) -> {
            assertThat(entry(trie, text)).as(text).isNotNull();
            assertThat(entry(trie, text).code()).as(text).isEqualTo(code);
            assertThat(entry(trie, text).kind()).isEqualTo(Kind.AGENT);
        });
        assertThat(entry(trie, "polices")).isNull();
    }

    @Test
    void discardsMatchInAnyCase() {
        NameTrie trie = loaded();

        assertThat(entry(trie, "Golden Trophy").kind()).isEqualTo(Kind.DISCARD);
        assertThat(entry(trie, "alpine ski cup").kind()).isEqualTo(Kind.DISCARD);
    }

    @Test
    void curatedNameOverridesTheSharedOneWhateverTheOrder() {
        NameTrie trie = loaded();
        trie.add("Northland", DictionaryEntry.of("Northland", "COUNTRY", "NLD", Kind.CAPITAL, "NLDGOV"),
                CaseRule.EXACT, ActorDictionary.CURATED);
        new PetrarchLoader(trie, Set.of("NLD")).load(PetrarchLoader.FileKind.ACTORS, "Again.actors.txt", ACTORS);

        assertThat(entry(trie, "Northland").code()).isEqualTo("NLDGOV");
    }

    @Test
    void fileKindsByName() {
        assertThat(PetrarchLoader.kindOf("Phoenix.Countries.actors.txt")).isEqualTo(PetrarchLoader.FileKind.ACTORS);
        assertThat(PetrarchLoader.kindOf("Phoenix.agents.txt")).isEqualTo(PetrarchLoader.FileKind.AGENTS);
        assertThat(PetrarchLoader.kindOf("Phoenix.discards.txt")).isEqualTo(PetrarchLoader.FileKind.DISCARDS);
        assertThat(PetrarchLoader.kindOf("CAMEO.2.0.txt")).isNull();
    }
}
