package io.newsflow.enrich;

import io.newsflow.enrich.actors.ActorTagger;
import io.newsflow.enrich.dedup.DuplicateCheck;
import io.newsflow.enrich.dedup.ExactDuplicateMarker;
import io.newsflow.enrich.dedup.FirstSeen;
import io.newsflow.enrich.dedup.TextFingerprint;
import io.newsflow.enrich.dedup.stream.DedupStores;
import io.newsflow.enrich.dedup.stream.NearDuplicateSteps;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.JsonSerde;
import io.newsflow.model.RawArticle;
import io.newsflow.model.TopicSpec;
import io.newsflow.model.streams.StampArticleId;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology: raw articles → validated → re-keyed by text fingerprint → exact copies marked →
 * near copies marked (MinHash-LSH across partitions, {@link NearDuplicateSteps}) → actors tagged →
 * enriched articles, keyed by article id. Every operator and store is named so that a new step does not
 * orphan a changelog on upgrade.
 */
public final class EnrichTopology {

    /** Store of the first article id per text fingerprint. */
    public static final String FIRST_SEEN_STORE = "first-article-by-fingerprint";

    private EnrichTopology() {
    }

    /** Builds the topology; {@code main} and the tests both call this. */
    public static Topology build(EnrichConfig config) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FIRST_SEEN_STORE),
                Serdes.String(), JsonSerde.of(FirstSeen.class)));
        TopicSpec<String, RawArticle> raw = config.topics().rawArticles();
        TopicSpec<String, EnrichedArticle> enriched = config.topics().enrichedArticles();
        ActorTagger tagger = config.tagger();

        KStream<String, DuplicateCheck> checked = builder.stream(raw.name(),
                        Consumed.with(raw.keySerde(), raw.valueSerde()).withName("raw-articles"))
                .filter((id, article) -> article != null, Named.as("drop-tombstones"))
                .mapValues(EnrichTopology::validate, Named.as("validate-article"))
                .processValues(() -> new StampArticleId<>(RawArticle::id), Named.as("stamp-article-id"))
                .selectKey((id, article) -> TextFingerprint.of(article.text()), Named.as("key-by-text-fingerprint"))
                .repartition(Repartitioned.with(raw.keySerde(), raw.valueSerde()).withName("by-text-fingerprint"))
                .process(() -> new ExactDuplicateMarker(FIRST_SEEN_STORE), Named.as("mark-exact-duplicates"),
                        FIRST_SEEN_STORE);
        nearDuplicatesMarked(builder, checked, config)
                .mapValues(check -> enrich(check, tagger, config), Named.as("tag-actors"))
                .to(enriched.name(), Produced.with(enriched.keySerde(), enriched.valueSerde())
                        .withName("enriched-articles"));
        return builder.build();
    }

    /** Exact copies are decided; every other article goes through the near-duplicate steps. */
    private static KStream<String, DuplicateCheck> nearDuplicatesMarked(StreamsBuilder builder,
                                                                        KStream<String, DuplicateCheck> checked,
                                                                        EnrichConfig config) {
        Map<String, KStream<String, DuplicateCheck>> byKind = checked.split(Named.as("exact-"))
                .branch((id, check) -> check.exact(), Branched.as("copies"))
                .defaultBranch(Branched.as("to-check"));
        return byKind.get("exact-copies").merge(NearDuplicateSteps.addTo(builder, byKind.get("exact-to-check"),
                config.dedup(), DedupStores.DEFAULT), Named.as("duplicates-marked"));
    }

    private static RawArticle validate(String key, RawArticle article) {
        if (article.id() == null || article.id().isBlank()) {
            throw new InvalidArticleException("article has no id");
        }
        if (!article.id().equals(key)) {
            throw new InvalidArticleException("record key '" + key + "' is not the article id '" + article.id() + "'");
        }
        if (article.text() == null || article.text().isBlank()) {
            throw new InvalidArticleException("article " + article.id() + " has no text");
        }
        if (article.schemaVersion() > RawArticle.SCHEMA_VERSION) {
            throw new InvalidArticleException("raw article schema version " + article.schemaVersion()
                    + " is newer than this enricher understands (" + RawArticle.SCHEMA_VERSION + ")");
        }
        return article;
    }

    private static EnrichedArticle enrich(DuplicateCheck check, ActorTagger tagger, EnrichConfig config) {
        ActorTagger.Tags tags = tagger.tag(check.article());
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, check.article(), check.duplicateOf(), check.exact(),
                check.similarity(), tags.actors(), tags.places(), tags.unknownNames(), tagger.dictionaryVersion(),
                config.clock().instant());
    }
}
