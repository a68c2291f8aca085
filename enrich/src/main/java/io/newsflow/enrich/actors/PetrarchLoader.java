package io.newsflow.enrich.actors;

import io.newsflow.enrich.actors.DictionaryEntry.DatedCode;
import io.newsflow.enrich.actors.DictionaryEntry.Kind;
import io.newsflow.enrich.actors.NameTrie.CaseRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH/Phoenix-format dictionaries (format: the PETRARCH {@code dictionaries.rst}): actor files
 * (a name, {@code +} synonyms, tab-indented {@code [CODE date-range]} lines and a bare {@code [CODE]}
 * default), agent files (role nouns with {@code [~SUFFIX]} or {@code [PREFIX~]}, {@code {plurals}} and
 * {@code !SET!} substitutions) and discard lists. Names are upper case there, so they match capitalized
 * words of a text; roles and discards match in any case.
 */
final class PetrarchLoader {

    /** The kind of file: by the end of its name. */
    enum FileKind { ACTORS, AGENTS, DISCARDS }

    private static final Pattern CODE = Pattern.compile("\\[([^\\]\\s]+)(?:\\s+([<>]?)(\\d{6,8})(?:-(\\d{6,8}))?)?\\s*]");
    private static final Pattern SUBSTITUTION = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");

    private final NameTrie trie;
    private final Set<String> countries;
    private final Map<String, List<String>> substitutions = new LinkedHashMap<>();

    PetrarchLoader(NameTrie trie, Set<String> countries) {
        this.trie = trie;
        this.countries = countries;
    }

