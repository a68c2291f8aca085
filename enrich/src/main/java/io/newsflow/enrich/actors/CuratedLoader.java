package io.newsflow.enrich.actors;

import io.newsflow.enrich.actors.DictionaryEntry.DatedCode;
import io.newsflow.enrich.actors.DictionaryEntry.Kind;
import io.newsflow.enrich.actors.NameTrie.CaseRule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the curated dictionary files: tab-separated columns, alternatives within a column separated by
 * {@code |}, {@code #} starts a comment line, {@code # as-of: YYYY-MM-DD} dates the facts. Formats are in
 * each file's header and in docs/actors.md.
 */
final class CuratedLoader {

    private static final String AS_OF = "# as-of:";

    private final NameTrie trie;
    private final Set<String> countryCodes = new HashSet<>();
    private final Map<String, String> countryNames = new HashMap<>();

    CuratedLoader(NameTrie trie) {
        this.trie = trie;
    }

    NameTrie trie() {
        return trie;
    }

    Set<String> countryCodes() {
        return countryCodes;
    }

    Map<String, String> countryNames() {
        return countryNames;
    }

    /** The as-of date a file declares, or "undated". */
    String asOf(String text) {
        for (String line : text.split("\n")) {
            if (line.startsWith(AS_OF)) {
                return line.substring(AS_OF.length()).strip();
            }
        }
        return "undated";
    }

    /** First 32 bits of the SHA-256 of the files' contents, in hex. */
    String hash(List<String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            texts.forEach(t -> digest.update(t.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** iso3, canonical name, other names, demonyms and adjectives, capitals, seats of government. */
    void countries(String file, String text) {
        forEachRow(file, text, 6, this::addCountry);
    }

    void load(String file, String text) {
        switch (file) {
            case "people.tsv" -> forEachRow(file, text, 4, this::addPerson);
            case "organizations.tsv" -> forEachRow(file, text, 4, this::addOrganization);
            case "roles.tsv" -> forEachRow(file, text, 2, this::addRole);
            case "cities.tsv" -> forEachRow(file, text, 2, this::addCity);
            case "discards.tsv" -> forEachRow(file, text, 1, this::addDiscard);
            default -> throw new IllegalArgumentException("unknown curated file " + file);
        }
    }

    private void addCountry(String[] c) {
        String iso3 = c[0].strip();
        String name = c[1].strip();
        countryCodes.add(iso3);
        countryNames.put(iso3, name);
        DictionaryEntry country = DictionaryEntry.of(name, "COUNTRY", iso3, Kind.COUNTRY, iso3);
        add(name, country);
        alternatives(c[2]).forEach(alias -> add(alias, country));
        DictionaryEntry demonym = DictionaryEntry.of(name, "COUNTRY", iso3, Kind.DEMONYM, iso3);
        alternatives(c[3]).forEach(word -> add(word, demonym));
        alternatives(c[4]).forEach(capital -> add(capital,
                DictionaryEntry.of(capital, "COUNTRY", iso3, Kind.CAPITAL, iso3 + "GOV")));
        DictionaryEntry seat = DictionaryEntry.of(name + " government", "COUNTRY", iso3, Kind.SEAT, iso3 + "GOV");
        alternatives(c[5]).forEach(seatName -> add(seatName, seat));
    }

    /** canonical name, other names, re-mention surname ({@code *} after it: codes alone too), dated codes. */
    private void addPerson(String[] c) {
        List<DatedCode> dated = new ArrayList<>();
        String fallback = null;
        for (String spec : alternatives(c[3])) {
            String[] parts = spec.split("\\s+");
            if (parts.length == 1) {
                fallback = parts[0];
            } else {
                dated.add(datedCode(parts[0], parts[1]));
            }
        }
        String first = !dated.isEmpty() ? dated.get(0).code() : fallback;
        String name = c[0].strip();
        DictionaryEntry person = new DictionaryEntry(name, "PERSON", countryOf(first), Kind.PERSON, dated, fallback,
                null, false);
        add(name, person);
        alternatives(c[1]).forEach(alias -> add(alias, person));
        String surname = c[2].strip();
        if (!surname.isEmpty()) {
            boolean alone = surname.endsWith("*");
            String word = alone ? surname.substring(0, surname.length() - 1) : surname;
            if (!Surnames.isAmbiguous(word.toUpperCase(Locale.ROOT))) {
                add(word, person.surname(word, alone));
            }
        }
    }

    /** code, type, canonical name, other names. */
    private void addOrganization(String[] c) {
        String code = c[0].strip();
        String name = c[2].strip();
        DictionaryEntry org = DictionaryEntry.of(name, c[1].strip(), countryOf(code), Kind.ORGANIZATION, code);
        add(name, org);
        alternatives(c[3]).forEach(alias -> add(alias, org));
    }

    /** suffix ({@code ~GOV}), role nouns in every form they take. */
    private void addRole(String[] c) {
        String code = c[0].strip();
        for (String noun : alternatives(c[1])) {
            trie.add(noun, DictionaryEntry.of(noun, null, null, Kind.AGENT, code), CaseRule.ANY, ActorDictionary.CURATED);
        }
    }

    /** iso3, names of a city or region that is only ever a place. */
    private void addCity(String[] c) {
        String iso3 = c[0].strip();
        for (String city : alternatives(c[1])) {
            add(city, DictionaryEntry.of(city, null, iso3, Kind.CITY, null));
        }
    }

    private void addDiscard(String[] c) {
        String phrase = c[0].strip();
        trie.add(phrase, DictionaryEntry.of(phrase, null, null, Kind.DISCARD, null), CaseRule.ANY,
                ActorDictionary.CURATED);
    }

    private void add(String name, DictionaryEntry entry) {
        trie.add(name, entry, CaseRule.EXACT, ActorDictionary.CURATED);
    }

    private String countryOf(String code) {
        return code != null && code.length() >= 3 && countryCodes.contains(code.substring(0, 3)) ? code.substring(0, 3)
                : null;
    }

    /** {@code CODE from..to}, dates ISO, either end open. */
    private static DatedCode datedCode(String code, String range) {
        int dots = range.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("date range '" + range + "' of " + code + " lacks '..'");
        }
        try {
            String from = range.substring(0, dots);
            String to = range.substring(dots + 2);
            return new DatedCode(code, from.isEmpty() ? null : LocalDate.parse(from),
                    to.isEmpty() ? null : LocalDate.parse(to));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date in range '" + range + "' of " + code, e);
        }
    }

    private interface Row {
        void accept(String[] columns);
    }

    private static void forEachRow(String file, String text, int columns, Row row) {
        int lineNumber = 0;
        for (String line : text.split("\n")) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != columns) {
                throw new IllegalArgumentException(file + " line " + lineNumber + ": expected " + columns
                        + " tab-separated columns, found " + c.length);
            }
            try {
                row.accept(c);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
    }

    private static List<String> alternatives(String column) {
        return column.isBlank() ? List.of()
                : Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
