package io.newsflow.ingest.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Tells the language of an article's text with the Lingua detector (statistical n-gram models, not
 * HTML attributes, which are often wrong or site-wide). One detector per JVM, built on first use: its
 * models are large and immutable, and it is thread-safe.
 */
public final class LanguageGuesser {

    /** The languages most news is published in; a detector over all 75 would need several times the memory. */
    private static final Language[] NEWS_LANGUAGES = {
        Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.GERMAN, Language.PORTUGUESE, Language.ITALIAN,
        Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH, Language.TURKISH, Language.ARABIC,
        Language.PERSIAN, Language.HINDI, Language.URDU, Language.BENGALI, Language.INDONESIAN, Language.MALAY,
        Language.VIETNAMESE, Language.THAI, Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.SWEDISH,
        Language.BOKMAL, Language.DANISH, Language.FINNISH, Language.CZECH, Language.GREEK, Language.HEBREW,
        Language.ROMANIAN, Language.HUNGARIAN, Language.CATALAN, Language.SERBIAN, Language.CROATIAN,
        Language.BULGARIAN, Language.TAGALOG, Language.SWAHILI,
    };
    /** Enough text to tell a language reliably; more only costs time. */
    private static final int SAMPLE_CHARS = 800;
    private static final int MIN_CHARS = 20;

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(NEWS_LANGUAGES)
                .withLowAccuracyMode().build();
    }

    private LanguageGuesser() {
    }

    /** The ISO 639-1 code, or null when the text is too short or unclear. */
    public static String guess(String text) {
        if (text == null || text.strip().length() < MIN_CHARS) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Language language = Holder.DETECTOR.detectLanguageOf(sample);
        return language == Language.UNKNOWN ? null : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
