package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShingleSketchTest {

    @Test
    void completeSketchesGiveTheExactJaccardSimilarity() {
        Random random = new Random(3);
        for (int nth : new int[] {5, 12, 40, 200}) {
            String a = Texts.text(random, 600);
            String b = Texts.edited(a, nth, random) + " an added byline of the syndicating agency";
            ShingleSketch sa = ShingleSketch.of(Shingles.hashes(a), 1024);
            ShingleSketch sb = ShingleSketch.of(Shingles.hashes(b), 1024);
            assertThat(sa.complete()).isTrue();
            assertThat(sa.jaccard(sb)).isCloseTo(ShinglesTest.exactJaccard(a, b), within(1e-9));
            assertThat(sb.jaccard(sa)).isEqualTo(sa.jaccard(sb));
        }
    }

    @Test
    void truncatedSketchesEstimateCloseToTheTruth() {
        Random random = new Random(5);
        String a = Texts.text(random, 4000);
        String b = Texts.edited(a, 40, random);
        ShingleSketch sa = ShingleSketch.of(Shingles.hashes(a), 1024);
        ShingleSketch sb = ShingleSketch.of(Shingles.hashes(b), 1024);
        assertThat(sa.complete()).isFalse();
        assertThat(sa.hashes()).hasSize(1024);
        assertThat(sa.jaccard(sb)).isCloseTo(ShinglesTest.exactJaccard(a, b), within(0.045));
    }

    @Test
    void identicalAndDisjointTexts() {
        ShingleSketch a = ShingleSketch.of(Shingles.hashes("one two three four five six seven"), 64);
        assertThat(a.jaccard(a)).isEqualTo(1.0);
        assertThat(a.size()).isEqualTo(3);
        ShingleSketch b = ShingleSketch.of(Shingles.hashes("eight nine ten eleven twelve thirteen"), 64);
        assertThat(a.jaccard(b)).isZero();
    }
}