    /** The kind of a file by its name ({@code Phoenix.Countries.actors.txt}), null when it is none of them. */
    static FileKind kindOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".actors.txt")) {
            return FileKind.ACTORS;
        }
        if (name.endsWith(".agents.txt")) {
            return FileKind.AGENTS;
        }
        return name.endsWith(".discards.txt") ? FileKind.DISCARDS : null;
    }

    /** Loads the files in order and returns the first 32 bits (hex) of a SHA-256 over names and contents. */
    String loadAll(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                load(kindOf(file.getFileName().toString()), file.getFileName().toString(), text);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    void load(FileKind kind, String fileName, String text) {
        switch (kind) {
            case ACTORS -> actors(fileName, text);
            case AGENTS -> agents(text);
            case DISCARDS -> discards(text);
        }
    }

    // ---- actors ----

    private void actors(String fileName, String text) {
        boolean groups = fileName.toLowerCase(Locale.ROOT).contains("milnonstate");
        Record record = null;
        for (String raw : text.split("\n")) {
            String line = uncomment(raw);
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("+") && record != null) {
                record.names.add(phrase(line.substring(1)));
                addCodes(record, line);
            } else if (Character.isWhitespace(line.charAt(0)) && record != null) {
                addCodes(record, line);
            } else {
                if (record != null) {
                    record.addTo(this, groups);
                }
                record = new Record();
                record.names.add(phrase(line));
                addCodes(record, line);
            }
        }
        if (record != null) {
            record.addTo(this, groups);
        }
    }

    private static void addCodes(Record record, String line) {
        Matcher m = CODE.matcher(line);
        while (m.find()) {
            String code = m.group(1);
            if (!code.chars().allMatch(Character::isLetterOrDigit)) {
                continue; // "[###]" and the like code nothing
            }
            if (m.group(3) == null) {
                record.fallback = code;
            } else if (">".equals(m.group(2))) {
                record.dated.add(new DatedCode(code, date(m.group(3)), null));
            } else if ("<".equals(m.group(2))) {
                record.dated.add(new DatedCode(code, null, date(m.group(3))));
            } else {
                record.dated.add(new DatedCode(code, date(m.group(3)), m.group(4) == null ? date(m.group(3))
                        : date(m.group(4))));
            }
        }
    }

    /** YYYYMMDD, or YYMMDD with years up to 30 in this century (the files stop around 2014). */
    private static LocalDate date(String digits) {
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    safeDay(digits.substring(6, 8)));
        }
        int yy = Integer.parseInt(digits.substring(0, 2));
        int year = yy <= 30 ? 2000 + yy : 1900 + yy;
        return LocalDate.of(year, Math.max(1, Math.min(12, Integer.parseInt(digits.substring(2, 4)))),
                safeDay(digits.substring(4, 6)));
    }

    /** Some dates in the files are 00 or 31 where the month has fewer days: clamp to a real day. */
    private static int safeDay(String dd) {
        return Math.max(1, Math.min(28, Integer.parseInt(dd)));
    }

    /** One actor record: its names and codes. */
    private static final class Record {
        private final List<String> names = new ArrayList<>();
        private final List<DatedCode> dated = new ArrayList<>();
        private String fallback;

        void addTo(PetrarchLoader loader, boolean groups) {
            if (fallback == null && dated.isEmpty()) {
                return;
            }
            String first = dated.isEmpty() ? fallback : dated.get(0).code();
            boolean isCountry = dated.isEmpty() && fallback.length() == 3 && loader.countries.contains(fallback);
            String country = first.length() >= 3 && loader.countries.contains(first.substring(0, 3))
                    ? first.substring(0, 3) : null;
            String type = !dated.isEmpty() ? "PERSON" : isCountry ? "COUNTRY" : first.startsWith("IGO") ? "IGO"
                    : groups ? "GROUP" : "ORGANIZATION";
            Kind kind = !dated.isEmpty() ? Kind.PERSON : isCountry ? Kind.COUNTRY_ALIAS : Kind.ORGANIZATION;
            String canonical = title(names.get(0));
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (name.isEmpty() || kind == Kind.PERSON && isLoneAmbiguousSurname(name)) {
                    continue;
                }
                Kind nameKind = isCountry && i == 0 ? Kind.COUNTRY : kind;
                loader.trie.add(name, new DictionaryEntry(canonical, type, country, nameKind, dated, fallback, null,
                        false), CaseRule.CAPITALIZED, ActorDictionary.SHARED);
            }
        }

        private static boolean isLoneAmbiguousSurname(String name) {
            return name.indexOf(' ') < 0 && Surnames.isAmbiguous(name.toUpperCase(Locale.ROOT));
        }
    }

    // ---- agents ----

    private void agents(String text) {
        for (String raw : text.split("\n")) {
            String line = uncomment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher sub = SUBSTITUTION.matcher(line);
            if (sub.matches()) {
                substitutions.put(sub.group(1), List.of(sub.group(2).split("\\s*,\\s*")));
                continue;
            }
            int open = line.indexOf('[');
            int close = line.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                continue;
            }
            String code = line.substring(open + 1, close).strip();
            if (!code.contains("~")) {
                continue;
            }
            String head = line.substring(0, open);
            int brace = head.indexOf('{');
            String plurals = brace < 0 ? null : head.substring(brace + 1, Math.max(brace + 1, head.indexOf('}')));
            for (String form : forms(brace < 0 ? head : head.substring(0, brace), plurals)) {
                trie.add(form, DictionaryEntry.of(form, null, null, Kind.AGENT, code), CaseRule.ANY,
                        ActorDictionary.SHARED);
            }
        }
    }

    /** The phrase with its substitution sets expanded, or with its plurals: regular, listed, or none ({}). */
    private List<String> forms(String written, String plurals) {
        for (Map.Entry<String, List<String>> set : substitutions.entrySet()) {
            if (written.contains(set.getKey())) {
                return set.getValue().stream().map(item -> phrase(written.replace(set.getKey(), item))).toList();
            }
        }
        String phrase = phrase(written);
        if (phrase.isEmpty()) {
            return List.of();
        }
        List<String> forms = new ArrayList<>();
        forms.add(phrase);
        if (plurals == null) {
            forms.add(regularPlural(phrase));
        } else {
            for (String plural : plurals.strip().split("\\s+")) {
                if (!plural.isEmpty()) {
                    forms.add(phrase(plural));
                }
            }
        }
        return forms;
    }

    private static String regularPlural(String phrase) {
        if (phrase.endsWith("Y") && phrase.length() > 1 && "AEIOU".indexOf(phrase.charAt(phrase.length() - 2)) < 0) {
            return phrase.substring(0, phrase.length() - 1) + "IES";
        }
        if (phrase.endsWith("S") || phrase.endsWith("SH") || phrase.endsWith("CH") || phrase.endsWith("X")) {
            return phrase + "ES";
        }
        return phrase + "S";
    }

    // ---- discards ----

    private void discards(String text) {
        for (String raw : text.split("\n")) {
            String line = uncomment(raw).strip();
            if (line.startsWith("+")) {
                line = line.substring(1).strip();
            }
            String phrase = phrase(line);
            if (!phrase.isEmpty()) {
                trie.add(phrase, DictionaryEntry.of(phrase, null, null, Kind.DISCARD, null), CaseRule.ANY,
                        ActorDictionary.SHARED);
            }
        }
    }

    // ---- shared ----

    /** A name with underscores as spaces, brackets and trailing marks removed. */
    private static String phrase(String text) {
        int bracket = text.indexOf('[');
        String name = bracket < 0 ? text : text.substring(0, bracket);
        return name.replace('_', ' ').replace('!', ' ').strip().replaceAll("\\s+", " ");
    }

    private static String uncomment(String line) {
        int hash = line.indexOf('#');
        int semicolon = line.indexOf(" ;");
        int cut = hash < 0 ? semicolon : semicolon < 0 ? hash : Math.min(hash, semicolon);
        String kept = cut < 0 ? line : line.substring(0, cut);
        return kept.endsWith("\r") ? kept.substring(0, kept.length() - 1) : kept;
    }

    private static String title(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return out.toString();
    }
}
