package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.SeenArticles.Verdict;
import io.newsflow.model.ArticleIds;
import io.newsflow.model.Origin;
import io.newsflow.model.RawArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeenArticlesTest {

    private static RawArticle article(String id, int version, String text) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, version, null, null, null, "test", "Title", List.of(),
                null, Instant.parse("2024-05-01T12:00:00Z"), null, text, Origin.JSONL,
                ArticleIds.contentHash("Title", text));
    }

    @Test
    void anUnknownIdIsNewAndGetsVersionOne() {
        SeenArticles seen = new SeenArticles();

        assertThat(seen.judge(article("a", 1, "text"))).isEqualTo(Verdict.NEW);
        assertThat(seen.nextVersion("a")).isEqualTo(1);
        assertThat(seen.size()).isZero();
    }

    @Test
    void aRememberedArticleWithTheSameContentIsSeen() {
        SeenArticles seen = new SeenArticles();
        seen.remember(article("a", 1, "text"));

        assertThat(seen.judge(article("a", 1, "text"))).isEqualTo(Verdict.SEEN);
        assertThat(seen.judge(article("b", 1, "text"))).isEqualTo(Verdict.NEW);
        assertThat(seen.size()).isEqualTo(1);
    }

    @Test
    void changedContentOfAKnownIdIsChangedAndGetsTheNextVersion() {
        SeenArticles seen = new SeenArticles();
        seen.remember(article("a", 1, "text"));

        assertThat(seen.judge(article("a", 1, "corrected text"))).isEqualTo(Verdict.CHANGED);
        assertThat(seen.nextVersion("a")).isEqualTo(2);

        seen.remember(article("a", 2, "corrected text"));

        assertThat(seen.judge(article("a", 1, "corrected text"))).isEqualTo(Verdict.SEEN);
        assertThat(seen.judge(article("a", 1, "text"))).isEqualTo(Verdict.CHANGED);
        assertThat(seen.nextVersion("a")).isEqualTo(3);
        assertThat(seen.size()).isEqualTo(1);
    }

    @Test
    void anOlderVersionRememberedLaterDoesNotReplaceANewerOne() {
        SeenArticles seen = new SeenArticles();
        seen.remember(article("a", 3, "third"));
        seen.remember(article("a", 1, "first"));

        assertThat(seen.nextVersion("a")).isEqualTo(4);
        assertThat(seen.judge(article("a", 1, "third"))).isEqualTo(Verdict.SEEN);
        assertThat(seen.judge(article("a", 1, "first"))).isEqualTo(Verdict.CHANGED);
    }

    @Test
    void changingBackToAnEarlierTextIsAChange() {
        SeenArticles seen = new SeenArticles();
        seen.remember(article("a", 1, "one"));
        seen.remember(article("a", 2, "two"));

        assertThat(seen.judge(article("a", 1, "one"))).isEqualTo(Verdict.CHANGED);
        assertThat(seen.nextVersion("a")).isEqualTo(3);
    }
}
