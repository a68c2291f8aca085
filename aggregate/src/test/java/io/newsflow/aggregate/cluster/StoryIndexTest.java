package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

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
        int[] query = randomTerms(random);

        StoryIndex<String>.Shared shared = index.share(query, Integer.MAX_VALUE);

        Map<String, Integer> counted = new TreeMap<>();
        for (int k = 0; k < shared.touched(); k++) {
            int slot = shared.slot(k);
            counted.put(index.story(slot), shared.count(slot));
        }
        shared.clear();
        assertThat(counted).isEqualTo(expectedCounts(terms, query));
    }

    @Test
    void aRemovedStoryIsNotCountedAndItsSlotServesTheNext() {
        int first = index.add(new int[] {1, 2, 3}, IdOrder.key("a"));
        index.hold(first, "a");
        index.remove(first, new int[] {1, 2, 3});
        int second = index.add(new int[] {2, 4}, IdOrder.key("b"));
        index.hold(second, "b");

        StoryIndex<String>.Shared shared = index.share(new int[] {1, 2, 3, 4}, 10);

        assertThat(second).isEqualTo(first);
        assertThat(shared.touched()).isEqualTo(1);
        assertThat(index.story(shared.slot(0))).isEqualTo("b");
        assertThat(shared.count(second)).isEqualTo(2);
        assertThat(shared.smallestIdsAt(2, 5, Comparator.naturalOrder())).containsExactly(second);
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

    private static Map<String, Integer> expectedCounts(Map<String, int[]> terms, int[] query) {
        TreeSet<Integer> wanted = new TreeSet<>();
        for (int term : query) {
            wanted.add(term);
        }
        Map<String, Integer> counts = new TreeMap<>();
        terms.forEach((id, own) -> {
            int shared = 0;
            for (int term : own) {
                shared += wanted.contains(term) ? 1 : 0;
            }
            if (shared > 0) {
                counts.put(id, shared);
            }
        });
        return counts;
    }
}
