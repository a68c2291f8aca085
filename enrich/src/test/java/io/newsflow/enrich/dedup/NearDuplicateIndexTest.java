package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private final Random random = new Random(17);

    @Test
    void aLightlyEditedCopyIsFlaggedWithItsSimilarityAndAnUnrelatedTextIsNot() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULTS);
        String original = Texts.text(random, 500);
        assertThat(index.offer("a", 0, original)).isEmpty();
        assertThat(index.offer("b", 10, Texts.text(random, 500))).isEmpty();
        Candidate copy = index.offer("c", 20, Texts.edited(original, 100, random)).orElseThrow();
        assertThat(copy.articleId()).isEqualTo("a");
        assertThat(copy.timestamp()).isZero();
        assertThat(copy.similarity()).isBetween(0.9, 0.99);
    }

    @Test
    void theEarliestOriginalAtOrAboveTauWins() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULTS);
        String text = Texts.text(random, 300);
        index.offer("late", 50, text);
        index.offer("early", 5, text + " with a byline");
        assertThat(index.offer("copy", 100, text).orElseThrow().articleId()).isEqualTo("early");
    }

    @Test
    void aPairBelowTauIsNotFlaggedEvenWhenItIsACandidate() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULTS.withTau(0.95));
        String text = Texts.text(random, 300);
        index.offer("a", 0, text);
        // every 25th word changed: Jaccard about 0.67..0.85, below 0.95
        assertThat(index.offer("b", 1, Texts.edited(text, 25, random))).isEmpty();
    }

    @Test
    void copiesFurtherApartThanTheWindowAreNotLinked() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULTS);
        String text = Texts.text(random, 300);
        index.offer("a", 0, text);
        assertThat(index.offer("b", 8 * DAY, text)).isEmpty();
        assertThat(index.offer("c", 10 * DAY, text).orElseThrow().articleId()).isEqualTo("b");
    }

    @Test
    void aNewVersionOfAnArticleIsNotACopyOfItself() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULTS);
        String text = Texts.text(random, 300);
        index.offer("a", 0, text);
        assertThat(index.offer("a", 1, Texts.edited(text, 50, random))).isEmpty();
    }
}
