package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StoryIndexTest {

    private final StoryIndex<String> index = new StoryIndex<>();

    @Test
    void reindexedStoriesAreCountedUnderTheirNewTermsOnly() {
        SplittableRandom random = new SplittableRandom(11);
        Map<String, int[]> terms = new TreeMap<>();
        Map<String, Integer> slots = new HashMap<>();
        for (int story = 0; story < 200; story++) {
            String id = "story-" + story;
            int[] own = randomTerms(random);
            int slot = index.add(own, IdOrder.key(id));
            index.hold(slot, id);
            terms.put(id, own);
            slots.put(id, slot);
        }
        for (int round = 0; round < 2_000; round++) {
            String id = "story-" + random.nextInt(200);
            int[] changed = randomTerms(random);
            index.reindex(slots.get(id), terms.get(id), changed);
            terms.put(id, changed);
        }
        int[] queryTerms = randomTerms(random);
        int[] impacts = random.ints(queryTerms.length, 1, 1025).toArray();

        StoryIndex<String>.Shared shared = index.share(new StoryIndex.Query(queryTerms, impacts), Integer.MAX_VALUE);

        Map<String, Long> summed = new TreeMap<>();
        for (int k = 0; k < shared.touched(); k++) {
            int slot = shared.slot(k);
            summed.put(index.story(slot), shared.impact(slot));
        }
        shared.clear();
        assertThat(summed).isEqualTo(expectedImpacts(terms, queryTerms, impacts));
    }

    @Test
    void aRemovedStoryIsNotCountedAndItsSlotServesTheNext() {
        int first = index.add(new int[] {1, 2, 3}, IdOrder.key("a"));
        index.hold(first, "a");
        index.remove(first, new int[] {1, 2, 3});
        int second = index.add(new int[] {2, 4}, IdOrder.key("b"));
        index.hold(second, "b");

        StoryIndex<String>.Shared shared = index.share(new StoryIndex.Query(new int[] {1, 2, 3, 4},
                new int[] {1, 1, 1, 1}), 10);

        assertThat(second).isEqualTo(first);
        assertThat(shared.touched()).isEqualTo(1);
        assertThat(index.story(shared.slot(0))).isEqualTo("b");
        assertThat(shared.impact(second)).isEqualTo(2);
        assertThat(shared.best(5, Comparator.naturalOrder())).containsExactly(second);
        shared.clear();
    }

    @Test
    void theBestStoriesShareTheWeightiestTermsNotTheMostTermsAndTiesGoToTheSmallestId() {
        String[] ids = {"d", "c", "b", "a"};
        int[][] terms = {{1}, {2, 3, 4}, {1}, {5}};
        int[] slots = new int[ids.length];
        for (int s = 0; s < ids.length; s++) {
            slots[s] = index.add(terms[s], IdOrder.key(ids[s]));
            index.hold(slots[s], ids[s]);
        }

        StoryIndex<String>.Shared shared = index.share(new StoryIndex.Query(new int[] {1, 2, 3, 4, 5},
                new int[] {900, 100, 100, 100, 10}), 10);
        int[] two = shared.best(2, Comparator.naturalOrder());
        int[] one = shared.best(1, Comparator.naturalOrder());
        shared.clear();

        assertThat(Arrays.stream(two).mapToObj(index::story)).containsExactlyInAnyOrder("b", "d");
        assertThat(Arrays.stream(one).mapToObj(index::story)).containsExactly("b");
    }

    @Test
    void termsIndexedByMoreThanMaxPostingsStoriesAreSkipped() {
        for (String id : new String[] {"a", "b", "c"}) {
            index.hold(index.add(new int[] {7}, IdOrder.key(id)), id);
        }
        index.hold(index.add(new int[] {8}, IdOrder.key("d")), "d");

        StoryIndex<String>.Shared shared = index.share(new StoryIndex.Query(new int[] {7, 8}, new int[] {5, 1}), 2);

        assertThat(shared.touched()).isEqualTo(1);
        assertThat(index.story(shared.slot(0))).isEqualTo("d");
        shared.clear();
    }

    /** Up to 40 distinct ascending term ids below 300, so stories share many. */
    private static int[] randomTerms(SplittableRandom random) {
        TreeSet<Integer> ids = new TreeSet<>();
        int size = 1 + random.nextInt(40);
        while (ids.size() < size) {
            ids.add(random.nextInt(300));
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<String, Long> expectedImpacts(Map<String, int[]> terms, int[] queryTerms, int[] impacts) {
        Map<Integer, Integer> impactOf = new HashMap<>();
        for (int t = 0; t < queryTerms.length; t++) {
            impactOf.put(queryTerms[t], impacts[t]);
        }
        Map<String, Long> sums = new TreeMap<>();
        terms.forEach((id, own) -> {
            long sum = 0;
            for (int term : own) {
                sum += impactOf.getOrDefault(term, 0);
            }
            if (sum > 0) {
                sums.put(id, sum);
            }
        });
        return sums;
    }
}
