package io.newsflow.enrich.bench;

import io.newsflow.enrich.dedup.ArticleSketch;
import io.newsflow.enrich.dedup.Candidate;
import io.newsflow.enrich.dedup.DedupParams;
import io.newsflow.enrich.dedup.NearDuplicateIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Signature and LSH query rate of the near-duplicate core for ~500-word articles, against an index of
 * N earlier articles; a quarter of the probes are light edits of indexed articles, so candidates are
 * confirmed too. Synthetic text: words drawn from a Zipf-like vocabulary, with punctuation and capitals.
 *
 * <p>Run (after {@code mvn -B -q -pl enrich -am test-compile}):
 * {@code java -cp "enrich/target/test-classes:enrich/target/classes:$(cat cp.txt)" org.openjdk.jmh.Main
 * NearDuplicateBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}, see docs/dedup.md. Next to ops/s it reports the
 * thread CPU time it used ({@code cpuMicros} over {@code timedOps}), which gives the rate per core on a
 * machine shared with other work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NearDuplicateBenchmark {

    private static final int VOCABULARY = 50_000;
    private static final int WORDS = 500;
    private static final int PROBES = 1024;

    @Param({"20000"})
    public int indexed;

    private ArticleSketch.Sketcher sketcher;
    private NearDuplicateIndex index;
    private List<String> probes;
    private int next;

    @Setup(Level.Trial)
    public void fillIndex() {
        SplittableRandom random = new SplittableRandom(42);
        sketcher = new ArticleSketch.Sketcher(DedupParams.DEFAULTS);
        index = new NearDuplicateIndex(DedupParams.DEFAULTS);
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < indexed; i++) {
            String text = text(random);
            index.offer("a" + i, i, text);
            if (i < PROBES) {
                earlier.add(text);
            }
        }
        probes = new ArrayList<>();
        for (int i = 0; i < PROBES; i++) {
            probes.add(i % 4 == 0 ? earlier.get(i).replaceFirst(" \\w+ ", " edited ") + " Copyright Wire." : text(random));
        }
    }

    /**
     * Thread CPU time next to the wall-clock score, because the machine may be shared: the per-core rate
     * is {@code timedOps / cpuMicros * 1e6}. Sampled every 256 operations, as reading the clock costs about
     * a microsecond.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long cpuMicros;
        public long timedOps;
        private long last;
        private int calls;

        void tick() {
            if ((++calls & 255) == 0) {
                long now = THREADS.getCurrentThreadCpuTime();
                if (last != 0) {
                    cpuMicros += (now - last) / 1000;
                    timedOps += 256;
                }
                last = now;
            }
        }
    }

    /** Signature and LSH query: tokenize, shingle, sign, band, look up the bands (the candidates). */
    @Benchmark
    public Set<String> signAndQuery(CpuTime cpu) {
        cpu.tick();
        return index.candidates("probe", indexed, sketcher.bands(probes.get(next++ & (PROBES - 1))));
    }

    /**
     * Everything an article costs the detector: the signature, the shingle sketch kept for confirmations,
     * the LSH query and the confirmation of each candidate.
     */
    @Benchmark
    public List<Candidate> sketchQueryAndConfirm(CpuTime cpu) {
        cpu.tick();
        return index.confirm("probe", indexed, sketcher.sketch(probes.get(next++ & (PROBES - 1))));
    }

    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder(WORDS * 7);
        for (int i = 0; i < WORDS; i++) {
            // Zipf-like: small ranks are frequent
            int rank = (int) Math.floor(Math.pow(VOCABULARY, random.nextDouble()));
            String word = Integer.toString(rank * 7919 % 1_000_003, 36);
            if (i % 12 == 0) {
                text.append(i == 0 ? "" : ". ").append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                text.append(i % 7 == 0 ? ", " : " ").append(word);
            }
        }
        return text.append('.').toString();
    }
}
