package io.newsflow.enrich.actors;

import io.newsflow.model.ActorTag;
import io.newsflow.model.PlaceTag;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * Tags the actors, places and unknown names of a text with one pass of the dictionary's trie: at each
 * word the longest name wins, then the rules of {@link TaggingPass} compose, resolve and place the
 * matches. Offsets are into the text given.
 *
 * <p>Thread-safe: holds only the immutable dictionary.
 */
public final class ActorTagger {

    private final ActorDictionary dictionary;

    /** A tagger over this dictionary. */
    public ActorTagger(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The actors, places and unknown names of a text.
     *
     * @param actors       actors in order of first mention
     * @param places       places in order of first mention
     * @param unknownNames capitalized names of people or organisations the dictionary does not know, in order
     * @param unknownSpans where each occurrence of an unknown name stands, in order
     * @param date         the day person codes were taken on
     */
    public record Tags(List<ActorTag> actors, List<PlaceTag> places, List<String> unknownNames,
                       List<Span> unknownSpans, LocalDate date) {
    }

    /** Tags a text as of the dictionary's as-of day. */
    public Tags tag(String text) {
        return tag(text, null);
    }

    /** Tags a text with person codes valid on a day (null: the dictionary's as-of day). */
    public Tags tag(String text, LocalDate date) {
        return new TaggingPass(dictionary, text, date == null ? dictionary.asOf() : date).run();
    }

    /** Tags an article's text on its day: published, else stated in the text, else fetched. */
    public Tags tag(RawArticle article) {
        return tag(article.text(), ArticleDates.resolve(article.publishedAt(), article.text(), article.fetchedAt()));
    }

    /** The dictionary's version. */
    public String dictionaryVersion() {
        return dictionary.version();
    }
}
