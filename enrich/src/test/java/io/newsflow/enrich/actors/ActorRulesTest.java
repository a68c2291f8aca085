package io.newsflow.enrich.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ActorTag;
import io.newsflow.model.PlaceTag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One test per tagging rule, on the curated dictionary. */
class ActorRulesTest {

    private static final LocalDate OCT_2023 = LocalDate.of(2023, 10, 26);
    private static ActorTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new ActorTagger(ActorDictionary.curated());
    }

    private static List<String> codes(String text, LocalDate day) {
        return tagger.tag(text, day).actors().stream().map(ActorTag::code).toList();
    }

    private static Map<String, String> mentionByCode(String text, LocalDate day) {
        return tagger.tag(text, day).actors().stream().collect(Collectors.toMap(ActorTag::code,
                a -> a.spans().stream().map(s -> text.substring(s.start(), s.end())).collect(Collectors.joining("|")),
                (x, y) -> x + "|" + y));
    }

    @Test
    void demonymAndRoleNounComposeOneMention() {
        String text = "Russian troops shelled the town.";

        assertThat(codes(text, OCT_2023)).containsExactly("RUSMIL");
        assertThat(mentionByCode(text, OCT_2023)).containsEntry("RUSMIL", "Russian troops");
    }

    @Test
    void defenceRolesAreGovMilAndOfficialsGov() {
        assertThat(codes("South Korean defense officials said so.", OCT_2023)).containsExactly("KORGOVMIL");
        assertThat(codes("South Korean officials said so.", OCT_2023)).containsExactly("KORGOV");
        assertThat(codes("The Japanese defence ministry said so.", OCT_2023)).containsExactly("JPNGOVMIL");
        assertThat(codes("Brazilian lawmakers voted.", OCT_2023)).containsExactly("BRALEG");
    }

    @Test
    void roleWithUpToTwoModifiersAndPossessiveStillComposes() {
        assertThat(codes("Russia's foreign ministry summoned him.", OCT_2023)).containsExactly("RUSGOV");
        assertThat(codes("Japan's new defence minister spoke.", OCT_2023)).containsExactly("JPNGOVMIL");
        // a role is not shared across "and": the first demonym stays the bare country
        assertThat(codes("Russian and Ukrainian troops met.", OCT_2023)).containsExactly("RUS", "UKRMIL");
    }

    @Test
    void roleOfCountryComposes() {
        String text = "The foreign minister of Japan arrived.";

        assertThat(mentionByCode(text, OCT_2023)).containsOnlyKeys("JPNGOV").containsEntry("JPNGOV",
                "foreign minister of Japan");
    }

    @Test
    void countryRoleAndPersonAreOneMentionCodedAsThePerson() {
        String text = "Japanese Foreign Minister Kamikawa Yoko and North Korean leader Kim Jong Un spoke.";
        List<ActorTag> actors = tagger.tag(text, OCT_2023).actors();

        assertThat(actors).extracting(ActorTag::code).containsExactly("JPNGOV", "PRKGOV");
        assertThat(actors).extracting(ActorTag::type).containsOnly("PERSON");
        assertThat(actors.get(0).name()).isEqualTo("Yoko Kamikawa");
        assertThat(mentionByCode(text, OCT_2023)).containsEntry("JPNGOV", "Japanese Foreign Minister Kamikawa Yoko");
    }

    @Test
    void personCodeDependsOnTheDay() {
        String text = "Dmytro Kuleba spoke in Brussels.";

        assertThat(codes(text, LocalDate.of(2023, 5, 1))).containsExactly("UKRGOV");
        assertThat(codes(text, LocalDate.of(2024, 10, 1))).containsExactly("UKRELI");
        assertThat(codes("Donald Trump spoke.", LocalDate.of(2019, 1, 1))).containsExactly("USAGOV");
        assertThat(codes("Donald Trump spoke.", LocalDate.of(2023, 1, 1))).containsExactly("USAELI");
        assertThat(codes("Donald Trump spoke.", LocalDate.of(2025, 3, 1))).containsExactly("USAGOV");
        assertThat(codes("Sergei Shoigu spoke.", LocalDate.of(2023, 1, 1))).containsExactly("RUSGOVMIL");
    }

    @Test
    void articleDayIsPublishedElseStatedElseFetched() {
        assertThat(ArticleDates.resolve(java.time.OffsetDateTime.parse("2023-10-25T23:30:00-05:00"),
                "On January 3, 2020 it rained.", null)).isEqualTo(LocalDate.of(2023, 10, 25));
        assertThat(ArticleDates.resolve(null, "Talks were held on 3 March 2024 in Geneva.",
                java.time.Instant.parse("2025-01-01T00:00:00Z"))).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(ArticleDates.resolve(null, "No date here.", java.time.Instant.parse("2025-01-01T00:00:00Z")))
                .isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(ArticleDates.statedIn("Filed Oct. 25, 2023 at noon")).isEqualTo(LocalDate.of(2023, 10, 25));
        assertThat(ArticleDates.statedIn("On February 30, 2024 nothing")).isNull();
    }

    @Test
    void formerBeforeARoleCodesEli() {
        assertThat(codes("A former Japanese prime minister spoke.", OCT_2023)).containsExactly("JPNELI");
        assertThat(codes("Former President Barack Obama spoke.", OCT_2023)).containsExactly("USAELI");
    }

    @Test
    void loneSurnameNeedsAnEarlierFullMention() {
        assertThat(codes("Blinken said the deliveries would prolong the war.", OCT_2023)).isEmpty();
        String text = "Antony Blinken arrived. Blinken said the deliveries would prolong the war.";
        assertThat(mentionByCode(text, OCT_2023)).containsEntry("USAGOV", "Antony Blinken|Blinken");
    }

    @Test
    void ambiguousSurnamesAreNeverCodedAlone() {
        String text = "Kim Jong Un met Park Jin. Kim and Park said nothing.";
        Map<String, String> mentions = mentionByCode(text, OCT_2023);

        assertThat(mentions).containsEntry("PRKGOV", "Kim Jong Un").containsEntry("KORGOV", "Park Jin");
    }

    @Test
    void unknownNameAfterARoleTakesTheRoleAndItsReMentions() {
        String text = "Kenyan Interior Minister Jane Wanjiru spoke. Wanjiru later left.";
        ActorTagger.Tags tags = tagger.tag(text, OCT_2023);

        assertThat(tags.actors()).extracting(ActorTag::code).containsExactly("KENGOV");
        assertThat(tags.actors().get(0).mentions()).isEqualTo(2);
        assertThat(tags.unknownNames()).containsExactly("Jane Wanjiru");
    }

    @Test
    void capitalActingIsTheGovernmentAndAsSceneAPlace() {
        String text = "Moscow denied it, and his counterparts from Tokyo and Seoul met in Geneva. Shells were "
                + "shipped to Moscow. A meeting in Seoul followed.";
        ActorTagger.Tags tags = tagger.tag(text, OCT_2023);

        assertThat(tags.actors()).extracting(ActorTag::code).containsExactly("RUSGOV", "JPNGOV", "KORGOV");
        assertThat(tags.actors().get(0).mentions()).isEqualTo(2);
        assertThat(tags.places()).extracting(PlaceTag::name).containsExactly("Geneva", "Seoul");
    }

    @Test
    void capitalFollowedByAPartOfTheCityIsAPlace() {
        ActorTagger.Tags tags = tagger.tag("Israeli warplanes struck Beirut's southern suburbs. Beirut protested.",
                OCT_2023);

        assertThat(tags.places()).extracting(PlaceTag::name).containsExactly("Beirut");
        assertThat(tags.actors()).extracting(ActorTag::code).containsExactly("ISRMIL", "LBNGOV");
    }

    @Test
    void citiesAreAlwaysPlacesWithTheirCountry() {
        ActorTagger.Tags tags = tagger.tag("Shelling in Kherson continued; Kherson residents fled.", OCT_2023);

        assertThat(tags.places()).extracting(PlaceTag::name, PlaceTag::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kherson", "UKR"));
        assertThat(tags.places().get(0).spans()).hasSize(2);
        assertThat(tags.actors()).isEmpty();
    }

    @Test
    void discardPhraseWrittenAsANameDropsItsSentenceOnly() {
        String text = "Brazil beat Argentina to win the World Cup. Brazilian lawmakers met.";

        assertThat(codes(text, OCT_2023)).containsExactly("BRALEG");
        assertThat(codes("Russia talked about the world cup of diplomacy.", OCT_2023)).containsExactly("RUS");
    }

    @Test
    void organisationsWithRolesAndPeopleKeepTheirOwnCode() {
        assertThat(codes("UN Secretary-General Antonio Guterres and NATO leaders spoke.", OCT_2023))
                .containsExactly("IGOUNO", "IGOWSTNAT");
        assertThat(codes("The IAEA said so.", OCT_2023)).containsExactly("IGOUNOIAE");
    }

    @Test
    void unknownNamesAreCapitalizedRunsNotInTheDictionary() {
        ActorTagger.Tags tags = tagger.tag("The envoy met Maria Gonzalez Rivera of the Andean Water Board. "
                + "However, nothing changed on Monday.", OCT_2023);

        assertThat(tags.unknownNames()).containsExactly("Maria Gonzalez Rivera", "Andean Water Board");
    }

    @Test
    void eachMentionIsCodedOnceAsSpecificallyAsTheTextAllows() {
        String text = "Russian President Vladimir Putin said Russia would respond.";
        List<ActorTag> actors = tagger.tag(text, OCT_2023).actors();

        assertThat(actors).extracting(ActorTag::code).containsExactly("RUSGOV", "RUS");
        assertThat(actors.stream().mapToInt(ActorTag::mentions).sum()).isEqualTo(2);
    }

    @Test
    void headlineInCapitalsIsTaggedButGivesNoUnknownNames() {
        ActorTagger.Tags tags = tagger.tag("RUSSIAN TROOPS ENTER KHERSON AS KYIV WARNS", OCT_2023);

        assertThat(tags.actors()).extracting(ActorTag::code).containsExactly("RUSMIL", "UKRGOV");
        assertThat(tags.unknownNames()).isEmpty();
    }

    @Test
    void mentionsAreTaggedWithTheirRoleCountryAndType() {
        ActorTag mil = tagger.tag("Russian troops advanced.", OCT_2023).actors().get(0);

        assertThat(mil.role()).isEqualTo("MIL");
        assertThat(mil.country()).isEqualTo("RUS");
        assertThat(mil.type()).isEqualTo("COUNTRY");
        assertThat(mil.name()).isEqualTo("Russia military");
        ActorTag igo = tagger.tag("NATO met.", OCT_2023).actors().get(0);
        assertThat(igo.type()).isEqualTo("IGO");
        assertThat(igo.country()).isNull();
        assertThat(igo.role()).isNull();
    }

}
