package io.newsflow.ingest;

import io.newsflow.ingest.extract.LanguageGuesser;
import io.newsflow.ingest.source.ArticleDraft;
import io.newsflow.model.ArticleIds;
import io.newsflow.model.RawArticle;
import java.time.Instant;

/** Gives a read article its id and content hash: the contract of {@link ArticleIds}. */
final class ArticleFactory {

    private ArticleFactory() {
    }

    /**
     * The raw article for a draft, as version 1, with the language of its text.
     *
     * <p>Id: the draft's own id when it has one (a JSONL line's {@code id}); else the hash of its
     * canonical URL when it was fetched; else (local files, URL-less lines) a hash of path and content.
     */
    static RawArticle toRawArticle(ArticleDraft draft, Instant fetchedAt) {
        String canonical = draft.canonicalUrl() != null ? Urls.canonical(draft.canonicalUrl())
                : draft.url() != null && isWebUrl(draft.url()) ? Urls.canonical(draft.url()) : null;
        String id;
        if (draft.explicitId() != null && !draft.explicitId().isBlank()) {
            id = draft.explicitId();
        } else if (canonical != null && isWebUrl(canonical)) {
            id = ArticleIds.forUrl(canonical);
        } else {
            String path = draft.path() != null ? draft.path() : draft.source();
            id = ArticleIds.forPathAndContent(path, draft.title() + "\n" + draft.text());
        }
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, 1, draft.url(), canonical, draft.path(), draft.source(),
                draft.title(), draft.authors(), draft.publishedAt(), fetchedAt, language(draft), draft.text(),
                draft.origin(), ArticleIds.contentHash(draft.title(), draft.text()));
    }

    /** The language a source states (a JSONL line's field), else the one Lingua tells from the text. */
    private static String language(ArticleDraft draft) {
        return draft.language() != null ? draft.language() : LanguageGuesser.guess(draft.text());
    }

    private static boolean isWebUrl(String url) {
        return url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8);
    }
}
