package io.newsflow.enrich.actors;

import io.newsflow.enrich.actors.DictionaryEntry.Kind;
import io.newsflow.model.ActorTag;
import io.newsflow.model.PlaceTag;
import io.newsflow.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One tagging of one text: the trie's longest matches, then the rules, left to right, each mention
 * coded once and as specifically as the text allows:
 * <ul>
 *   <li>country or demonym (+ "'s") + up to two modifiers + role noun → country + role ("Russian troops" →
 *       RUSMIL); + a person after it → the person ("Japanese Foreign Minister Kamikawa Yoko" → JPNGOV);
 *       role noun + "of" + country likewise; "former" before a role makes it ELI;</li>
 *   <li>a person → the code valid on the day; a lone surname → the person if the full name came earlier
 *       (ambiguous surnames never); an unknown name after a role takes the role's code, and so do its
 *       later re-mentions;</li>
 *   <li>a capital after "in", "at" ... is a place, else the government; a seat of government is the
 *       government; a city is a place;</li>
 *   <li>a sentence with a discard phrase is not coded.</li>
 * </ul>
 */
final class TaggingPass {

    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "inside", "around", "across",
            "within", "throughout", "into", "over", "on");
    /** Words that may not stand between a demonym and its role noun or person. */
    private static final Set<String> BREAKERS = Set.of("and", "or", "but", "nor", "to", "of", "the", "a", "an", "with",
            "who", "whom", "that", "which", "in", "on", "at", "for", "from", "by", "as", "is", "are", "was", "were", "be",
            "been", "has", "have", "had", "said", "says", "say", "will", "would", "could", "should", "can", "may",
            "not", "also", "its", "their", "his", "her", "than", "then", "after", "before", "while", "when", "into",
            "over", "under", "against", "between", "about", "told", "met", "called", "urged", "sent", "s");
    /** Capitalized words that do not start a name. */
    private static final Set<String> NOT_NAMES = Set.of("THE", "A", "AN", "IN", "ON", "AT", "HE", "SHE", "IT", "THEY", "WE", "I", "YOU", "THIS", "THAT",
            "THESE", "THOSE", "BUT", "AND", "OR", "IF", "WHEN", "WHILE", "AFTER", "BEFORE", "AS", "FOR",
            "WITH", "FROM", "BY", "TO", "OF", "ITS", "HIS", "HER", "THEIR", "OUR", "MY", "MR", "MRS", "MS",
            "DR", "SIR", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
            "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
            "NOVEMBER", "DECEMBER", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT",
            "NOV", "DEC", "THERE", "HERE", "WHAT", "WHO", "WHY", "HOW", "WHERE", "SOME", "MANY", "MOST", "ALL",
            "NO", "NOT", "ONE", "TWO", "THREE", "YET", "SO", "ALSO", "HOWEVER", "MEANWHILE", "ACCORDING",
            "UNDER", "SINCE", "DURING", "OVER", "ABOUT", "LIKE", "EARLIER", "LATER", "TODAY", "YESTERDAY",
            "TOMORROW", "ANOTHER", "BOTH", "EACH", "EVERY", "SUCH", "OTHER", "ANY", "OFFICIALS", "SAID",
            "THAN", "THEN", "AMONG", "AGAINST", "DESPITE", "ALTHOUGH", "THOUGH", "BECAUSE", "UNTIL", "UNLESS",
            "WHETHER", "NEW", "LAST", "NEXT", "FIRST", "FORMER", "WESTERN", "EASTERN", "NORTHERN", "SOUTHERN", "CENTRAL", "BREAKING", "UPDATE", "EXCLUSIVE", "ANALYSIS",
            "OPINION", "WATCH", "PHOTO", "VIDEO");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "al", "bin", "ibn", "van", "von", "der",
            "la", "le", "du", "da", "dos");
    /** Parts of a city: after a capital's name they make it a place. */
    private static final Set<String> PARTS_OF_PLACES = Set.of("suburb", "suburbs", "outskirts", "centre", "center",
            "downtown", "streets", "street", "airport", "port", "district", "districts", "neighbourhood",
            "neighbourhoods", "neighborhood", "neighborhoods", "skies", "region", "area");
    /** Countries whose people are usually written family name first, so either part can re-mention. */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "JPN", "KOR", "PRK", "VNM", "KHM", "HUN",
            "MNG", "SGP");
    private static final Map<String, String> ROLE_WORDS = Map.ofEntries(Map.entry("GOV", "government"),
            Map.entry("MIL", "military"), Map.entry("GOVMIL", "defence ministry"), Map.entry("LEG", "legislature"),
            Map.entry("ELI", "elite"), Map.entry("MED", "media"), Map.entry("GOVMED", "state media"),
            Map.entry("OPP", "opposition"), Map.entry("JUD", "judiciary"), Map.entry("COP", "police"),
            Map.entry("SPY", "intelligence"), Map.entry("REB", "rebels"), Map.entry("CVL", "civilians"),
            Map.entry("BUS", "business"));

    private final ActorDictionary dictionary;
    private final String text;
    private final LocalDate date;
    private final List<Token> tokens;
    private final Sentences sentences;
    private final List<NameTrie.Match> matches = new ArrayList<>();
    /** Per sentence: whether a discard phrase in it discards it. */
    private final boolean[] discarded;
    private final Map<String, Mentions> actors = new LinkedHashMap<>();
    private final Map<String, Mentions> places = new LinkedHashMap<>();
    private final Set<String> unknown = new LinkedHashSet<>();
    private final List<Span> unknownSpans = new ArrayList<>();
    private final Set<DictionaryEntry> fullyMentioned = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Actor> bindings = new HashMap<>();

    /** A coded actor: code and what goes on its tag. */
    private record Actor(String code, String name, String type, String country) {
        String role() {
            if (country != null && code.startsWith(country) && code.length() > 3) {
                return code.substring(3);
            }
            return null;
        }
    }

    TaggingPass(ActorDictionary dictionary, String text, LocalDate date) {
        this.dictionary = dictionary;
        this.text = text;
        this.date = date;
        this.tokens = Tokenizer.tokenize(text);
        this.sentences = Sentences.of(text, tokens);
        this.discarded = new boolean[sentences.count()];
    }

    ActorTagger.Tags run() {
        findMatches();
        int m = 0;
        int i = 0;
        while (i < tokens.size()) {
            while (m < matches.size() && matches.get(m).first() < i) {
                m++;
            }
            if (m < matches.size() && matches.get(m).first() == i) {
                int next = discarded[sentences.of(i)] ? matches.get(m).last() + 1 : handle(m);
                i = Math.max(next, i + 1);
            } else if (tokens.get(i).isCapitalized() && !Character.isDigit(tokens.get(i).text().charAt(0))
                    && !discarded[sentences.of(i)] && !sentences.isHeadline(i)) {
                i = Math.max(unknownName(i, m, null), i + 1);
            } else {
                i++;
            }
        }
        return new ActorTagger.Tags(actors.values().stream().map(Mentions::toActor).toList(),
                places.values().stream().map(Mentions::toPlace).toList(), List.copyOf(unknown), List.copyOf(unknownSpans),
                date);
    }

    // ---- matching ----

    private void findMatches() {
        NameTrie trie = dictionary.trie();
        int i = 0;
        while (i < tokens.size()) {
            NameTrie.Match match = trie.longestAt(tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            if (match.entry().kind() == Kind.DISCARD && discards(match)) {
                discarded[sentences.of(i)] = true;
            }
            matches.add(match);
            i = match.last() + 1;
        }
    }

    /**
     * Whether a discard phrase discards its sentence: written as a name ("World Cup", "Manchester United")
     * or a single word ("badminton"), but not a number or an ordinary lower-case phrase ("years ago",
     * "third round"), which in news is no sign of sports or entertainment.
     */
    private boolean discards(NameTrie.Match match) {
        if (match.first() == match.last()) {
            return !Character.isDigit(tokens.get(match.first()).text().charAt(0));
        }
        for (int t = match.first(); t <= match.last(); t++) {
            Token token = tokens.get(t);
            if (!token.isCapitalized() && !CONNECTORS.contains(token.text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a part of a city follows its name ("'s southern suburbs", "city centre"): within two lower-case
     * modifiers, in the same sentence. The city is then the scene, not the government.
     */
    private boolean isPartOfThePlace(int last, int after) {
        for (int t = after; t < Math.min(tokens.size(), after + 3); t++) {
            Token token = tokens.get(t);
            if (sentences.of(t) != sentences.of(last) || !token.isLowerCase() || !" ".equals(token.gap())
                    && t != after) {
                return false;
            }
            if (PARTS_OF_PLACES.contains(token.text())) {
                return true;
            }
        }
        return false;
    }

    /** Handles the match at index m; returns the token index after what it consumed. */
    private int handle(int m) {
        NameTrie.Match match = matches.get(m);
        DictionaryEntry entry = match.entry();
        return switch (entry.kind()) {
            case COUNTRY, DEMONYM -> country(m);
            case COUNTRY_ALIAS -> isScene(match.first()) ? place(match, entry.name()) : country(m);
            case CAPITAL -> isScene(match.first()) ? place(match, entry.name()) : capital(m);
            case SEAT -> code(match, match.first(), match.last(), countryActor(entry.country(), entry.code()));
            case CITY -> place(match, entry.name());
            case PERSON, SURNAME -> person(m, match.first());
            case ORGANIZATION -> organization(m, match.first());
            case AGENT -> agent(m);
            case DISCARD -> match.last() + 1;
        };
    }

    private int country(int m) {
        NameTrie.Match match = matches.get(m);
        DictionaryEntry entry = match.entry();
        int start = match.first();
        boolean former = isFormer(start - 1);
        int after = match.last() + 1;
        if (entry.kind() != Kind.DEMONYM && isPossessive(after)) {
            after++;
        }
        NameTrie.Match next = m + 1 < matches.size() ? matches.get(m + 1) : null;
        if (next != null && reachable(match, after, next.first(),
                entry.kind() == Kind.DEMONYM || after > match.last() + 1)) {
            DictionaryEntry nextEntry = next.entry();
            if (nextEntry.kind() == Kind.AGENT) {
                return withRole(m + 1, start, entry.country(), former);
            }
            if (nextEntry.kind() == Kind.PERSON && entry.country().equals(nextEntry.country())
                    && isTitleBefore(after, next.first())) {
                return person(m + 1, start); // "Russian dictator Vladimir Putin"
            }
            if (nextEntry.kind() == Kind.ORGANIZATION && entry.country().equals(nextEntry.country())
                    && adjacentTo(match, next.first())) {
                return organization(m + 1, start); // "U.S. National Security Council"
            }
        }
        String code = former ? entry.country() + "ELI" : entry.code();
        return code(match, start, match.last(), countryActor(entry.country(), code));
    }

    private int capital(int m) {
        NameTrie.Match match = matches.get(m);
        DictionaryEntry entry = match.entry();
        int after = match.last() + 1;
        if (isPossessive(after)) {
            after++;
        }
        if (isPartOfThePlace(match.last(), after)) {
            return place(match, entry.name()); // "Beirut's southern suburbs", "Kyiv city centre"
        }
        NameTrie.Match next = m + 1 < matches.size() ? matches.get(m + 1) : null;
        if (next != null && next.entry().kind() == Kind.AGENT && reachable(match, after, next.first(), true)) {
            return withRole(m + 1, match.first(), entry.country(), false);
        }
        return code(match, match.first(), match.last(), countryActor(entry.country(), entry.code()));
    }

    /** Country (or org) + role nouns at matches[a..]: then a person, or an unknown name bound to the role. */
    private int withRole(int a, int start, String country, boolean former) {
        int last = lastOfRoleRun(a);
        String suffix = matches.get(a).entry().code();
        Actor role = countryActor(country, former ? country + "ELI" : compose(country, suffix));
        int end = matches.get(last).last();
        NameTrie.Match next = last + 1 < matches.size() ? matches.get(last + 1) : null;
        if (next != null && adjacent(end, next.first())) {
            if (next.entry().kind() == Kind.PERSON || next.entry().kind() == Kind.SURNAME) {
                return person(last + 1, start);
            }
        }
        int after = code(matches.get(a), start, end, role);
        if (after < tokens.size() && adjacent(end, after) && isNameStart(after)) {
            return unknownName(after, last + 1, role);
        }
        return after;
    }

    /** The index of the last match in the run of role nouns directly after matches[m]: m if none follows. */
    private int lastOfRoleRun(int m) {
        int last = m;
        while (last + 1 < matches.size() && matches.get(last + 1).entry().kind() == Kind.AGENT
                && adjacent(matches.get(last).last(), matches.get(last + 1).first())) {
            last++;
        }
        return last;
    }

    /** A role noun with no country before it: "of [the] COUNTRY" after it, or a person, or nothing. */
    private int agent(int m) {
        NameTrie.Match match = matches.get(m);
        int last = lastOfRoleRun(m);
        int end = matches.get(last).last();
        NameTrie.Match next = last + 1 < matches.size() ? matches.get(last + 1) : null;
        if (next != null) {
            Kind kind = next.entry().kind();
            int of = end + 1;
            if (of < tokens.size() && tokens.get(of).key().equals("OF") && isCountryLike(kind)) {
                int target = of + 1 < tokens.size() && tokens.get(of + 1).key().equals("THE") ? of + 2 : of + 1;
                if (target == next.first() && sentences.of(target) == sentences.of(match.first())) {
                    String country = next.entry().country();
                    Actor role = countryActor(country, isFormer(match.first() - 1) ? country + "ELI"
                            : compose(country, match.entry().code()));
                    return code(next, match.first(), next.last(), role);
                }
            }
            if ((kind == Kind.PERSON || kind == Kind.SURNAME) && adjacent(end, next.first())) {
                return person(last + 1, match.first());
            }
        }
        int after = end + 1;
        if (after < tokens.size() && adjacent(end, after) && isNameStart(after)) {
            return unknownName(after, last + 1, null);
        }
        return after;
    }

    private int organization(int m, int start) {
        NameTrie.Match match = matches.get(m);
        DictionaryEntry entry = match.entry();
        int last = lastOfRoleRun(m);
        int end = matches.get(last).last();
        NameTrie.Match next = last + 1 < matches.size() ? matches.get(last + 1) : null;
        if (last > m && next != null && adjacent(end, next.first())
                && (next.entry().kind() == Kind.PERSON || next.entry().kind() == Kind.SURNAME)) {
            return person(last + 1, start);
        }
        Actor org = new Actor(entry.code(), entry.name(), entry.type(), entry.country());
        return code(matches.get(last), start, end, org);
    }

    /** The person at matches[m], its mention starting at token {@code start} (a role or demonym before it). */
    private int person(int m, int start) {
        NameTrie.Match match = matches.get(m);
        DictionaryEntry entry = match.entry();
        if (entry.kind() == Kind.SURNAME && !fullyMentioned.contains(entry.person()) && !entry.alone()) {
            return match.last() + 1;
        }
        DictionaryEntry person = entry.kind() == Kind.SURNAME ? entry.person() : entry;
        if (entry.kind() == Kind.PERSON) {
            fullyMentioned.add(person);
        }
        String code = person.codeOn(date);
        if (code == null) {
            return match.last() + 1;
        }
        if (isFormer(start - 1) && person.country() != null && code.startsWith(person.country() + "GOV")) {
            code = person.country() + "ELI";
        }
        return code(match, start, match.last(), new Actor(code, person.name(), "PERSON", person.country()));
    }

    private int place(NameTrie.Match match, String name) {
        Mentions mentions = places.computeIfAbsent(name + "|" + match.entry().country(),
                key -> new Mentions(new Actor(null, name, null, match.entry().country())));
        mentions.spans.add(span(match.first(), match.last(), match));
        return match.last() + 1;
    }

    private int code(NameTrie.Match lastMatch, int first, int last, Actor actor) {
        Mentions mentions = actors.computeIfAbsent(actor.code() + "|" + actor.name(), key -> new Mentions(actor));
        mentions.spans.add(span(first, last, lastMatch));
        return last + 1;
    }

    // ---- unknown names ----

    /**
     * A run of capitalized words at token i not in the dictionary (stopping at the next match m): a
     * re-mention of a name bound earlier, a new name bound to a role, or an unknown name.
     */
    private int unknownName(int i, int m, Actor role) {
        int first = i;
        while (first < tokens.size() && NOT_NAMES.contains(tokens.get(first).key()) && role == null) {
            first++;
            if (first < tokens.size() && !adjacent(first - 1, first)) {
                return first;
            }
        }
        int limit = m < matches.size() ? matches.get(m).first() : tokens.size();
        while (m < matches.size() && matches.get(m).first() < first) {
            m++;
            limit = m < matches.size() ? matches.get(m).first() : tokens.size();
        }
        int last = first - 1;
        int j = first;
        while (j < limit && j < first + 6 && sentences.of(j) == sentences.of(first)
                && (j == first || adjacent(j - 1, j) && !newlineBefore(j))) {
            Token token = tokens.get(j);
            if (isNameWord(token)) {
                last = j;
            } else if (!(CONNECTORS.contains(token.text()) && j + 1 < limit && isNameWord(tokens.get(j + 1)))) {
                break;
            }
            j++;
        }
        if (last < first) {
            return first;
        }
        boolean sentenceStart = first == 0 || sentences.of(first - 1) != sentences.of(first);
        String name = text.substring(tokens.get(first).start(), tokens.get(last).end());
        Actor bound = bindings.get(name.toUpperCase(Locale.ROOT));
        if (bound == null && first == last) {
            bound = bindings.get(tokens.get(first).key());
        }
        if (bound != null) {
            code(null, first, last, bound);
            return last + 1;
        }
        if (role != null) {
            bind(first, last, name, role);
        }
        if (!(sentenceStart && first == last)) {
            unknown.add(name);
            unknownSpans.add(new Span(tokens.get(first).start(), tokens.get(last).end()));
        }
        return last + 1;
    }

    private void bind(int first, int last, String name, Actor role) {
        bindings.put(name.toUpperCase(Locale.ROOT), role);
        if (last > first) {
            String family = tokens.get(last).key();
            if (!Surnames.isAmbiguous(family)) {
                bindings.putIfAbsent(family, role);
            }
            String given = tokens.get(first).key();
            if (role.country() != null && FAMILY_NAME_FIRST.contains(role.country()) && !Surnames.isAmbiguous(given)) {
                bindings.putIfAbsent(given, role);
            }
        }
    }

    private static boolean isNameWord(Token token) {
        return token.isCapitalized() && !Character.isDigit(token.text().charAt(0)) && !NOT_NAMES.contains(token.key());
    }

    /** Whether a line break stands before token i: a name does not run on into the next line. */
    private boolean newlineBefore(int i) {
        for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start(); c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** A word that may start an unknown name: capitalized, and not in a headline written in capitals. */
    private boolean isNameStart(int i) {
        return isNameWord(tokens.get(i)) && !sentences.isHeadline(i);
    }

    // ---- helpers ----

    private Actor countryActor(String country, String code) {
        String name = dictionary.countryName(country);
        String role = code.length() > 3 ? code.substring(3) : null;
        if (role != null) {
            name = name + " " + ROLE_WORDS.getOrDefault(role, role.toLowerCase(Locale.ROOT));
        }
        return new Actor(code, name, "COUNTRY", country);
    }

    /** Country + role suffix ({@code ~GOV}) or prefix ({@code NGO~}). */
    private static String compose(String country, String agentCode) {
        if (agentCode.startsWith("~")) {
            return country + agentCode.substring(1);
        }
        return agentCode.endsWith("~") ? agentCode.substring(0, agentCode.length() - 1) + country : country + agentCode;
    }

    /**
     * Whether what stands between a demonym and a person of its country is at most one word used as a
     * title ("dictator"), not a verb ("Taiwanese voters elected Lai").
     */
    private boolean isTitleBefore(int after, int person) {
        return person == after || person == after + 1 && !tokens.get(after).text().endsWith("ed");
    }

    private static boolean isCountryLike(Kind kind) {
        return kind == Kind.COUNTRY || kind == Kind.COUNTRY_ALIAS || kind == Kind.CAPITAL;
    }

    /**
     * Whether the match at token {@code next} belongs to the name ending at {@code last}: directly after it
     * (or after its "'s"), or, when {@code modifiers}, after at most two lower-case modifiers.
     */
    private boolean reachable(NameTrie.Match match, int after, int next, boolean modifiers) {
        int last = match.last();
        if (next < after || next - after > (modifiers ? 2 : 0) || sentences.of(next) != sentences.of(last)) {
            return false;
        }
        for (int t = last + 1; t <= next; t++) {
            Token token = tokens.get(t);
            boolean possessive = t == after - 1 && after > last + 1;
            // "U.S. Secretary": the period belongs to the name, the space is the gap
            boolean plain = " ".equals(token.gap()) || t == last + 1 && token.gap().equals(match.trailing() + " ");
            if (!(possessive || plain)) {
                return false;
            }
            if (t < next && !possessive && (!token.isLowerCase() || BREAKERS.contains(token.text()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code right} follows the match directly, after its trailing period if it has one. */
    private boolean adjacentTo(NameTrie.Match match, int right) {
        return right == match.last() + 1 && right < tokens.size() && (" ".equals(tokens.get(right).gap())
                || tokens.get(right).gap().equals(match.trailing() + " "));
    }

    private boolean adjacent(int left, int right) {
        return right == left + 1 && right < tokens.size() && " ".equals(tokens.get(right).gap());
    }

    private boolean isPossessive(int i) {
        return i < tokens.size() && tokens.get(i).key().equals("S") && tokens.get(i).gap().equals("'");
    }

    private boolean isFormer(int i) {
        if (i < 0) {
            return false;
        }
        String key = tokens.get(i).key();
        return key.equals("FORMER") || key.equals("EX");
    }

    /** Whether the name at token index is the scene of an event ("a meeting in Seoul"). */
    private boolean isScene(int index) {
        return index > 0 && LOCATIVES.contains(tokens.get(index - 1).text().toLowerCase(Locale.ROOT))
                && sentences.of(index - 1) == sentences.of(index);
    }

    private Span span(int first, int last, NameTrie.Match match) {
        int end = tokens.get(last).end();
        if (match != null && match.last() == last && !match.trailing().isEmpty()
                && text.startsWith(match.trailing(), end)) {
            end += match.trailing().length(); // the span of "U.S." takes its final period
        }
        return new Span(tokens.get(first).start(), end);
    }

    /** The mentions of one actor or place. */
    private static final class Mentions {
        private final Actor actor;
        private final List<Span> spans = new ArrayList<>();

        Mentions(Actor actor) {
            this.actor = actor;
        }

        ActorTag toActor() {
            return new ActorTag(actor.code(), actor.name(), actor.type(), actor.country(), actor.role(), spans.size(),
                    spans);
        }

        PlaceTag toPlace() {
            return new PlaceTag(actor.name(), actor.country(), spans);
        }
    }
}
