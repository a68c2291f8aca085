package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.model.StoryArticle;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleDocTest {

    private static final Instant TIME = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void termsNamesAndTitleNamesKeepTheCallersOrderWhichGivesTheirIds() {
        Map<String, Integer> terms = new LinkedHashMap<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        Set<String> title = new LinkedHashSet<>();
        for (int k = 99; k >= 0; k--) {
            terms.put("term" + (k * 37 % 100), k + 1);
            names.put("Name" + (k * 53 % 100), 1);
            title.add("Title" + (k * 71 % 100));
        }

        ArticleDoc doc = doc(terms, names, title);

        assertThat(doc.terms().keySet()).containsExactlyElementsOf(terms.keySet());
        assertThat(doc.entities().keySet()).containsExactlyElementsOf(names.keySet());
        assertThat(doc.titleNames()).containsExactlyElementsOf(title);
    }

    @Test
    void itsMapsAreCopiesThatCannotBeChanged() {
        Map<String, Integer> terms = new LinkedHashMap<>(Map.of("quake", 2));

        ArticleDoc doc = doc(terms, Map.of(), Set.of());
        terms.put("flood", 1);

        assertThat(doc.terms()).containsOnlyKeys("quake");
        assertThatThrownBy(() -> doc.terms().put("fire", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static ArticleDoc doc(Map<String, Integer> terms, Map<String, Integer> names, Set<String> title) {
        StoryArticle entry = new StoryArticle("a1", null, null, "title", TIME.atOffset(ZoneOffset.UTC), null,
                List.of(), "source", 0);
        return new ArticleDoc(entry, terms, names, title, Set.of(), Map.of(), TIME);
    }
}
