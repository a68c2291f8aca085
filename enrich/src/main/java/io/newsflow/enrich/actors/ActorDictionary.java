package io.newsflow.enrich.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The names the tagger knows, in one trie, with the version that goes on every tagged article.
 *
 * <p>The curated dictionary ships as resources in this package ({@code countries.tsv}, {@code people.tsv},
 * {@code organizations.tsv}, {@code roles.tsv}, {@code cities.tsv}, {@code discards.tsv}; formats in
 * their headers and in docs/actors.md). Shared PETRARCH/Phoenix-format files can be added from a
 * directory; the curated names override theirs.
 */
public final class ActorDictionary {

    static final String COUNTRIES = "countries.tsv";
    private static final List<String> CURATED_FILES = List.of("people.tsv", "organizations.tsv", "roles.tsv",
            "cities.tsv", "discards.tsv");
    static final int CURATED = 2;
    static final int SHARED = 1;

    private final NameTrie trie;
    private final String version;
    private final LocalDate asOf;
    private final Map<String, String> countries;

    private ActorDictionary(NameTrie trie, String version, LocalDate asOf, Map<String, String> countries) {
        this.trie = trie;
        this.version = version;
        this.asOf = asOf;
        this.countries = Map.copyOf(countries);
    }

    /** The curated dictionary shipped with newsflow. */
    public static ActorDictionary curated() {
        return build(null);
    }

    /**
     * The curated dictionary over the PETRARCH/Phoenix-format dictionaries in a directory: every
     * {@code *.actors.txt}, {@code *.agents.txt} and {@code *.discards.txt} there (not in sub-directories).
     */
    public static ActorDictionary withShared(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("no dictionary directory " + directory);
        }
        return build(directory);
    }

    private static ActorDictionary build(Path sharedDirectory) {
        CuratedLoader curated = new CuratedLoader(new NameTrie());
        String countries = resource(COUNTRIES);
        curated.countries(COUNTRIES, countries);
        List<String> texts = new ArrayList<>();
        for (String file : CURATED_FILES) {
            texts.add(resource(file));
        }
        List<String> hashed = new ArrayList<>(texts);
        hashed.add(countries);
        String version = "curated-" + curated.asOf(texts.get(0)) + "-" + curated.hash(hashed);
        if (sharedDirectory != null) {
            PetrarchLoader shared = new PetrarchLoader(curated.trie(), curated.countryCodes());
            version += "+petrarch-" + shared.loadAll(sharedFiles(sharedDirectory));
        }
        // the curated names override the shared ones at the same name by their higher priority
        for (int i = 0; i < CURATED_FILES.size(); i++) {
            curated.load(CURATED_FILES.get(i), texts.get(i));
        }
        return new ActorDictionary(curated.trie(), version, LocalDate.parse(curated.asOf(texts.get(0))),
                curated.countryNames());
    }

    /** A dictionary of the countries alone in the curated TSV format (for tests of the format). */
    static ActorDictionary fromCountries(String tsv) {
        CuratedLoader curated = new CuratedLoader(new NameTrie());
        curated.countries(COUNTRIES, tsv);
        String asOf = curated.asOf(tsv);
        return new ActorDictionary(curated.trie(), "curated-" + asOf + "-" + curated.hash(List.of(tsv)),
                "undated".equals(asOf) ? LocalDate.now() : LocalDate.parse(asOf), curated.countryNames());
    }

    private static List<Path> sharedFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> PetrarchLoader.kindOf(f.getFileName().toString()) != null)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ActorDictionary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    NameTrie trie() {
        return trie;
    }

    /** The day the curated facts hold on; texts without a date are coded as of it. */
    LocalDate asOf() {
        return asOf;
    }

    /** The canonical name of a country by its ISO3 code, or the code itself when unknown. */
    String countryName(String iso3) {
        return countries.getOrDefault(iso3, iso3);
    }

    /** Number of names (with their variants) in the trie. */
    public int size() {
        return trie.size();
    }

    /** The dictionary's version: the curated as-of date and content hash, plus a hash of any shared files. */
    public String version() {
        return version;
    }
}
