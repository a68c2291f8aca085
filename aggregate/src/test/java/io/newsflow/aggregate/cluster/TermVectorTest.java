package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TermVectorTest {

    private final DocumentFrequencies vocabulary = new DocumentFrequencies();

    @Test
    void plusSumsSharedTermsAndKeepsTheOthers() {
        TermVector a = TermVector.of(Map.of("quake", 0.5, "peru", 0.25), vocabulary);
        TermVector b = TermVector.of(Map.of("quake", 0.25, "ica", 0.125), vocabulary);

        assertThat(a.plus(b, 10)).isEqualTo(Map.of("quake", 0.75, "peru", 0.25, "ica", 0.125));
    }

    @Test
    void trimmingKeepsTheWeightiestAndBreaksTiesAtTheCutoffByTerm() {
        // ids follow first sight, not the alphabet: the tie rule must follow the terms
        TermVector a = TermVector.of(Map.of("zulu", 0.5, "yankee", 0.5, "xray", 0.5, "whiskey", 0.9), vocabulary);
        TermVector b = TermVector.of(Map.of("alpha", 0.5, "bravo", 0.1), vocabulary);

        TermVector sum = a.plus(b, 3);

        assertThat(sum).isEqualTo(Map.of("whiskey", 0.9, "alpha", 0.5, "xray", 0.5));
    }

    @Test
    void trimmingAgreesWithSortingByWeightThenTermWhereTermsTieOnTheirFirstCharacters() {
        // few distinct weights make many ties; shared long prefixes and non-ASCII characters make equal order keys
        String[] stems = {"internationalisation", "intern", "zeta", "\u00e9tat", "\u00e9tats-unis", "a", "ab"};
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            Map<String, Double> left = new HashMap<>();
            Map<String, Double> right = new HashMap<>();
            for (int k = 0; k < 60; k++) {
                String term = stems[random.nextInt(stems.length)] + random.nextInt(30);
                (random.nextBoolean() ? left : right).put(term, (1 + random.nextInt(3)) / 8.0);
            }
            int limit = 1 + random.nextInt(40);
            Map<String, Double> sum = new HashMap<>(left);
            right.forEach((term, weight) -> sum.merge(term, weight, Double::sum));
            Map<String, Double> expected = new HashMap<>();
            sum.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit)
                    .forEach(entry -> expected.put(entry.getKey(), entry.getValue()));

            TermVector trimmed = TermVector.of(left, vocabulary).plus(TermVector.of(right, vocabulary), limit);

            assertThat(trimmed).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void theMapViewAnswersLikeAHashMap() {
        Map<String, Double> plain = new HashMap<>(Map.of("quake", 0.75, "peru", 0.25));
        TermVector vector = TermVector.of(plain, vocabulary);

        assertThat(vector).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(plain).isEqualTo(vector);
        assertThat(vector.get("peru")).isEqualTo(0.25);
        assertThat(vector.containsKey("ica")).isFalse();
        assertThat(vector.get("never-seen")).isNull();
        assertThat(TermVector.of(vector, vocabulary)).isSameAs(vector);
        assertThat(TermVector.of(vector, new DocumentFrequencies())).isEqualTo(plain);
    }
}
