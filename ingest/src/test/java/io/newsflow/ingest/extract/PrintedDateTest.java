package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The date a page prints for its readers against the metadata dates. */
class PrintedDateTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private OffsetDateTime date(String html, String url) {
        return extractor.extract(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), url).publishedAt();
    }

    @Test
    void aPrintedUpdateDateMatchingDateModifiedWinsOverAnOlderDatePublished() {
        OffsetDateTime date = date("""
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Gift guide",
                 "datePublished":"2022-10-24T19:16:43-04:00","dateModified":"2023-12-14T13:36:44-05:00"}
                </script></head><body><h1>Gift guide</h1>
                <div class="byline-date">Updated on December 14, 2023</div>
                <div><p>Thirty cheap gifts that are still nice to get, picked by our editors.</p></div>
                </body></html>
                """, "https://www.example.com/gifts");

        assertThat(date).isEqualTo(OffsetDateTime.of(2023, 12, 14, 13, 36, 44, 0, ZoneOffset.ofHours(-5)));
    }

    @Test
    void thePublishedDateStaysWhenThePageShowsIt() {
        OffsetDateTime date = date("""
                <html><head><meta property="article:published_time" content="2023-12-01T10:00:00+01:00">
                <meta property="article:modified_time" content="2023-12-03T09:00:00+01:00"></head>
                <body><h1>Council vote</h1><p class="publish-date">1 December 2023</p>
                <div><p>The council voted on the budget late on Friday after a long debate.</p></div>
                </body></html>
                """, "https://www.example.com/council");

        assertThat(date).isEqualTo(OffsetDateTime.of(2023, 12, 1, 10, 0, 0, 0, ZoneOffset.ofHours(1)));
    }

    @Test
    void aPrintedClockTimeGivesTheOffsetOfUtcOnlyMetadata() {
        OffsetDateTime date = date("""
                <html><head><meta property="article:published_time" content="2023-12-25T22:03:00Z"></head>
                <body><h1>Boxing Day sales</h1><div class="byline_publish">December 26, 2023 - 9:03AM</div>
                <div><p>Shoppers can already find discounts on many brands before the sales.</p></div>
                </body></html>
                """, "https://www.example.com/sales");

        assertThat(date).isEqualTo(OffsetDateTime.of(2023, 12, 26, 9, 3, 0, 0, ZoneOffset.ofHours(11)));
    }

    @Test
    void aDateInTheOpenGraphUrlIsUsed() {
        OffsetDateTime date = date("""
                <html><head><meta property="og:url" content="https://news.example.org/article/2023/12/20/stipends/">
                </head><body><h1>Stipends rise</h1>
                <div><p>Stipends for doctoral students will rise by more than ten percent.</p></div>
                </body></html>
                """, "https://news.example.org/shared?id=1");

        assertThat(date.toLocalDate()).isEqualTo(LocalDate.of(2023, 12, 20));
    }

    @Test
    void anUnlabelledDatelineUnderTheHeadlineIsUsedWhenNothingElseDates() {
        OffsetDateTime date = date("""
                <html><body><h1><span>Skip link headline</span></h1>
                <article><div class="eyebrow">Commentary</div><h1 class="headline">Why the bridge matters</h1>
                <div class="general-info">Dec 20, 2023 <span>6 min read</span></div>
                <div><p>The bridge carries most of the freight that reaches the port every day.</p></div>
                </article></body></html>
                """, "https://www.example.com/bridge");

        assertThat(date.toLocalDate()).isEqualTo(LocalDate.of(2023, 12, 20));
    }

    @Test
    void anElementHoldingOnlyADateDatesAPageWithNoOtherSignal() {
        OffsetDateTime date = date("""
                <html><body><header><span class="x1">Ann Writer</span><span class="x2">Oct 17, 2023</span></header>
                <div><p>Ten sites were listed, and each of them came with a warning on 3 May 2020 too.</p></div>
                </body></html>
                """, "https://www.example.com/list");

        assertThat(date.toLocalDate()).isEqualTo(LocalDate.of(2023, 10, 17));
    }

    @Test
    void onlyADateAllowsAWeekdayAndAClockTimeButNoOtherWords() {
        assertThat(DateParser.isOnlyADate("Oct 17, 2023")).isTrue();
        assertThat(DateParser.isOnlyADate("Tuesday, 17 October 2023 | 9:30 pm")).isTrue();
        assertThat(DateParser.isOnlyADate("Offer ends Oct 17, 2023")).isFalse();
    }

    @Test
    void clockTimesAfterADate() {
        assertThat(DateParser.clock("December 26, 2023 - 9:03AM")).contains(LocalTime.of(9, 3));
        assertThat(DateParser.clock("January 8, 2024 at 8:03 PM")).contains(LocalTime.of(20, 3));
        assertThat(DateParser.clock("Saturday 23 December 2023 05:39, UK")).contains(LocalTime.of(5, 39));
        assertThat(DateParser.clock("12 March 2024, 12:15 a.m.")).contains(LocalTime.of(0, 15));
        assertThat(DateParser.clock("December 26, 2023")).isEmpty();
    }
}
