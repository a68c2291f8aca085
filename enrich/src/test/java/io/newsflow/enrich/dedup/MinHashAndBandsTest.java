package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashAndBandsTest {

    @Test
    void agreeingSignatureValuesEstimateTheJaccardSimilarity() {
        Random random = new Random(7);
        MinHasher hasher = new MinHasher(1024);
        for (int nth : new int[] {8, 20, 60}) {
            String a = Texts.text(random, 500);
            String b = Texts.edited(a, nth, random);
            long[] sa = hasher.signature(Shingles.hashes(a));
            long[] sb = hasher.signature(Shingles.hashes(b));
            int agree = 0;
            for (int i = 0; i < sa.length; i++) {
                agree += sa[i] == sb[i] ? 1 : 0;
            }
            // 4 standard errors of a 1024-value estimate
            assertThat(agree / 1024.0).isCloseTo(ShinglesTest.exactJaccard(a, b), within(0.06));
        }
    }

    @Test
    void shortTextsAreDensifiedIntoFullSignatures() {
        long[] one = new MinHasher(80).signature(Shingles.hashes("just three words"));
        long[] same = new MinHasher(80).signature(Shingles.hashes("Just three words!"));
        assertThat(one).hasSize(80).containsExactly(same);
        assertThat(new HashSet<>(java.util.Arrays.stream(one).boxed().toList())).hasSize(80);
    }

    @Test
    void candidateProbabilityOfTheDefaultBandingIsHighAtTauAndLowForUnrelatedTexts() {
        LshBands banding = DedupParams.DEFAULTS.banding();
        assertThat(banding.signatureSize()).isEqualTo(80);
        assertThat(banding.candidateProbability(0.8)).isGreaterThan(0.998);
        assertThat(banding.candidateProbability(0.85)).isGreaterThan(0.9999);
        assertThat(banding.candidateProbability(0.3)).isLessThan(0.04);
    }

    @Test
    void bandKeysAreShortAndSharedBandsAreFound() {
        assertThat(LshBands.key(15, -1L)).isEqualTo("p0" + "_".repeat(10) + "F");
        assertThat(LshBands.mapKey(0, 5)).isNotEqualTo(LshBands.mapKey(1, 5));
        assertThat(LshBands.key(0, 5)).isNotEqualTo(LshBands.key(1, 5));
        assertThat(LshBands.firstSharedBand(new long[] {1, 2, 3}, new long[] {9, 2, 3})).isEqualTo(1);
        assertThat(LshBands.firstSharedBand(new long[] {1, 2}, new long[] {3, 4})).isEqualTo(-1);
    }

    @Test
    void nearCopiesShareABandAndUnrelatedTextsDoNot() {
        Random random = new Random(11);
        ArticleSketch.Sketcher sketcher = new ArticleSketch.Sketcher(DedupParams.DEFAULTS);
        int copiesFound = 0;
        int unrelatedFound = 0;
        for (int i = 0; i < 200; i++) {
            String a = Texts.text(random, 400);
            long[] bands = sketcher.sketch(a).bands();
            copiesFound += LshBands.firstSharedBand(bands, sketcher.sketch(Texts.edited(a, 60, random)).bands()) >= 0 ? 1 : 0;
            unrelatedFound += LshBands.firstSharedBand(bands, sketcher.sketch(Texts.text(random, 400)).bands()) >= 0 ? 1 : 0;
        }
        assertThat(copiesFound).isEqualTo(200);
        assertThat(unrelatedFound).isZero();
    }
}
