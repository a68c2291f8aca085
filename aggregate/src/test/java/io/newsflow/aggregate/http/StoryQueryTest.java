package io.newsflow.aggregate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing listing parameters, and the query string a listing sends to the other instances. */
class StoryQueryTest {

    @Test
    void defaultsToTheFiftyMostRecentOfEitherStatus() {
        assertThat(StoryQuery.parse(Map.of())).isEqualTo(new StoryQuery(null, null, StoryQuery.Sort.RECENT, 50));
    }

    @Test
    void theQueryForOtherInstancesAsksTheSameOfTheirOwnPartitions() {
        StoryQuery query = StoryQuery.parse(Map.of("active", "true", "actor", "rusgov", "sort", "SIZE", "limit", "7"));

        String forwarded = query.localQueryString();

        assertThat(forwarded).startsWith("?").contains("scope=local");
        Map<String, String> params = Paths.query(forwarded.substring(1));
        assertThat(StoryQuery.parse(params)).isEqualTo(new StoryQuery(true, "RUSGOV", StoryQuery.Sort.SIZE, 7));
    }

    @Test
    void idsWithSlashesSpacesAndPlusSignsSurviveAPathSegment() {
        String id = "feed/2026 04+05 é";

        String segment = Paths.encode(id);

        assertThat(segment).doesNotContain("/", " ", "+");
        assertThat(Paths.decodeSegment(segment)).isEqualTo(id);
        assertThat(Paths.decodeSegment("a+b")).as("a plus in a path is a plus").isEqualTo("a+b");
    }

    @Test
    void readsQueryValuesDecodedAndKeepsTheFirstOfARepeatedName() {
        assertThat(Paths.query("actor=R%55S&actor=CHL&flag&q=a+b")).containsEntry("actor", "RUS")
                .containsEntry("flag", "").containsEntry("q", "a b");
        assertThat(Paths.query(null)).isEmpty();
    }
}
