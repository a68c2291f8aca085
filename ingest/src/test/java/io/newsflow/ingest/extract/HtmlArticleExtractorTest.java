package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private static final String BASE = "https://www.example.com/section/page.html";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private ExtractedArticle extract(String html) {
        return extract(html, StandardCharsets.UTF_8);
    }

    private ExtractedArticle extract(String html, Charset encoding) {
        return extractor.extract(new ByteArrayInputStream(html.getBytes(encoding)), BASE);
    }

    @Test
    void jsonLdNewsArticleGivesHeadlineBodyDateAndAuthor() {
        ExtractedArticle article = extract("""
                <html><head><title>Site name | something else</title>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle",
                 "headline":"Typhoon makes landfall",
                 "articleBody":"The typhoon reached the coast at dawn. Trains were halted.",
                 "datePublished":"2023-10-25T09:30:00+09:00",
                 "author":{"@type":"Person","name":"Aiko Sato"}}
                </script></head>
                <body><h2>Weather</h2>
                <div><p>A teaser.</p></div></body></html>
                """);

        assertThat(article.title()).isEqualTo("Typhoon makes landfall");
        assertThat(article.text()).isEqualTo("The typhoon reached the coast at dawn. Trains were halted.");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.of(2023, 10, 25, 9, 30, 0, 0, ZoneOffset.ofHours(9)));
        assertThat(article.publishedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(article.authors()).containsExactly("Aiko Sato");
    }

    @Test
    void jsonLdArticleInsideAGraphWithAnAuthorArray() {
        ExtractedArticle article = extract("""
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example News","headline":"Not the article"},
                  {"@type":"BreadcrumbList","itemListElement":[]},
                  {"@type":"NewsArticle","headline":"Council approves budget",
                   "articleBody":"The council approved the budget by seven votes to two.",
                   "datePublished":"2024-02-01T18:00:00Z",
                   "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}]}
                ]}
                </script></head><body></body></html>
                """);

        assertThat(article.title()).isEqualTo("Council approves budget");
        assertThat(article.text()).isEqualTo("The council approved the budget by seven votes to two.");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.of(2024, 2, 1, 18, 0, 0, 0, ZoneOffset.UTC));
        assertThat(article.authors()).containsExactly("Ann Lee", "Bo Chen");
    }

    @Test
    void jsonLdTopLevelArrayWithAuthorNamesAsStrings() {
        ExtractedArticle article = extract("""
                <html><head><script type="application/ld+json">
                [{"@type":"Organization","name":"Example News"},
                 {"@type":"ReportageNewsArticle","headline":"Floods recede",
                  "articleBody":"Water levels fell overnight across the valley.",
                  "author":["By Maria Rossi","Tom Webb"]}]
                </script></head><body></body></html>
                """);

        assertThat(article.title()).isEqualTo("Floods recede");
        assertThat(article.text()).isEqualTo("Water levels fell overnight across the valley.");
        assertThat(article.authors()).containsExactly("Maria Rossi", "Tom Webb");
    }

    @Test
    void jsonLdTypeGivenAsAnArrayIsRecognised() {
        ExtractedArticle article = extract("""
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@type":["NewsArticle","Article"],
                 "headline":"Typed twice","articleBody":"A body stated in structured data only.",
                 "datePublished":"2024-06-01T10:00:00+02:00","author":{"name":"Lena Vogt"}}
                </script></head><body><h1>Visible</h1></body></html>
                """);

        assertThat(article.title()).isEqualTo("Typed twice");
        assertThat(article.text()).isEqualTo("A body stated in structured data only.");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.of(2024, 6, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(article.authors()).containsExactly("Lena Vogt");
    }

    @Test
    void slidesOfAGalleryArticleAreKeptButGalleryTeasersAreNot() {
        String slide = """
                <div class="wrap"><div class="gallery-slide"><h3 class="gallery-slide-title">%d. Stop %d</h3>
                <p>The walk passes stop %d, where the old mill stands beside the river, and the guide explains its history.</p>
                </div></div>
                """;
        StringBuilder slides = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            slides.append(slide.formatted(i, i, i));
        }
        ExtractedArticle article = extract("""
                <html><body><h1>A walk along the river</h1>
                <div class="story"><div class="intro"><p>We walked the whole river path in one day, from the bridge to the
                harbour, and counted the stops.</p></div>
                %s</div>
                <div class="gallery-teaser"><a href="/g1">Ten more walks near the sea, with pictures of each beach and harbour</a></div>
                <div class="gallery-teaser"><a href="/g2">Twelve mountain huts you can reach in an afternoon, from easy to steep</a></div>
                <div class="gallery-teaser"><a href="/g3">Eight lakes for a summer swim, ranked by how cold the water stays</a></div>
                </body></html>
                """.formatted(slides));

        assertThat(article.text()).contains("stop 1, where", "stop 4, where", "4. Stop 4").doesNotContain("mountain huts");
    }

    @Test
    void proseParagraphsNamedAfterFurnitureAreKeptWhenTheyRepeatAsTheArticle() {
        String paragraph = "<p class=\"paywall\">Paragraph %d of the report says the council will repair the old"
                + " bridge next spring, and that the work will close the road for about three weeks.</p>\n";
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            paragraphs.append(paragraph.formatted(i));
        }
        ExtractedArticle article = extract("""
                <html><body><h1>Bridge repairs</h1><div class="story">
                <p>The council met on Tuesday to decide on the bridge, which has been closed to lorries since May.</p>
                %s</div>
                <div class="paywall-prompt"><p>Subscribe</p></div>
                </body></html>
                """.formatted(paragraphs));

        assertThat(article.text()).contains("since May", "Paragraph 1 of", "Paragraph 4 of").doesNotContain("Subscribe");
    }

    @Test
    void anArticleSplitIntoContainersOfOneKindIsJoinedInPageOrder() {
        String chunk = """
                <div class="grid"><div class="grid-item body-chunk">
                <p>%s part, first paragraph: the museum reopened its east wing, closed since the flood, with new floors.</p>
                <p>%s part, second paragraph: visitors queued from the morning, and the guides gave tours every hour.</p>
                <p>%s part, third paragraph: the director said the repairs cost less than feared, thanks to volunteers.</p>
                </div><div class="grid-item"><a href="/a">Shop the collection</a></div></div>
                """;
        ExtractedArticle article = extract("""
                <html><body><h1>Museum reopens</h1>
                %s<div class="video-slot"><a href="/v">Watch: the flood</a></div>%s
                <div class="teasers"><a href="/t1">Another story</a></div>
                </body></html>
                """.formatted(chunk.formatted("First", "First", "First"), chunk.formatted("Second", "Second", "Second")));

        String text = article.text();
        assertThat(text).contains("First part, first", "First part, third", "Second part, first", "Second part, third");
        assertThat(text.indexOf("First part, third")).isLessThan(text.indexOf("Second part, first"));
    }

    @Test
    void aShortBoxNamedAsContentDoesNotOutrankAnArticleOfManyItems() {
        String item = """
                <div class="item"><div><h2>Step %d of the route</h2>%s
                <div><div>At step %d the path climbs through an old orchard, then follows the wall to a gate, where the view opens over the whole valley.</div></div>
                </div></div>
                """;
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            String label = i % 3 == 1 ? "<div class=\"story-text\"><span>Filed under travel and the outdoors</span></div>" : "";
            items.append(item.formatted(i, label, i));
        }
        ExtractedArticle article = extract("""
                <html><body><h1>A day on the ridge</h1><main><div class="list">%s</div></main></body></html>
                """.formatted(items));

        assertThat(article.text()).contains("At step 1 the path", "At step 6 the path");
    }

    @Test
    void aSiblingWhoseParagraphsSitDeepJoinsTheArticleButTeasersOfOtherStoriesDoNot() {
        String deep = "<div><div><div><div><p>Deeper paragraph %d: the ferry will run every hour in summer, and the"
                + " council expects twice as many riders as last year, mostly commuters.</p></div></div></div></div>\n";
        String teaser = "<div class=\"teaser\"><div>Other story %d: a new bakery opened on the corner of the square,"
                + " and the queue reached the harbour on its first morning, the owner said.</div></div>\n";
        StringBuilder deeps = new StringBuilder();
        StringBuilder teasers = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            deeps.append(deep.formatted(i));
            teasers.append(teaser.formatted(i));
        }
        ExtractedArticle article = extract("""
                <html><body><h1>Ferry returns</h1><div class="page">
                <div class="story"><p>The ferry across the bay returns on Monday, after a winter of repairs to its hull and engines.</p>
                <p>Its captain said the crew had waited all winter, and that the first crossing was already fully booked.</p></div>
                <div>%s</div>
                <div class="teasers">%s</div>
                </div></body></html>
                """.formatted(deeps, teasers));

        assertThat(article.text()).contains("ferry across the bay", "Deeper paragraph 1", "Deeper paragraph 4")
                .doesNotContain("bakery");
    }

    @Test
    void aPageRenderedFromScriptDataGivesTheBodyBesideTheHeadlineInThatData() {
        ExtractedArticle article = extract("""
                <html><head><title>Tram line opens</title></head><body><div id="app"><p>Loading…</p></div>
                <script>window.__APP_STATE__ = {"nav":[{"label":"World"},{"label":"Sport"}],
                 "article":{"headline":"Tram line opens","blocks":[
                  {"type":"text","html":"<p>The new tram line opened on Saturday, linking the station with the university in twelve minutes.</p>"},
                  {"type":"image","url":"https://img.example.com/tram.jpg"},
                  {"type":"text","html":"<p>More than ten thousand people rode it on the first day, the operator said, and trams ran every six minutes.</p>"},
                  {"type":"text","html":"<p>A second line, to the hospital and the airport, is planned for 2028 if the city finds the money.</p>"}]},
                 "teasers":[{"summary":"A bakery on the square won a prize for its rye bread, the third time in five years. Its owner thanked the staff."},
                  {"summary":"The river festival returns in June with boats, music and food stalls along both banks. Entry is free for all."},
                  {"summary":"A new school opens in the north of the city in September, with places for six hundred pupils. Parents can visit it."},
                  {"summary":"The zoo welcomed two red pandas from a park abroad, and they will meet visitors next month. Tickets are on sale."}]};
                </script></body></html>
                """);

        assertThat(article.text()).isEqualTo("""
                The new tram line opened on Saturday, linking the station with the university in twelve minutes.

                More than ten thousand people rode it on the first day, the operator said, and trams ran every six minutes.

                A second line, to the hospital and the airport, is planned for 2028 if the city finds the money.""");
    }

    @Test
    void scriptDataDoesNotReplaceAnArticlePrintedInThePage() {
        String paragraph = "<p>Paragraph %d of the printed article: the harbour wall will be raised by a metre before winter.</p>";
        StringBuilder printed = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            printed.append(paragraph.formatted(i));
        }
        ExtractedArticle article = extract("""
                <html><body><h1>Harbour wall</h1><div class="story">%s</div>
                <script type="application/json">{"recommended":[{"text":"%s"}]}</script></body></html>
                """.formatted(printed, "A long recommendation of another story, which the page does not print, about trains. ".repeat(20)));

        assertThat(article.text()).contains("Paragraph 8 of the printed").doesNotContain("recommendation");
    }

    @Test
    void correctionPrintEditionAffiliateAndInboxLinesAreDropped() {
        ExtractedArticle article = extract("""
                <html><body><h1>Library extends hours</h1><div class="story">
                <p>We may earn a commission when you buy through links on this page.</p>
                <p>The city library will stay open until ten at night from January, the council said on Friday.</p>
                <p>Students had asked for longer hours for years, and a petition gathered four thousand names.</p>
                <p>Correction: December 20, 2023:</p>
                <p>Updated Dec. 22, 2023 11:48 a.m. ET</p>
                <p>Image 1 of 5</p>
                <p>—Staff writer Ana Ruiz can be reached at ana.ruiz@example.org.</p>
                <p>Get the best local stories delivered to your inbox.</p>
                <p>A version of this article appears in print on Page 3 of the city edition.</p>
                </div></body></html>
                """);

        assertThat(article.text()).contains("until ten at night", "four thousand names")
                .doesNotContain("commission", "Correction", "ana.ruiz", "inbox", "in print", "Updated", "Image 1");
    }

    @Test
    void paragraphsInTheirOwnWrappersBesideTheBlockJoinIt() {
        ExtractedArticle article = extract("""
                <html><body><h1>Bridge vote</h1><div class="page">
                <div class="para">The first paragraph sits in a wrapper of its own, beside the block that holds the rest.</div>
                <div class="para">So does the second one, which says the vote on the bridge is set for March.</div>
                <div class="story-body">
                <p>The council will vote in March on the new bridge, which would link the two halves of the old town.</p>
                <p>Its supporters say the bridge would cut the drive to the hospital by a quarter of an hour for many.</p>
                <p>Its opponents, mostly from the river quarter, fear the traffic it would bring past the school.</p>
                </div></div></body></html>
                """);

        assertThat(article.text()).startsWith("The first paragraph sits").contains("So does the second", "past the school");
    }

    @Test
    void theDealBoxesOfAShoppingArticleAreKept() {
        String box = """
                <div class="deal-widget"><p><a href="/buy/%d">Lamp %d: was $80, now $60</a></p>
                <p>Lamp %d is the one we liked best for reading in bed, with a warm light, a long arm and a switch within reach.</p></div>
                """;
        StringBuilder boxes = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            boxes.append(box.formatted(i, i, i));
        }
        ExtractedArticle article = extract("""
                <html><body><h1>The best reading lamps on sale</h1><div class="story">
                <p>We tested twenty reading lamps over a month, and four of them are on sale this week at good prices.</p>
                %s</div></body></html>
                """.formatted(boxes));

        assertThat(article.text()).contains("twenty reading lamps", "Lamp 1 is the one", "Lamp 4 is the one");
    }

    @Test
    void contributorContactTheWriterAndAuthorNotesAreDropped() {
        ExtractedArticle article = extract("""
                <html><body><h1>Harbour bridge reopens</h1><div class="story">
                <p>The harbour bridge reopened on Monday after six weeks of repairs to its deck and railings.</p>
                <p>Engineers said the work finished two days early, and traffic returned to normal by the evening.</p>
                <p>Contributing: Jo Park</p>
                <p>Contact reporter Sam Ode at sode@example.org.</p>
                <p>Sam Ode is a reporter covering transport and the harbour for the Example Herald.</p>
                <p>The Example Herald Editorial Board consists of its editor and three writers.</p>
                </div></body></html>
                """);

        assertThat(article.text()).contains("two days early")
                .doesNotContain("Contributing", "sode@example.org", "is a reporter", "Editorial Board");
    }

    @Test
    void openGraphTitleAndArticlePublishedTimeWithOffset() {
        ExtractedArticle article = extract("""
                <html><head><title>Example News - Storm</title>
                <meta property="og:title" content="Storm hits the east coast">
                <meta property="article:published_time" content="2024-03-01T08:00:00-05:00">
                </head><body><h1>Storm</h1>
                <div><p>Heavy rain and wind hit the east coast overnight, officials said.</p></div>
                </body></html>
                """);

        assertThat(article.title()).isEqualTo("Storm hits the east coast");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.of(2024, 3, 1, 8, 0, 0, 0, ZoneOffset.ofHours(-5)));
        assertThat(article.publishedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(article.text()).isEqualTo("Heavy rain and wind hit the east coast overnight, officials said.");
    }

    @Test
    void timeElementGivesTheDateWhenNothingElseDoes() {
        ExtractedArticle article = extract("""
                <html><body><article><h1>Market day</h1>
                <time datetime="2024-02-02T10:15:00+01:00">2 February</time>
                <p>The weekly market moved to the square for the first time this year.</p>
                </article></body></html>
                """);

        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.of(2024, 2, 2, 10, 15, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(article.title()).isEqualTo("Market day");
    }

    @Test
    void anUnreadableStructuredDateFallsBackToTheNextSignal() {
        ExtractedArticle article = extract("""
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"H","datePublished":"last Tuesday"}
                </script></head><body>
                <time datetime="2024-02-02">2 February</time>
                <div><p>Some body text that is long enough to be a paragraph here.</p></div></body></html>
                """);

        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.of(2024, 2, 2, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void aPageWithoutAnyDateHasNone() {
        ExtractedArticle article = extract("<html><body><div><p>Undated text long enough to be a paragraph.</p></div>"
                + "</body></html>");

        assertThat(article.publishedAt()).isNull();
        assertThat(article.authors()).isEmpty();
        assertThat(article.canonicalUrl()).isNull();
    }

    @Test
    void theBodyIsTheParagraphDenseBlockNotNavigationAsideFooterOrLinkLists() {
        String aside = "<p>Most read today: ten facts about rivers and bridges you never knew before now.</p>".repeat(6);
        ExtractedArticle article = extract("""
                <html><head><title>Example News | Bridge reopens</title></head><body>
                <nav><p>Home News Sport Weather Culture Business Technology Science Travel</p>
                     <p>Another navigation paragraph listing many many sections of the site</p></nav>
                <header><p>Subscribe now for unlimited access to all of our journalism today</p></header>
                <div class="related">
                  <p><a href="/a">A related story headline that is rather long indeed, really</a></p>
                  <p><a href="/b">Another related story headline that is also quite long, yes</a></p>
                  <p><a href="/c">A third related story headline that is long as well, sure</a></p>
                  <p><a href="/d">A fourth related story headline, to outweigh the article</a></p>
                </div>
                <article><h1>Bridge reopens</h1>
                  <div class="story">
                    <p>The old bridge reopened to traffic on Monday after two years of repairs.</p>
                    <h2>Local reaction</h2>
                    <p>Residents said the closure had doubled their commute across the river.</p>
                    <p>The council expects the new deck to last at least another fifty years.</p>
                  </div>
                </article>
                <aside>%s</aside>
                <footer><p>Copyright 2024 Example News. All rights reserved. Contact the newsroom.</p></footer>
                </body></html>
                """.formatted(aside));

        assertThat(article.title()).isEqualTo("Bridge reopens");
        assertThat(article.text()).isEqualTo(
                "The old bridge reopened to traffic on Monday after two years of repairs.\n\n"
                        + "Local reaction\n\n"
                        + "Residents said the closure had doubled their commute across the river.\n\n"
                        + "The council expects the new deck to last at least another fifty years.");
        assertThat(article.text()).doesNotContain("Most read", "Copyright", "Subscribe", "related story", "Home News");
    }

    @Test
    void theCanonicalLinkIsResolvedAgainstThePage() {
        ExtractedArticle article = extract("""
                <html><head><link rel="canonical" href="/news/2024/bridge-reopens">
                <meta property="og:url" content="https://other.example.com/og-url"></head>
                <body><div><p>Some body text that is long enough to be a paragraph.</p></div></body></html>
                """);

        assertThat(article.canonicalUrl()).isEqualTo("https://www.example.com/news/2024/bridge-reopens");
    }

    @Test
    void openGraphUrlIsTheCanonicalUrlWhenThereIsNoLink() {
        ExtractedArticle article = extract("""
                <html><head><meta property="og:url" content="https://www.example.com/news/og-only"></head>
                <body><div><p>Some body text that is long enough to be a paragraph.</p></div></body></html>
                """);

        assertThat(article.canonicalUrl()).isEqualTo("https://www.example.com/news/og-only");
    }

    @Test
    void brokenJsonLdIsIgnoredAndTheDomStillGivesTheArticle() {
        ExtractedArticle article = extract("""
                <html><head><title>Site | Quiet night</title>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Broken", </script>
                </head><body><h1>Quiet night in the city</h1>
                <div><p>Police reported a quiet night across the city with no incidents at all.</p></div>
                </body></html>
                """);

        assertThat(article.title()).isEqualTo("Quiet night in the city");
        assertThat(article.text()).isEqualTo("Police reported a quiet night across the city with no incidents at all.");
    }

    @Test
    void metaAuthorIsUsedWhenStructuredDataNamesNone() {
        ExtractedArticle article = extract("""
                <html><head><meta name="author" content="By Jane Roe"></head>
                <body><div><p>Some body text that is long enough to be a paragraph.</p></div></body></html>
                """);

        assertThat(article.authors()).containsExactly("Jane Roe");
    }

    @Test
    void theCharsetOfTheMetaTagDecodesAnIso88591Page() {
        ExtractedArticle article = extract("""
                <html><head><meta charset="ISO-8859-1"><title>Caf\u00e9 \u00e0 Paris</title></head>
                <body><h1>Le caf\u00e9 ferm\u00e9</h1>
                <div><p>Le caf\u00e9 de la place a ferm\u00e9 ses portes apr\u00e8s cent ans.</p></div>
                </body></html>
                """, StandardCharsets.ISO_8859_1);

        assertThat(article.title()).isEqualTo("Le café fermé");
        assertThat(article.text()).isEqualTo("Le café de la place a fermé ses portes après cent ans.");
    }

    @Test
    void theCharsetOfAnHttpEquivMetaTagDecodesAnIso88591Page() {
        ExtractedArticle article = extract("""
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
                <body><h1>\u00c9t\u00e9 br\u00fblant</h1>
                <div><p>L'\u00e9t\u00e9 le plus chaud jamais mesur\u00e9 dans la r\u00e9gion.</p></div>
                </body></html>
                """, StandardCharsets.ISO_8859_1);

        assertThat(article.title()).isEqualTo("Été brûlant");
        assertThat(article.text()).isEqualTo("L'été le plus chaud jamais mesuré dans la région.");
    }

    @Test
    void aPageWithoutCharsetIsReadAsUtf8() {
        ExtractedArticle article = extract("<html><body><h1>Zürich</h1><div><p>Grüße aus Zürich, wo es heute "
                + "schneit.</p></div></body></html>");

        assertThat(article.title()).isEqualTo("Zürich");
        assertThat(article.text()).isEqualTo("Grüße aus Zürich, wo es heute schneit.");
    }
}
