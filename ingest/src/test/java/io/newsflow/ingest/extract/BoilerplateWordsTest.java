package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateWordsTest {

    private static Element element(String classes, String id) {
        Element element = new Element("div").attr("class", classes);
        return id.isEmpty() ? element : element.id(id);
    }

    @Test
    void wordsSplitOnPunctuationAndCamelCaseAndAreLowerCased() {
        Element element = element("shareBar-top  ad2Slot\tc-comment__body été", "mainContent");

        assertThat(Boilerplate.words(element))
                .containsExactlyInAnyOrder("share", "bar", "top", "ad2slot", "c", "comment", "body", "t", "main", "content");
    }

    @Test
    void leadingWordsAreTheFirstWordOfEachName() {
        Element element = element("comments-area show-commentsIcon --respond-x", "disqusThread");

        assertThat(Boilerplate.leadingWords(element)).containsExactlyInAnyOrder("comments", "show", "respond", "disqus");
    }

    @Test
    void anElementWithoutNamesHasNoWords() {
        Element element = new Element("p");

        assertThat(Boilerplate.words(element)).isEmpty();
        assertThat(Boilerplate.leadingWords(element)).isEmpty();
    }
}
