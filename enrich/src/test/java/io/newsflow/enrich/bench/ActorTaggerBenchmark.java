package io.newsflow.enrich.bench;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorTagger;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Articles tagged per second on one thread: synthetic news articles of ~500 words (common words, with a
 * country, demonym + role, person, capital or organisation every ~12 words), with the curated dictionary
 * alone or over the full Phoenix dictionaries ({@code ../shared/data/actors/phoenix}, or
 * {@code -Dnewsflow.phoenix=DIR}).
 *
 * <p>{@code mvn -B -q -ntp -pl enrich -am test-compile}, then run {@code org.openjdk.jmh.Main ActorTaggerBenchmark}
 * with the enrich test classpath (see docs/actors.md for the exact command).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ActorTaggerBenchmark {

    private static final int WORDS = 500;
    private static final int BATCH = 256;
    private static final String[] COMMON = ("the of and to in a that said for on with as was is by at from it "
            + "its has have had were be been will would could talks officials week after over more than new year "
            + "government meeting agreement statement forces border security economic trade support aid "
            + "minister president leaders country region people reported according told reporters Monday "
            + "Tuesday weapons missile strike ceasefire sanctions deal summit visit on also but not which who "
            + "while during against between under about their they this these other two three since").split(" ");
    private static final String[] ACTORS = {"Russia", "North Korea", "the United States", "Japan", "South Korea",
        "Ukrainian troops", "Russian President Vladimir Putin", "Japanese Foreign Minister Kamikawa Yoko",
        "Moscow denied", "in Seoul", "the Kremlin", "NATO", "the IAEA", "Chinese officials", "Pyongyang",
        "U.S. Secretary of State Antony Blinken", "Blinken", "Kim Jong Un", "Iranian drones", "Israeli forces",
        "Hamas", "the European Union", "German Chancellor Olaf Scholz", "Kyiv", "Indian diplomats",
        "South Korean defense officials", "Maria Gonzalez of the Andean Water Board", "Turkey", "Brazil"};

    @Param({"curated", "phoenix"})
    public String dictionaries;

    private ActorTagger tagger;
    private List<String> articles;
    private int next;
    private final LocalDate day = LocalDate.of(2023, 10, 26);

    @Setup(Level.Trial)
    public void load() {
        Path phoenix = Path.of(System.getProperty("newsflow.phoenix",
                Path.of("..").toAbsolutePath().normalize().getParent().resolve("shared/data/actors/phoenix").toString()));
        if ("phoenix".equals(dictionaries) && !Files.isDirectory(phoenix)) {
            throw new IllegalStateException(phoenix + " absent: run with -p dictionaries=curated");
        }
        tagger = new ActorTagger("phoenix".equals(dictionaries) ? ActorDictionary.withShared(phoenix)
                : ActorDictionary.curated());
        SplittableRandom random = new SplittableRandom(7);
        articles = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            articles.add(article(random));
        }
    }

    private static String article(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int words = 0;
        boolean sentenceStart = true;
        while (words < WORDS) {
            String word;
            if (random.nextInt(12) == 0) {
                word = ACTORS[random.nextInt(ACTORS.length)];
            } else {
                word = COMMON[random.nextInt(COMMON.length)];
                if (sentenceStart) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
            }
            text.append(word);
            words += word.split(" ").length;
            sentenceStart = random.nextInt(15) == 0;
            text.append(sentenceStart ? ". " : random.nextInt(10) == 0 ? ", " : " ");
        }
        return text.toString();
    }

    /**
     * CPU time of the benchmark thread, reported next to the wall-clock rate: on a shared machine
     * (load above the core count) articles per CPU-second is the per-core figure.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        /** Microseconds of CPU the thread used in the iteration. */
        public long cpuMicros;
        private long started;

        @Setup(Level.Iteration)
        public void start() {
            cpuMicros = 0;
            started = THREADS.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Iteration)
        public void stop() {
            cpuMicros = (THREADS.getCurrentThreadCpuTime() - started) / 1000;
        }
    }

    @Benchmark
    public ActorTagger.Tags tagArticle(CpuTime cpu) {
        String article = articles.get(next);
        next = (next + 1) % BATCH;
        return tagger.tag(article, day);
    }
}
