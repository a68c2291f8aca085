package io.newsflow.enrich.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ActorTag;
import io.newsflow.model.PlaceTag;
import io.newsflow.model.Span;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorTaggerTest {

    private static ActorTagger tagger;

    @BeforeAll
    static void loadCuratedDictionary() {
        tagger = new ActorTagger(ActorDictionary.curated());
    }

    private static Map<String, ActorTag> actorsOf(String text) {
        return tagger.tag(text).actors().stream()
                .collect(Collectors.toMap(ActorTag::code, Function.identity()));
    }

    private static List<String> codesOf(String text) {
        return tagger.tag(text).actors().stream().map(ActorTag::code).toList();
    }

    private static List<String> mentionsOf(String text, ActorTag actor) {
        return actor.spans().stream().map(span -> text.substring(span.start(), span.end())).toList();
    }

    @Test
    void tagsACountryByItsNameWithCountryFields() {
        ActorTag usa = actorsOf("The United States imposed new tariffs on steel.").get("USA");

        assertThat(usa).isNotNull();
        assertThat(usa.name()).isEqualTo("United States");
        assertThat(usa.type()).isEqualTo("COUNTRY");
        assertThat(usa.country()).isEqualTo("USA");
        assertThat(usa.role()).isNull();
        assertThat(usa.mentions()).isEqualTo(1);
    }

    @Test
    void shortFormsUsAndUSDotCodeUsaButLowerCaseUsDoesNot() {
        assertThat(codesOf("U.S. warnings arrived on Monday.")).containsExactly("USA");
        assertThat(codesOf("Tariffs of the US arrived on Monday.")).containsExactly("USA");
        assertThat(codesOf("They told us nothing about the plan.")).isEmpty();

        String text = "The United States said US and U.S. tariffs would hurt us later.";
        ActorTag usa = actorsOf(text).get("USA");
        // "us" near the end is the pronoun: no fourth mention
        assertThat(usa.mentions()).isEqualTo(3);
        assertThat(mentionsOf(text, usa)).containsExactly("United States", "US", "U.S.");
    }

    @Test
    void spanOfAShortFormWithPeriodsCoversTheWholeMention() {
        String text = "Envoys of the U.S. and the U.A.E. met; the U.S. later left.";
        Map<String, ActorTag> actors = actorsOf(text);

        // "envoys of the U.S." is one mention of the government, the second "U.S." one of the country
        assertThat(mentionsOf(text, actors.get("USAGOV"))).containsExactly("Envoys of the U.S.");
        assertThat(mentionsOf(text, actors.get("USA"))).containsExactly("U.S.");
        assertThat(mentionsOf(text, actors.get("ARE"))).containsExactly("U.A.E.");
        // written without its final period, the short form is still a mention
        String bare = "The U.S trade deficit grew.";
        assertThat(mentionsOf(bare, actorsOf(bare).get("USA"))).containsExactly("U.S");
    }

    @Test
    void northKoreaIsTaggedWholeAndNeverAsAPartialMatch() {
        String text = "North Korea fired a missile, North Korean scientists said.";
        List<ActorTag> actors = tagger.tag(text).actors();

        assertThat(actors).extracting(ActorTag::code).containsExactly("PRK");
        ActorTag prk = actors.get(0);
        assertThat(prk.mentions()).isEqualTo(2);
        assertThat(mentionsOf(text, prk)).containsExactly("North Korea", "North Korean");
    }

    @Test
    void southKoreanDemonymCodesSouthKorea() {
        String text = "South Korean exports rose in May.";

        assertThat(codesOf(text)).containsExactly("KOR");
        assertThat(mentionsOf(text, actorsOf(text).get("KOR"))).containsExactly("South Korean");
    }

    @Test
    void demonymCodesItsCountry() {
        String text = "Japanese cars sold well despite the weaker yen.";
        ActorTag jpn = actorsOf(text).get("JPN");

        assertThat(codesOf(text)).containsExactly("JPN");
        assertThat(jpn.name()).isEqualTo("Japan");
        assertThat(jpn.role()).isNull();
        assertThat(mentionsOf(text, jpn)).containsExactly("Japanese");
    }

    @Test
    void allCapsHeadlineWordsMatchIgnoringCase() {
        String headline = "RUSSIA AND NORTH KOREA SIGN DEFENCE PACT";
        Map<String, ActorTag> actors = actorsOf(headline);

        assertThat(codesOf(headline)).containsExactly("RUS", "PRK");
        assertThat(mentionsOf(headline, actors.get("RUS"))).containsExactly("RUSSIA");
        assertThat(mentionsOf(headline, actors.get("PRK"))).containsExactly("NORTH KOREA");
    }

    @Test
    void allCapsOfficialNamesWithApostrophesMatchWhole() {
        String headline = "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA TESTS MISSILE";
        Map<String, ActorTag> actors = actorsOf(headline);

        // not "REPUBLIC OF KOREA", which is South Korea
        assertThat(codesOf(headline)).containsExactly("PRK");
        assertThat(mentionsOf(headline, actors.get("PRK")))
                .containsExactly("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA");
        assertThat(codesOf("C\u00d4TE D'IVOIRE HOLDS ELECTION")).containsExactly("CIV");
    }

    @Test
    void possessiveStillCodesTheCountry() {
        String text = "Russia's economy shrank last year.";
        ActorTag rus = actorsOf(text).get("RUS");

        assertThat(codesOf(text)).containsExactly("RUS");
        assertThat(mentionsOf(text, rus)).containsExactly("Russia");
    }

    @Test
    void typographicApostropheInPossessiveStillCodesTheCountry() {
        String text = "Japan\u2019s central bank held rates.";

        assertThat(codesOf(text)).containsExactly("JPN");
    }

    @Test
    void actingCapitalCodesTheGovernment() {
        String text = "Moscow denied the report on Tuesday.";
        Map<String, ActorTag> actors = actorsOf(text);

        assertThat(actors).containsOnlyKeys("RUSGOV");
        ActorTag gov = actors.get("RUSGOV");
        assertThat(gov.role()).isEqualTo("GOV");
        assertThat(gov.country()).isEqualTo("RUS");
        assertThat(gov.type()).isEqualTo("COUNTRY");
        assertThat(mentionsOf(text, gov)).containsExactly("Moscow");
        assertThat(tagger.tag(text).places()).isEmpty();
    }

    @Test
    void capitalAsSceneOfEventIsAPlaceNotAnActor() {
        String text = "Diplomats held a meeting in Seoul on Friday.";
        ActorTagger.Tags tags = tagger.tag(text);

        assertThat(tags.actors()).isEmpty();
        assertThat(tags.places()).hasSize(1);
        PlaceTag seoul = tags.places().get(0);
        assertThat(seoul.name()).isEqualTo("Seoul");
        assertThat(seoul.country()).isEqualTo("KOR");
        assertThat(seoul.spans()).hasSize(1);
        Span span = seoul.spans().get(0);
        assertThat(text.substring(span.start(), span.end())).isEqualTo("Seoul");
    }

    @Test
    void sameCapitalCanBeBothPlaceAndActorInOneText() {
        String text = "Talks opened in Seoul. Seoul rejected the offer.";
        ActorTagger.Tags tags = tagger.tag(text);

        assertThat(tags.places()).extracting(PlaceTag::name).containsExactly("Seoul");
        assertThat(tags.places().get(0).spans()).containsExactly(new Span(16, 21));
        assertThat(tags.actors()).extracting(ActorTag::code).containsExactly("KORGOV");
        assertThat(tags.actors().get(0).spans()).containsExactly(new Span(23, 28));
    }

    @Test
    void locativeBeforeASentenceBreakDoesNotMakeTheCapitalAPlace() {
        String text = "Russian tanks moved in. Kyiv said the assault had failed.";
        ActorTagger.Tags tags = tagger.tag(text);

        assertThat(tags.actors()).extracting(ActorTag::code).containsExactly("RUS", "UKRGOV");
        assertThat(tags.places()).isEmpty();
    }

    @Test
    void seatOfGovernmentCodesTheGovernment() {
        String text = "The Kremlin said the talks were useful.";
        ActorTag gov = actorsOf(text).get("RUSGOV");

        assertThat(codesOf(text)).containsExactly("RUSGOV");
        assertThat(gov.role()).isEqualTo("GOV");
        assertThat(gov.country()).isEqualTo("RUS");
        assertThat(mentionsOf(text, gov)).containsExactly("Kremlin");
    }

    @Test
    void countsEveryMentionWithExactSpansInOrderOfFirstMention() {
        String text = "Germany and Russia spoke. Later Russia, through Russian channels, "
                + "asked Germany to wait; Russia agreed.";
        List<ActorTag> actors = tagger.tag(text).actors();

        assertThat(actors).extracting(ActorTag::code).containsExactly("DEU", "RUS");
        ActorTag deu = actors.get(0);
        ActorTag rus = actors.get(1);
        assertThat(deu.mentions()).isEqualTo(2).isEqualTo(deu.spans().size());
        assertThat(rus.mentions()).isEqualTo(4).isEqualTo(rus.spans().size());
        assertThat(mentionsOf(text, deu)).containsExactly("Germany", "Germany");
        assertThat(mentionsOf(text, rus)).containsExactly("Russia", "Russia", "Russian", "Russia");
        assertThat(rus.spans()).extracting(Span::start)
                .containsExactly(text.indexOf("Russia"), text.indexOf("Russia,"), text.indexOf("Russian"),
                        text.lastIndexOf("Russia"));
    }

    @Test
    void multiWordNameDoesNotMatchAcrossASentenceBreak() {
        String text = "Rain fell across the South. Korea experts said little.";

        assertThat(codesOf(text)).doesNotContain("KOR").isEmpty();
        assertThat(tagger.tag(text).places()).isEmpty();
    }

    @Test
    void textWithoutKnownNamesHasNoTags() {
        ActorTagger.Tags tags = tagger.tag("The committee met at noon to discuss the budget.");

        assertThat(tags.actors()).isEmpty();
        assertThat(tags.places()).isEmpty();
    }

    @Test
    void dictionaryVersionIsNonEmptyAndStable() {
        String version = tagger.dictionaryVersion();

        assertThat(version).isNotBlank().matches("curated-\\d{4}-\\d{2}-\\d{2}-[0-9a-f]{8}");
        assertThat(ActorDictionary.curated().version()).isEqualTo(version);
        assertThat(new ActorTagger(ActorDictionary.curated()).dictionaryVersion()).isEqualTo(version);
    }
}
