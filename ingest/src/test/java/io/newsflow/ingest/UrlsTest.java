package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void schemeAndHostAreLowerCasedButThePathKeepsItsCase() {
        assertThat(Urls.canonical("HTTPS://WWW.Example.COM/World/Story-One?Page=2"))
                .isEqualTo("https://www.example.com/World/Story-One?Page=2");
    }

    @ParameterizedTest
    @CsvSource({
            "http://example.com:80/a, http://example.com/a",
            "https://example.com:443/a, https://example.com/a",
            "http://example.com:8080/a, http://example.com:8080/a",
            "https://example.com:80/a, https://example.com:80/a",
            "http://example.com:443/a, http://example.com:443/a"})
    void defaultPortsAreDroppedOthersKept(String url, String canonical) {
        assertThat(Urls.canonical(url)).isEqualTo(canonical);
    }

    @Test
    void theFragmentIsDropped() {
        assertThat(Urls.canonical("https://example.com/news/a#comments")).isEqualTo("https://example.com/news/a");
        assertThat(Urls.canonical("https://example.com/news/a?id=3#top")).isEqualTo("https://example.com/news/a?id=3");
    }

    @Test
    void trackingParametersAreRemovedAndOthersKeptInOrder() {
        assertThat(Urls.canonical("https://example.com/a?utm_source=rss&id=7&fbclid=abc&UTM_Medium=social"
                + "&gclid=xyz&page=2&utm_campaign=spring"))
                .isEqualTo("https://example.com/a?id=7&page=2");
    }

    @Test
    void aQueryOfOnlyTrackingParametersDisappears() {
        assertThat(Urls.canonical("https://example.com/a?utm_source=rss&utm_medium=email&fbclid=1"))
                .isEqualTo("https://example.com/a");
    }

    @Test
    void aParameterMerelyContainingUtmIsKept() {
        assertThat(Urls.canonical("https://example.com/a?not_utm_source=1&utmost=2"))
                .isEqualTo("https://example.com/a?not_utm_source=1&utmost=2");
    }

    @Test
    void anEmptyPathBecomesSlash() {
        assertThat(Urls.canonical("https://Example.com")).isEqualTo("https://example.com/");
    }

    @Test
    void surroundingWhitespaceIsStripped() {
        assertThat(Urls.canonical("  https://example.com/a?utm_source=x \n")).isEqualTo("https://example.com/a");
    }

    @Test
    void anUnparseableUrlIsReturnedStripped() {
        assertThat(Urls.canonical("  http://exa mple.com/a b  ")).isEqualTo("http://exa mple.com/a b");
        assertThat(Urls.canonical(" not a url ")).isEqualTo("not a url");
    }

    @Test
    void aUrlWithoutHostIsReturnedStripped() {
        assertThat(Urls.canonical(" file:///tmp/news/a.txt ")).isEqualTo("file:///tmp/news/a.txt");
        assertThat(Urls.canonical("/relative/path?utm_source=x")).isEqualTo("/relative/path?utm_source=x");
    }

    @Test
    void canonicalisingTwiceChangesNothing() {
        String once = Urls.canonical("HTTP://Example.com:80/a/b?x=1&utm_term=t#frag");

        assertThat(once).isEqualTo("http://example.com/a/b?x=1");
        assertThat(Urls.canonical(once)).isEqualTo(once);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "https://amp.example.com/news/story, https://example.com/news/story",
            "https://example.com/news/story/amp, https://example.com/news/story",
            "https://example.com/news/story/amp/, https://example.com/news/story/",
            "https://example.com/amp/news/story, https://example.com/news/story",
            "https://example.com/news/story.amp.html, https://example.com/news/story.html",
            "https://example.com/news/story.amp, https://example.com/news/story",
            "https://example.com/news/story?amp=1&id=4, https://example.com/news/story?id=4",
            "https://example.com/news/ampere-record, https://example.com/news/ampere-record",
            "https://amp.com/a, https://amp.com/a"})
    void ampVariantsBecomeTheRegularPage(String url, String canonical) {
        assertThat(Urls.canonical(url)).isEqualTo(canonical);
    }

    @Test
    void clickIdentifiersAreTrackingToo() {
        assertThat(Urls.canonical("https://example.com/a?gclid=1&msclkid=2&id=3&igshid=4")).isEqualTo("https://example.com/a?id=3");
    }
}
