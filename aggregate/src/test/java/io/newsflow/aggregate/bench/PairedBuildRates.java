package io.newsflow.aggregate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Two or more builds of the clusterer compared in one JVM, window by window in turn, on the stream of
 * {@link StoryClustererBenchmark}. The machine's speed drifts by up to 1.5× between runs and within one,
 * so runs of two builds taken one after the other compare the machine as much as the builds; here each
 * build's window runs next to the other's (in the order ABBA, so a drift favours neither), and the median
 * of the windows' ratios says which build is faster. Each build is loaded by its own class loader from its
 * {@code classes} and {@code test-classes} directories.
 *
 * <p>Run: {@code java -cp <test classpath> io.newsflow.aggregate.bench.PairedBuildRates STORIES WINDOWS
 * TARGET_DIR...}, each TARGET_DIR an {@code aggregate/target} directory (docs/clustering.md).
 */
public final class PairedBuildRates {

    private static final String OWN_PACKAGES = "io.newsflow.aggregate.";
    private static final int WARMUP_WINDOWS = 10;
    private static final int ARTICLES_PER_WINDOW = 2048;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PairedBuildRates() {
    }

    /** One build's benchmark, driven through its public methods. */
    private record Build(String name, Object bench, Method nextArticle, Method assign) {

        static Build load(String stories, String targetDir) throws ReflectiveOperationException,
                MalformedURLException {
            Path target = Path.of(targetDir);
            ClassLoader loader = new ChildFirstLoader(new URL[] {target.resolve("test-classes").toUri().toURL(),
                    target.resolve("classes").toUri().toURL()}, PairedBuildRates.class.getClassLoader());
            Class<?> type = loader.loadClass(StoryClustererBenchmark.class.getName());
            Object bench = type.getConstructor().newInstance();
            type.getField("activeStories").setInt(bench, Integer.parseInt(stories));
            type.getMethod("fillIndex").invoke(bench);
            return new Build(targetDir, bench, type.getMethod("nextArticle"), type.getMethod("assign"));
        }

        /** Assignments per CPU-second over one window, each article made just before it, untimed. */
        double window() throws ReflectiveOperationException {
            long assigning = 0;
            for (int a = 0; a < ARTICLES_PER_WINDOW; a++) {
                nextArticle.invoke(bench);
                long start = THREADS.getCurrentThreadCpuTime();
                assign.invoke(bench);
                assigning += THREADS.getCurrentThreadCpuTime() - start;
            }
            return ARTICLES_PER_WINDOW / (assigning / 1e9);
        }
    }

    /** Loads this project's classes from the build's directories, the rest (libraries, the JDK) from the parent. */
    private static final class ChildFirstLoader extends URLClassLoader {

        ChildFirstLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(OWN_PACKAGES)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                Class<?> type = loaded != null ? loaded : findClass(name);
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int windows = Integer.parseInt(args[1]);
        Build[] builds = new Build[args.length - 2];
        for (int b = 0; b < builds.length; b++) {
            builds[b] = Build.load(args[0], args[b + 2]);
        }
        for (int w = 0; w < WARMUP_WINDOWS; w++) {
            for (Build build : builds) {
                build.window();
            }
        }
        double[][] rates = new double[builds.length][windows];
        for (int w = 0; w < windows; w++) {
            for (int k = 0; k < builds.length; k++) {
                int b = w % 2 == 0 ? k : builds.length - 1 - k;
                rates[b][w] = builds[b].window();
            }
        }
        for (int b = 0; b < builds.length; b++) {
            System.out.printf("%s: median %.0f assignments per CPU-second (windows %s)%n", builds[b].name(),
                    median(rates[b]), Arrays.toString(Arrays.stream(rates[b]).mapToLong(Math::round).toArray()));
        }
        for (int b = 1; b < builds.length; b++) {
            double[] ratios = new double[windows];
            for (int w = 0; w < windows; w++) {
                ratios[w] = rates[b][w] / rates[0][w];
            }
            Arrays.sort(ratios);
            System.out.printf("%s / %s: median ratio %.3f (quartiles %.3f–%.3f)%n", builds[b].name(),
                    builds[0].name(), median(ratios), ratios[windows / 4], ratios[3 * windows / 4]);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
