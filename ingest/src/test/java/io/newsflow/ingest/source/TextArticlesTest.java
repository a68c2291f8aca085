package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextArticlesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void firstLineIsTheTitleAndTheRestTheText() {
        var parsed = TextArticles.parse(utf8("Harbour reopens after storm\n\nThe harbour reopened on Tuesday.\n"
                + "Fishing boats returned at dawn.\n"));

        assertThat(parsed).hasValueSatisfying(article -> {
            assertThat(article.title()).isEqualTo("Harbour reopens after storm");
            assertThat(article.text()).isEqualTo("The harbour reopened on Tuesday.\nFishing boats returned at dawn.");
        });
    }

    @Test
    void leadingBlankLinesAndSurroundingSpacesAreIgnored() {
        var parsed = TextArticles.parse(utf8("\n\n   \n  Café owners protest  \n   Rents doubled in a year.  \n\n"));

        assertThat(parsed).hasValueSatisfying(article -> {
            assertThat(article.title()).isEqualTo("Café owners protest");
            assertThat(article.text()).isEqualTo("Rents doubled in a year.");
        });
    }

    @Test
    void windowsLineEndingsAreNormalised() {
        var parsed = TextArticles.parse(utf8("Title line\r\n\r\nFirst paragraph.\r\nSecond line.\r\n"));

        assertThat(parsed).hasValueSatisfying(article -> {
            assertThat(article.title()).isEqualTo("Title line");
            assertThat(article.text()).isEqualTo("First paragraph.\nSecond line.").doesNotContain("\r");
        });
    }

    @Test
    void oldMacLineEndingsAreNormalised() {
        var parsed = TextArticles.parse(utf8("Title\rBody one\rBody two"));

        assertThat(parsed).hasValueSatisfying(article -> {
            assertThat(article.title()).isEqualTo("Title");
            assertThat(article.text()).isEqualTo("Body one\nBody two");
        });
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheTitle() {
        byte[] withBom = utf8("\uFEFFHeadline with BOM\nBody text.");
        assertThat(withBom[0]).isEqualTo((byte) 0xEF);

        var parsed = TextArticles.parse(withBom);

        assertThat(parsed).hasValueSatisfying(article -> {
            assertThat(article.title()).isEqualTo("Headline with BOM").doesNotContain("\uFEFF");
            assertThat(article.text()).isEqualTo("Body text.");
        });
    }

    @Test
    void aByteOrderMarkFollowedByBlankLinesStillFindsTheTitle() {
        var parsed = TextArticles.parse(utf8("\uFEFF\r\n\r\nHeadline\r\nBody."));

        assertThat(parsed).hasValueSatisfying(article -> {
            assertThat(article.title()).isEqualTo("Headline");
            assertThat(article.text()).isEqualTo("Body.");
        });
    }

    @Test
    void aSingleLineHasNoTitleLineFollowedByText() {
        byte[] bytes = utf8("Only a headline, no body\n\n");

        assertThat(TextArticles.parse(bytes)).isEmpty();
        assertThat(TextArticles.whyUnreadable(bytes)).isEqualTo("no title line followed by text");
    }

    @Test
    void whitespaceOnlyContentIsUnreadable() {
        byte[] bytes = utf8(" \n\t\n  ");

        assertThat(TextArticles.parse(bytes)).isEmpty();
        assertThat(TextArticles.whyUnreadable(bytes)).isEqualTo("no title line followed by text");
    }

    @Test
    void emptyBytesAreAnEmptyFile() {
        assertThat(TextArticles.parse(new byte[0])).isEmpty();
        assertThat(TextArticles.whyUnreadable(new byte[0])).isEqualTo("empty file");
    }

    @Test
    void latin1BytesAreNotUtf8() {
        byte[] latin1 = "Café fermé\nLe patron est parti.".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(TextArticles.parse(latin1)).isEmpty();
        assertThat(TextArticles.whyUnreadable(latin1)).isEqualTo("not valid UTF-8 text");
    }

    @Test
    void multiByteUtf8IsKept() {
        var parsed = TextArticles.parse(utf8("東京で地震\n気象庁によると、震度は4でした。"));

        assertThat(parsed).hasValueSatisfying(article -> {
            assertThat(article.title()).isEqualTo("東京で地震");
            assertThat(article.text()).isEqualTo("気象庁によると、震度は4でした。");
        });
    }
}
