package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.source.ArticleDraft;
import io.newsflow.model.ArticleIds;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFactoryTest {

    private static final Instant FETCHED = Instant.parse("2024-05-01T12:00:00Z");
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2024, 4, 30, 9, 30, 0, 0, ZoneOffset.ofHours(9));

    private static ArticleDraft jsonl(String id, String url, String canonicalUrl, String text) {
        return new ArticleDraft(id, url, canonicalUrl, null, "wire.jsonl", "Headline", List.of("Ann Lee"), PUBLISHED,
                "en", text, Origin.JSONL);
    }

    private static ArticleDraft file(String path, String canonicalUrl, String text) {
        return new ArticleDraft(null, "file://" + path, canonicalUrl, path, "news", "Headline", List.of(), null, null,
                text, Origin.FILE);
    }

    @Test
    void aTextWithoutAStatedLanguageIsToldItsLanguageAndAStatedOneIsKept() {
        RawArticle spanish = ArticleFactory.toRawArticle(file("/drop/lluvias.txt", null,
                "Las lluvias torrenciales dejaron ayer miles de familias sin hogar en el norte del país, según las "
                        + "autoridades locales, que pidieron ayuda al gobierno central."), FETCHED);
        RawArticle stated = ArticleFactory.toRawArticle(jsonl("x", null, null,
                "Die Regierung hat am Montag neue Hilfen für die betroffenen Regionen angekündigt."), FETCHED);

        assertThat(spanish.language()).isEqualTo("es");
        assertThat(stated.language()).as("the line's own field").isEqualTo("en");
        assertThat(ArticleFactory.toRawArticle(file("/drop/short.txt", null, "Ok."), FETCHED).language()).isNull();
    }

    @Test
    void anExplicitIdIsUsedVerbatim() {
        RawArticle article = ArticleFactory.toRawArticle(
                jsonl("Wire/2024:001 ", "https://wire.example/a?utm_source=x", null, "Body"), FETCHED);

        assertThat(article.id()).isEqualTo("Wire/2024:001 ");
        assertThat(article.canonicalUrl()).isEqualTo("https://wire.example/a");
        assertThat(article.url()).isEqualTo("https://wire.example/a?utm_source=x");
    }

    @Test
    void aBlankExplicitIdFallsBackToTheUrl() {
        RawArticle article = ArticleFactory.toRawArticle(jsonl("  ", "https://wire.example/a", null, "Body"), FETCHED);

        assertThat(article.id()).isEqualTo(ArticleIds.forUrl("https://wire.example/a"));
    }

    @Test
    void aWebUrlGivesTheIdOfItsCanonicalForm() {
        RawArticle article = ArticleFactory.toRawArticle(
                jsonl(null, "HTTPS://News.Example.org:443/world/a?utm_medium=social&id=9#top", null, "Body"), FETCHED);

        assertThat(article.canonicalUrl()).isEqualTo("https://news.example.org/world/a?id=9");
        assertThat(article.id()).isEqualTo(ArticleIds.forUrl("https://news.example.org/world/a?id=9"));
    }

    @Test
    void urlsDifferingOnlyInTrackingParametersOrFragmentGetTheSameId() {
        String plain = ArticleFactory.toRawArticle(jsonl(null, "https://example.com/story", null, "A"), FETCHED).id();
        String tracked = ArticleFactory.toRawArticle(
                jsonl(null, "https://example.com/story?utm_source=rss&fbclid=123", null, "A"), FETCHED).id();
        String withFragment = ArticleFactory.toRawArticle(
                jsonl(null, "https://example.com/story#comments", null, "A"), FETCHED).id();
        String otherStory = ArticleFactory.toRawArticle(jsonl(null, "https://example.com/story?id=2", null, "A"),
                FETCHED).id();

        assertThat(tracked).isEqualTo(plain);
        assertThat(withFragment).isEqualTo(plain);
        assertThat(otherStory).isNotEqualTo(plain);
    }

    @Test
    void aUrlIdDoesNotDependOnTheContent() {
        String before = ArticleFactory.toRawArticle(jsonl(null, "https://example.com/story", null, "First"), FETCHED).id();
        String after = ArticleFactory.toRawArticle(jsonl(null, "https://example.com/story", null, "Fixed"), FETCHED).id();

        assertThat(after).isEqualTo(before);
    }

    @Test
    void aStatedCanonicalUrlWinsOverTheFetchedUrl() {
        RawArticle article = ArticleFactory.toRawArticle(
                jsonl(null, "https://m.example.com/story?utm_source=app", "https://www.example.com/story", "Body"), FETCHED);

        assertThat(article.id()).isEqualTo(ArticleIds.forUrl("https://www.example.com/story"));
        assertThat(article.canonicalUrl()).isEqualTo("https://www.example.com/story");
    }

    @Test
    void aLocalFileWithAWebCanonicalUrlIsIdentifiedByThatUrl() {
        RawArticle article = ArticleFactory.toRawArticle(
                file("/data/news/page.html", "https://www.example.com/story#x", "Body"), FETCHED);

        assertThat(article.id()).isEqualTo(ArticleIds.forUrl("https://www.example.com/story"));
        assertThat(article.path()).isEqualTo("/data/news/page.html");
    }

    @Test
    void aLocalFileIsIdentifiedByPathAndContent() {
        RawArticle article = ArticleFactory.toRawArticle(file("/data/news/a.txt", null, "Body text"), FETCHED);

        assertThat(article.id()).isEqualTo(ArticleIds.forPathAndContent("/data/news/a.txt", "Headline\nBody text"));
        assertThat(article.canonicalUrl()).isNull();
        assertThat(article.url()).isEqualTo("file:///data/news/a.txt");
        assertThat(article.path()).isEqualTo("/data/news/a.txt");
        assertThat(article.origin()).isEqualTo(Origin.FILE);
    }

    @Test
    void theSameContentAtAnotherPathIsAnotherArticle() {
        String a = ArticleFactory.toRawArticle(file("/data/news/a.txt", null, "Same"), FETCHED).id();
        String b = ArticleFactory.toRawArticle(file("/data/news/b.txt", null, "Same"), FETCHED).id();

        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aLineWithoutIdOrUrlIsIdentifiedBySourceAndContent() {
        RawArticle article = ArticleFactory.toRawArticle(jsonl(null, null, null, "Body"), FETCHED);

        assertThat(article.id()).isEqualTo(ArticleIds.forPathAndContent("wire.jsonl", "Headline\nBody"));
        assertThat(article.canonicalUrl()).isNull();
    }

    @Test
    void theContentHashIsOfTitleAndTextAndChangesWithTheText() {
        RawArticle first = ArticleFactory.toRawArticle(jsonl("id-1", null, null, "Original text"), FETCHED);
        RawArticle again = ArticleFactory.toRawArticle(jsonl("id-1", null, null, "Original text"), FETCHED);
        RawArticle corrected = ArticleFactory.toRawArticle(jsonl("id-1", null, null, "Corrected text"), FETCHED);

        assertThat(first.contentHash()).isEqualTo(ArticleIds.contentHash("Headline", "Original text"));
        assertThat(again.contentHash()).isEqualTo(first.contentHash());
        assertThat(corrected.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(corrected.id()).isEqualTo(first.id());
    }

    @Test
    void theRawArticleIsVersionOneWithTheFetchTimeAndTheDraftsFields() {
        RawArticle article = ArticleFactory.toRawArticle(jsonl("id-1", "https://wire.example/a", null, "Body"), FETCHED);

        assertThat(article).isEqualTo(new RawArticle(RawArticle.SCHEMA_VERSION, "id-1", 1, "https://wire.example/a",
                "https://wire.example/a", null, "wire.jsonl", "Headline", List.of("Ann Lee"), PUBLISHED, FETCHED, "en",
                "Body", Origin.JSONL, ArticleIds.contentHash("Headline", "Body")));
    }
}
