package io.newsflow.aggregate;

import static io.newsflow.aggregate.EnrichedArticles.article;

import io.newsflow.aggregate.cluster.ClusterParams;
import io.newsflow.model.EnrichedArticle;
import java.util.List;

/**
 * Articles whose story is only found again after a restart when the index is rebuilt with the true
 * inverse document frequencies.
 *
 * <p>Five unrelated reports mention the same five bureaucratic words once, which makes those words
 * common. The volcano report repeats them four times each, and names the volcano three times: with the
 * true idf its distinctive words lead its story's indexed terms; with every idf 1 (no frequencies known)
 * the five common words fill the five indexed terms instead, and the probe, which shares only the
 * volcano's words, finds no candidate.
 */
public final class RestoreScenario {

    private static final String COMMON = "Government officials statement minister briefing. ";

    private RestoreScenario() {
    }

    /** The defaults with only five indexed terms per story, so that a short text overflows them. */
    public static ClusterParams params() {
        return ClusterParams.defaults().withIndexedTerms(5);
    }

    /** Six articles that each open their own story; the volcano report comes last. */
    public static List<EnrichedArticle> history() {
        return List.of(
                background("bg-bridge", "2026-04-01", "Bridge repairs delayed downtown after cracks found in steel girders"),
                background("bg-school", "2026-04-02", "School budget approved with extra teachers for rural districts"),
                background("bg-port", "2026-04-03", "Port strike ends as dockworkers accept wage offer"),
                background("bg-rail", "2026-04-04", "Rail fares increase sharply on commuter lines next spring"),
                background("bg-hospital", "2026-04-05", "Hospital wing opens with new cancer treatment machines"),
                article("volcano", "islands.example", "2026-04-06T08:00:00Z", "Kanlaon volcano erupts",
                        COMMON.repeat(4) + "Kanlaon volcano erupts with ash."));
    }

    /** A later report on the eruption that shares only the volcano's words. */
    public static EnrichedArticle probe() {
        return article("probe", "islands.example", "2026-04-06T12:00:00Z", "Kanlaon volcano ash",
                "Kanlaon volcano ash fell on villages.");
    }

    private static EnrichedArticle background(String id, String day, String headline) {
        return article(id, "city.example", day + "T08:00:00Z", headline, COMMON + headline + ".");
    }
}
