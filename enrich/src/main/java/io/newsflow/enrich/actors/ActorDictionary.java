package io.newsflow.enrich.actors;

import io.newsflow.enrich.actors.DictionaryEntry.NameKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The names the tagger knows, in one trie, with the version that goes on every tagged article.
 *
 * <p>The curated country file ({@code countries.tsv}, tab-separated: ISO3, name, other names,
 * demonyms, capitals, seats of government) is documented in its header.
 */
public final class ActorDictionary {

    private static final String COUNTRIES = "countries.tsv";
    private static final String AS_OF = "# as-of:";
    private static final int COLUMNS = 6;

    private final NameTrie trie;
    private final String version;

    private ActorDictionary(NameTrie trie, String version) {
        this.trie = trie;
        this.version = version;
    }

    /** The curated dictionary shipped with newsflow. */
    public static ActorDictionary curated() {
        try (InputStream in = ActorDictionary.class.getResourceAsStream(COUNTRIES)) {
            if (in == null) {
                throw new IllegalStateException(COUNTRIES + " is missing from the classpath");
            }
            return fromCountries(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COUNTRIES, e);
        }
    }

    /** A dictionary of the countries in the curated TSV format. */
    static ActorDictionary fromCountries(String tsv) {
        NameTrie trie = new NameTrie();
        String asOf = "undated";
        int lineNumber = 0;
        for (String line : tsv.split("\n")) {
            lineNumber++;
            if (line.startsWith(AS_OF)) {
                asOf = line.substring(AS_OF.length()).strip();
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != COLUMNS) {
                throw new IllegalArgumentException(COUNTRIES + " line " + lineNumber + ": expected " + COLUMNS
                        + " tab-separated columns, found " + columns.length);
            }
            addCountry(trie, columns);
        }
        return new ActorDictionary(trie, "curated-" + asOf + "-" + shortHash(tsv));
    }

    private static void addCountry(NameTrie trie, String[] columns) {
        String iso3 = columns[0].strip();
        String name = columns[1].strip();
        DictionaryEntry country = new DictionaryEntry(iso3, name, "COUNTRY", iso3, null, NameKind.COUNTRY_NAME, null);
        trie.add(name, country);
        alternatives(columns[2]).forEach(alias -> trie.add(alias, country));
        DictionaryEntry demonym = new DictionaryEntry(iso3, name, "COUNTRY", iso3, null, NameKind.DEMONYM, null);
        alternatives(columns[3]).forEach(word -> trie.add(word, demonym));
        String government = name + " government";
        alternatives(columns[4]).forEach(capital -> trie.add(capital,
                new DictionaryEntry(iso3 + "GOV", government, "COUNTRY", iso3, "GOV", NameKind.CAPITAL, capital)));
        DictionaryEntry seat = new DictionaryEntry(iso3 + "GOV", government, "COUNTRY", iso3, "GOV", NameKind.SEAT, null);
        alternatives(columns[5]).forEach(seatName -> trie.add(seatName, seat));
    }

    private static List<String> alternatives(String column) {
        return column.isBlank() ? List.of()
                : Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String shortHash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    NameTrie trie() {
        return trie;
    }

    /** The dictionary's version: its as-of date and a hash of its content. */
    public String version() {
        return version;
    }
}
