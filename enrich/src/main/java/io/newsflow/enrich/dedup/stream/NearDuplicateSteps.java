package io.newsflow.enrich.dedup.stream;

import io.newsflow.enrich.dedup.ArticleSketch;
import io.newsflow.enrich.dedup.DedupParams;
import io.newsflow.enrich.dedup.DuplicateCheck;
import io.newsflow.model.JsonSerde;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * Adds the near-duplicate steps to a topology: articles keyed by id in, the same articles with their
 * near-duplicate decision out, keyed by id. Five named repartition topics, four named RocksDB stores
 * with changelogs (see the package description for the flow).
 */
public final class NearDuplicateSteps {

    /** Articles kept per band key. */
    static final int MAX_ENTRIES_PER_BAND = 64;

    private NearDuplicateSteps() {
    }

    /**
     * Adds the steps.
     *
     * @param builder  the builder to add the stores to
     * @param articles articles not yet known as copies, keyed by article id
     * @param params   the dedup settings
     * @param stores   the store names
     * @return the decided articles, keyed by article id
     */
    public static KStream<String, DuplicateCheck> addTo(StreamsBuilder builder, KStream<String, DuplicateCheck> articles,
                                                        DedupParams params, DedupStores stores) {
        addStores(builder, stores);
        Serde<String> keys = Serdes.String();
        ArticleSketch.Sketcher sketcher = new ArticleSketch.Sketcher(params);
        KStream<String, GatherOutcome> gathered = articles
                .repartition(Repartitioned.with(keys, JsonSerde.of(DuplicateCheck.class)).withName("dedup-by-article"))
                .process(() -> new FanOutToBands(sketcher, stores, params.window(), params.sweepInterval()),
                        Named.as("dedup-fan-out-to-bands"), stores.sketches(), stores.articles(), stores.gatherings())
                .repartition(Repartitioned.with(keys, JsonSerde.of(BandRequest.class)).withName("dedup-by-band"))
                .process(() -> new BandLookup(stores.bands(), params.window(), params.sweepInterval(),
                        MAX_ENTRIES_PER_BAND), Named.as("dedup-band-lookup"), stores.bands())
                .repartition(Repartitioned.with(keys, JsonSerde.of(BandReply.class)).withName("dedup-band-replies"))
                .process(() -> new GatherCandidates(stores), Named.as("dedup-gather-candidates"),
                        stores.sketches(), stores.articles(), stores.gatherings());
        Map<String, KStream<String, GatherOutcome>> branches = gathered
                .split(Named.as("dedup-outcome-"))
                .branch((key, outcome) -> outcome.decided() != null, Branched.as("decided"))
                .defaultBranch(Branched.as("to-confirm"));
        KStream<String, DuplicateCheck> withoutCandidates = branches.get("dedup-outcome-decided")
                .mapValues(GatherOutcome::decided, Named.as("dedup-no-candidates"));
        KStream<String, DuplicateCheck> confirmed = branches.get("dedup-outcome-to-confirm")
                .mapValues(GatherOutcome::confirm, Named.as("dedup-confirm-request"))
                .repartition(Repartitioned.with(keys, JsonSerde.of(ConfirmRequest.class))
                        .withName("dedup-confirm-requests"))
                .process(() -> new ConfirmAgainstSketch(stores.sketches()), Named.as("dedup-confirm-against-sketch"),
                        stores.sketches())
                .repartition(Repartitioned.with(keys, JsonSerde.of(ConfirmReply.class))
                        .withName("dedup-confirm-replies"))
                .process(() -> new DecideOriginal(stores, params.tau()), Named.as("dedup-decide-original"),
                        stores.articles(), stores.gatherings());
        return withoutCandidates.merge(confirmed, Named.as("dedup-decided"));
    }

    private static void addStores(StreamsBuilder builder, DedupStores stores) {
        builder.addStateStore(Stores.keyValueStoreBuilder(persistent(stores.sketches()), Serdes.String(),
                new StoredSketch.StoreSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(persistent(stores.articles()), Serdes.String(),
                JsonSerde.of(DuplicateCheck.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(persistent(stores.gatherings()), Serdes.String(),
                JsonSerde.of(Gathering.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(persistent(stores.bands()), Serdes.String(),
                new BandEntries.StoreSerde()));
    }

    private static KeyValueBytesStoreSupplier persistent(String name) {
        return Stores.persistentKeyValueStore(name);
    }
}
