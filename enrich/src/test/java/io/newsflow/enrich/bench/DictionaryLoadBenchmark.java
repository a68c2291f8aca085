package io.newsflow.enrich.bench;

import io.newsflow.enrich.actors.ActorDictionary;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time to load the dictionaries (single shot: what a starting enricher pays) and the heap the loaded
 * dictionary keeps (used heap after a full GC with the dictionary held, minus before loading).
 *
 * <p>Run as {@code org.openjdk.jmh.Main DictionaryLoadBenchmark -bm ss -f 3 -wi 1 -i 5} with the enrich
 * test classpath (see docs/actors.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DictionaryLoadBenchmark {

    @Param({"curated", "phoenix"})
    public String dictionaries;

    private Path phoenix;

    @Setup(Level.Trial)
    public void locate() {
        phoenix = Path.of(System.getProperty("newsflow.phoenix",
                Path.of("..").toAbsolutePath().normalize().getParent().resolve("shared/data/actors/phoenix").toString()));
        if ("phoenix".equals(dictionaries) && !Files.isDirectory(phoenix)) {
            throw new IllegalStateException(phoenix + " absent: run with -p dictionaries=curated");
        }
    }

    /** Retained heap of the dictionary loaded in the iteration, in kilobytes. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Heap {
        private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
        public long retainedKilobytes;
        private long before;
        ActorDictionary held;

        @Setup(Level.Iteration)
        public void before() {
            held = null;
            before = used();
        }

        @TearDown(Level.Iteration)
        public void after() {
            retainedKilobytes = Math.max(0, used() - before) / 1024;
            if (held == null) {
                throw new IllegalStateException("no dictionary was loaded");
            }
        }

        private static long used() {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return MEMORY.getHeapMemoryUsage().getUsed();
        }
    }

    @Benchmark
    public ActorDictionary load(Heap heap) {
        heap.held = "phoenix".equals(dictionaries) ? ActorDictionary.withShared(phoenix) : ActorDictionary.curated();
        return heap.held;
    }
}
