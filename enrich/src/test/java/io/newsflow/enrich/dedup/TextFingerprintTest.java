package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    private static final String TEXT = "Flooding closed the harbour road on Tuesday, the council said.";

    @Test
    void sameForCasePunctuationAndWhitespaceVariants() {
        String fingerprint = TextFingerprint.of(TEXT);

        assertThat(TextFingerprint.of("FLOODING closed the Harbour road on tuesday the council said"))
                .isEqualTo(fingerprint);
        assertThat(TextFingerprint.of("  Flooding closed\tthe harbour road\non Tuesday -- the council said!!! "))
                .isEqualTo(fingerprint);
        assertThat(TextFingerprint.of("\"Flooding\" closed the harbour-road on Tuesday; the council said..."))
                .isEqualTo(fingerprint);
    }

    @Test
    void differentForAChangedWord() {
        String fingerprint = TextFingerprint.of(TEXT);

        assertThat(TextFingerprint.of("Flooding closed the harbour road on Wednesday, the council said."))
                .isNotEqualTo(fingerprint);
        assertThat(TextFingerprint.of("Flooding closed the harbour road on Tuesday, the mayor said."))
                .isNotEqualTo(fingerprint);
    }

    @Test
    void differentForReorderedOrJoinedWords() {
        String fingerprint = TextFingerprint.of(TEXT);

        assertThat(TextFingerprint.of("The council said flooding closed the harbour road on Tuesday."))
                .isNotEqualTo(fingerprint);
        assertThat(TextFingerprint.of("Flooding closed the harbourroad on Tuesday, the council said."))
                .isNotEqualTo(fingerprint);
    }

    @Test
    void isStableAndCompact() {
        assertThat(TextFingerprint.of(TEXT)).isEqualTo(TextFingerprint.of(TEXT)).matches("[0-9a-f]{32}");
        assertThat(TextFingerprint.of("")).isEqualTo(TextFingerprint.of(" ... ")).hasSize(32);
    }
}
