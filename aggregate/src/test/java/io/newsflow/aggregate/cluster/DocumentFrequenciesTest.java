package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {

    private final DocumentFrequencies vocabulary = new DocumentFrequencies();

    @Test
    void aTermKeepsItsIdAndFindsNothingBeforeFirstSight() {
        assertThat(vocabulary.find("quake")).isEqualTo(-1);

        int id = vocabulary.id("quake");

        assertThat(vocabulary.id(new String("quake".toCharArray()))).isEqualTo(id);
        assertThat(vocabulary.find("quake")).isEqualTo(id);
        assertThat(vocabulary.term(id)).isEqualTo("quake");
        assertThat(vocabulary.find("quakes")).isEqualTo(-1);
    }

    @Test
    void termsWithTheSameHashAreTold() {
        // "Aa" and "BB" have the same String hash code
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        int aa = vocabulary.id("Aa");
        int bb = vocabulary.id("BB");

        assertThat(aa).isNotEqualTo(bb);
        assertThat(vocabulary.find("Aa")).isEqualTo(aa);
        assertThat(vocabulary.find("BB")).isEqualTo(bb);
        assertThat(vocabulary.find("AaBB")).isEqualTo(-1);
        assertThat(vocabulary.id("AaBB")).isNotIn(aa, bb);
        assertThat(vocabulary.find("BBAa")).isEqualTo(-1);
    }

    @Test
    void idsSurviveTheTableGrowingAndTermsOfAnyLengthAndCharactersAreFound() {
        String long1 = "x".repeat(70_000);
        String long2 = "x".repeat(69_999) + "y";
        List<String> terms = new ArrayList<>(List.of("Zürich", "東京", long1, long2, "", "\u0000a", "a", "\u0000",
                "abcdefgh", "abcdefghi", "abcdefg\u0100", "ÿÿÿÿÿÿÿÿ"));
        for (int i = 0; i < 100_000; i++) {
            terms.add("w" + i);
        }
        List<Integer> ids = terms.stream().map(vocabulary::id).toList();

        for (int k = 0; k < terms.size(); k++) {
            assertThat(vocabulary.find(new String(terms.get(k).toCharArray()))).isEqualTo(ids.get(k));
            assertThat(vocabulary.term(ids.get(k))).isEqualTo(terms.get(k));
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(vocabulary.find("Zurich")).isEqualTo(-1);
        assertThat(vocabulary.find("abcdefg")).isEqualTo(-1);
        assertThat(vocabulary.find("\u0000\u0000")).isEqualTo(-1);
        assertThat(vocabulary.find("x".repeat(70_001))).isEqualTo(-1);
    }

    @Test
    void manyTermsAtOnceGetTheIdsTheyGetOneByOne() {
        DocumentFrequencies oneByOne = new DocumentFrequencies();
        SplittableRandom random = new SplittableRandom(5);
        // batches of known and new terms, short and long, colliding ("Aa", "BB"), past the early table
        for (int batch = 0; batch < 400; batch++) {
            Set<String> distinct = new LinkedHashSet<>(List.of("Aa", "BB", "Zürich", "a-term-longer-than-eight"));
            while (distinct.size() < 300) {
                int rank = random.nextInt(batch < 200 ? 20_000 : 150_000);
                distinct.add(random.nextBoolean() ? "w" + rank : "long-term-" + rank);
            }
            String[] terms = distinct.toArray(new String[0]);

            int[] ids = vocabulary.ids(terms);

            assertThat(ids).containsExactly(distinct.stream().mapToInt(oneByOne::id).toArray());
        }
        assertThat(vocabulary.size()).isEqualTo(oneByOne.size()).isGreaterThan(DocumentFrequencies.EARLY);
    }

    @Test
    void countsDocumentsOncePerDistinctTermAndRareTermsWeighMore() {
        int common = vocabulary.id("the");
        int rare = vocabulary.id("arequipa");
        vocabulary.add(new int[] {common, rare});
        vocabulary.add(new int[] {common});

        assertThat(vocabulary.count("the")).isEqualTo(2);
        assertThat(vocabulary.count("arequipa")).isEqualTo(1);
        assertThat(vocabulary.count("never")).isZero();
        assertThat(vocabulary.documents()).isEqualTo(2);
        assertThat(vocabulary.idf(rare)).isGreaterThan(vocabulary.idf(common));
    }

    @Test
    void positionsInOrderOfIdAreThoseOfASortForFewAndManyIdsEarlyAndLate() {
        DocumentFrequencies frequencies = new DocumentFrequencies();
        SplittableRandom random = new SplittableRandom(11);
        for (int n : new int[] {0, 1, 63, 64, 65, 500, 2000}) {
            for (int round = 0; round < 3; round++) {
                // distinct ids, a fifth of them past the early table
                int[] ids = random.ints(0, 5 * DocumentFrequencies.EARLY / 4).distinct().limit(n).toArray();
                Integer[] expected = new Integer[n];
                for (int k = 0; k < n; k++) {
                    expected[k] = k;
                }
                Arrays.sort(expected, Comparator.comparingInt(k -> ids[k]));

                assertThat(frequencies.sortedPositions(ids)).as("n %d", n).containsExactly(
                        Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
            }
        }
    }
}
