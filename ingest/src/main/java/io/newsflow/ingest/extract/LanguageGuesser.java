package io.newsflow.ingest.extract;

/** Tells the language of a text; a placeholder that knows none until a detector library is wired in. */
interface LanguageGuesser {

    /** The ISO 639-1 code, or null when the text is too short or unclear. */
    String guess(String text);

    static LanguageGuesser shared() {
        return text -> null;
    }
}
