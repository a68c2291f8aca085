package io.newsflow.ingest;

import io.newsflow.model.RawArticle;
import java.util.HashMap;
import java.util.Map;

/**
 * What ingest has already published: each article id with its latest version and content hash, so a
 * re-delivery is skipped and a changed article is published as the next version.
 */
final class SeenArticles {

    /** What to do with an article. */
    enum Verdict { NEW, CHANGED, SEEN }

    private record Latest(int version, String contentHash) {
    }

    private final Map<String, Latest> latest = new HashMap<>();

    /** Records a published article (also used to restore from the raw topic). */
    void remember(RawArticle article) {
        Latest known = latest.get(article.id());
        if (known == null || known.version() <= article.version()) {
            latest.put(article.id(), new Latest(article.version(), article.contentHash()));
        }
    }

    /** Whether the article is new, a changed version of a known id, or already published as it is. */
    Verdict judge(RawArticle article) {
        Latest known = latest.get(article.id());
        if (known == null) {
            return Verdict.NEW;
        }
        return known.contentHash().equals(article.contentHash()) ? Verdict.SEEN : Verdict.CHANGED;
    }

    /** The version the article gets when published now. */
    int nextVersion(String id) {
        Latest known = latest.get(id);
        return known == null ? 1 : known.version() + 1;
    }

    /** How many ids are known. */
    int size() {
        return latest.size();
    }
}
