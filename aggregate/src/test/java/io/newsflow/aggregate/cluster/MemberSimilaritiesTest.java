package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MemberSimilaritiesTest {

    private static final double ENTITY_WEIGHT = 0.6;

    private final DocumentFrequencies vocabulary = new DocumentFrequencies();
    private final SplittableRandom random = new SplittableRandom(11);

    @Test
    void similaritiesAreTextCosinePlusWeightedNamesCosine() {
        List<StoryMember> members = members("a", 12);

        double[][] matrix = new MemberSimilarities(members, vocabulary, ENTITY_WEIGHT).matrix();

        assertThat(matrix).isDeepEqualTo(merged(members));
    }

    @Test
    void anotherStorysMembersFollowAndTheirPairsAreComputed() {
        List<StoryMember> story = members("a", 7);
        List<StoryMember> other = members("b", 5);
        List<StoryMember> both = new ArrayList<>(story);
        both.addAll(other);

        double[][] matrix = new MemberSimilarities(story, vocabulary, ENTITY_WEIGHT)
                .with(new MemberSimilarities(other, vocabulary, ENTITY_WEIGHT));

        assertThat(matrix).isDeepEqualTo(merged(both));
    }

    @Test
    void aMemberWithoutNamesIsComparedByItsWordsAlone() {
        StoryMember named = member("named", Map.of("quake", 2, "peru", 1), Map.of("Arequipa", 1));
        StoryMember unnamed = member("unnamed", Map.of("quake", 1, "chile", 1), Map.of());

        double[][] matrix = new MemberSimilarities(List.of(named, unnamed), vocabulary, ENTITY_WEIGHT)
                .matrix();

        assertThat(matrix[0][1]).isEqualTo(matrix[1][0]).isEqualTo(weighted(named.terms())
                .cosine(weighted(unnamed.terms()))).isPositive();
        assertThat(matrix[0][0]).isZero();
    }

    /** What merging each pair's arrays gives: text cosine + entity weight × names cosine. */
    private double[][] merged(List<StoryMember> members) {
        int n = members.size();
        double[][] expected = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    expected[i][j] = weighted(members.get(i).terms()).cosine(weighted(members.get(j).terms()))
                            + ENTITY_WEIGHT * weighted(members.get(i).names()).cosine(weighted(members.get(j).names()));
                }
            }
        }
        return expected;
    }

    private SparseVector weighted(Map<String, Double> vector) {
        return TermVector.of(vector, vocabulary).weighted();
    }

    private List<StoryMember> members(String prefix, int count) {
        List<StoryMember> members = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            Map<String, Integer> terms = new HashMap<>();
            Map<String, Integer> names = new HashMap<>();
            for (int k = 0; k < 60; k++) {
                terms.merge("w" + random.nextInt(200), 1 + random.nextInt(3), Integer::sum);
            }
            // some members name nothing
            for (int k = 0; k < random.nextInt(3) * 10; k++) {
                names.merge("N" + random.nextInt(40), 1, Integer::sum);
            }
            members.add(member(prefix + m, terms, names));
        }
        // documents counted after the members, so that the idfs differ from term to term
        for (int d = 0; d < 50; d++) {
            vocabulary.add(new int[] {vocabulary.id("w" + random.nextInt(200)), vocabulary.id("N" + random.nextInt(40))});
        }
        return members;
    }

    private StoryMember member(String id, Map<String, Integer> terms, Map<String, Integer> names) {
        return new StoryMember(id, "title " + id, Instant.EPOCH, TermVector.normalizedTf(terms, vocabulary),
                TermVector.normalizedTf(names, vocabulary), Set.of());
    }
}
