package io.newsflow.enrich.actors;

import io.newsflow.enrich.actors.DictionaryEntry.NameKind;
import io.newsflow.model.ActorTag;
import io.newsflow.model.PlaceTag;
import io.newsflow.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tags the actors and places of a text with one pass of the dictionary's trie: at each word the
 * longest name wins, then the scanner moves past it. Offsets are into the text given.
 *
 * <p>Thread-safe: holds only the immutable dictionary.
 */
public final class ActorTagger {

    /** Words that make the capital after them the scene of an event rather than an actor. */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "inside", "around", "across",
            "within", "throughout");

    private final ActorDictionary dictionary;

    /** A tagger over this dictionary. */
    public ActorTagger(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The actors and places of a text.
     *
     * @param actors actors in order of first mention
     * @param places places in order of first mention
     */
    public record Tags(List<ActorTag> actors, List<PlaceTag> places) {
    }

    /** Tags a text. */
    public Tags tag(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        Map<String, Mentions> actors = new LinkedHashMap<>();
        Map<String, Mentions> places = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            NameTrie.Match match = dictionary.trie().longestAt(tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            DictionaryEntry entry = match.entry();
            int end = tokens.get(match.last()).end();
            if (!match.trailing().isEmpty() && text.startsWith(match.trailing(), end)) {
                end += match.trailing().length(); // the span of "U.S." takes its final period
            }
            Span span = new Span(tokens.get(match.first()).start(), end);
            if (entry.kind() == NameKind.CAPITAL && isScene(tokens, match.first())) {
                places.computeIfAbsent(entry.place(), name -> new Mentions(entry)).spans.add(span);
            } else {
                actors.computeIfAbsent(entry.code(), code -> new Mentions(entry)).spans.add(span);
            }
            i = match.last() + 1;
        }
        return new Tags(
                actors.values().stream().map(Mentions::toActor).toList(),
                places.values().stream().map(Mentions::toPlace).toList());
    }

    /** The dictionary's version. */
    public String dictionaryVersion() {
        return dictionary.version();
    }

    private static boolean isScene(List<Token> tokens, int index) {
        return index > 0 && LOCATIVES.contains(tokens.get(index - 1).text().toLowerCase(Locale.ROOT))
                && !endsSentence(tokens.get(index).gap());
    }

    /** Whether a separator ends a sentence: "moved in. Kyiv said" puts no locative before Kyiv. */
    private static boolean endsSentence(String gap) {
        return gap.chars().anyMatch(c -> c == '.' || c == '!' || c == '?' || c == ';');
    }

    /** The mentions of one actor or place. */
    private static final class Mentions {
        private final DictionaryEntry entry;
        private final List<Span> spans = new ArrayList<>();

        Mentions(DictionaryEntry entry) {
            this.entry = entry;
        }

        ActorTag toActor() {
            return new ActorTag(entry.code(), entry.name(), entry.type(), entry.country(), entry.role(), spans.size(),
                    spans);
        }

        PlaceTag toPlace() {
            return new PlaceTag(entry.place(), entry.country(), spans);
        }
    }
}
