package io.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The near-duplicate detector in one process: for each article in arrival order, the earlier articles
 * sharing an LSH band within the window are candidates, each is confirmed by its shingle sketch, and the
 * earliest at or above τ is the original; then the article is indexed. The Streams topology runs the
 * same steps spread over partitions; this class is what {@code newsflow eval dedup} and the benchmark run.
 * Not thread-safe.
 */
public final class NearDuplicateIndex {

    private final DedupParams params;
    private final ArticleSketch.Sketcher sketcher;
    private final Map<Long, List<String>> bandIndex = new HashMap<>();
    private final Map<String, Indexed> articles = new HashMap<>();

    private record Indexed(long timestamp, ArticleSketch sketch) {
    }

    /** An empty index. */
    public NearDuplicateIndex(DedupParams params) {
        this.params = params;
        this.sketcher = new ArticleSketch.Sketcher(params);
    }

    /** Checks an article against the earlier ones and indexes it; returns its original, if any. */
    public Optional<Candidate> offer(String id, long timestamp, String text) {
        ArticleSketch sketch = sketcher.sketch(text);
        Optional<Candidate> original = Candidate.earliestAtLeast(confirm(id, timestamp, sketch), params.tau());
        index(id, timestamp, sketch);
        return original;
    }

    /** The earlier articles of the window sharing a band with this sketch, with their similarity. */
    public List<Candidate> confirm(String id, long timestamp, ArticleSketch sketch) {
        List<Candidate> confirmed = new ArrayList<>();
        for (String other : candidates(id, timestamp, sketch.bands())) {
            Indexed earlier = articles.get(other);
            confirmed.add(new Candidate(other, earlier.timestamp(), sketch.shingles().jaccard(earlier.sketch().shingles())));
        }
        return confirmed;
    }

    /** The LSH query: the other articles of the window that share a band with these band hashes. */
    public Set<String> candidates(String id, long timestamp, long[] bands) {
        Set<String> found = new LinkedHashSet<>();
        for (int band = 0; band < bands.length; band++) {
            for (String other : bandIndex.getOrDefault(LshBands.mapKey(band, bands[band]), List.of())) {
                if (!other.equals(id) && Math.abs(articles.get(other).timestamp() - timestamp) <= params.window().toMillis()) {
                    found.add(other);
                }
            }
        }
        return found;
    }

    private void index(String id, long timestamp, ArticleSketch sketch) {
        Indexed previous = articles.put(id, new Indexed(timestamp, sketch));
        long[] bands = sketch.bands();
        for (int band = 0; band < bands.length; band++) {
            if (previous != null && previous.sketch().bands()[band] == bands[band]) {
                continue;
            }
            bandIndex.computeIfAbsent(LshBands.mapKey(band, bands[band]), k -> new ArrayList<>(1)).add(id);
        }
    }
}
