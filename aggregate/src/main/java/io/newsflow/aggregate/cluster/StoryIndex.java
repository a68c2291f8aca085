package io.newsflow.aggregate.cluster;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The inverted index of the active stories: term id → the slots of the stories indexed by it. A story
 * gets a small slot number while it is indexed (slots are reused), so postings are int arrays and the
 * terms an article shares with each story are counted in an array, not in a map of story ids.
 *
 * @param <S> what a slot holds
 */
final class StoryIndex<S> {

    private Object[] stories = new Object[1 << 10];
    /**
     * Two longs per slot: the {@link IdOrder} key of its story's id, then how many terms the current
     * article shares with it ({@link Shared}); side by side, so counting a story brings its key into cache.
     */
    private long[] slotData = new long[2 << 10];
    private int[] freeSlots = new int[16];
    private int freeCount;
    private int nextSlot;
    private int[][] postings = new int[1 << 12][];
    private int[] postingSizes = new int[1 << 12];
    private final Shared shared = new Shared();

    /**
     * Indexes a story under these distinct term ids; returns its slot, to {@link #hold} the story in.
     *
     * @param idKey the {@link IdOrder} key of the story's id
     */
    int add(int[] terms, long idKey) {
        int slot = freeCount > 0 ? freeSlots[--freeCount] : nextSlot++;
        if (slot == stories.length) {
            stories = Arrays.copyOf(stories, stories.length * 2);
            slotData = Arrays.copyOf(slotData, slotData.length * 2);
        }
        slotData[2 * slot] = idKey;
        for (int term : terms) {
            post(term, slot);
        }
        return slot;
    }

    /** Puts the story in its slot. */
    void hold(int slot, S story) {
        stories[slot] = story;
    }

    /**
     * Indexes the story of this slot under new term ids instead of its old ones (both ascending). A story
     * that gains a member keeps most of its weightiest terms, so only the few that change are unposted
     * and posted, not all of them: unposting scans a posting list, which at 100,000 stories holds hundreds.
     */
    void reindex(int slot, int[] oldTerms, int[] newTerms) {
        int i = 0;
        int j = 0;
        while (i < oldTerms.length || j < newTerms.length) {
            if (j == newTerms.length || (i < oldTerms.length && oldTerms[i] < newTerms[j])) {
                unpost(oldTerms[i++], slot);
            } else if (i == oldTerms.length || newTerms[j] < oldTerms[i]) {
                post(newTerms[j++], slot);
            } else {
                i++;
                j++;
            }
        }
    }

    /** Removes the story of this slot, indexed under these term ids. */
    void remove(int slot, int[] terms) {
        for (int term : terms) {
            unpost(term, slot);
        }
        stories[slot] = null;
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = slot;
    }

    /** The {@link IdOrder} key of the id of the story of a slot. */
    private long idKey(int slot) {
        return slotData[2 * slot];
    }

    /** The story of a slot. */
    @SuppressWarnings("unchecked")
    S story(int slot) {
        return (S) stories[slot];
    }

    /**
     * An article's query: its weightiest distinct term ids with their impacts, whole numbers that order
     * the terms as their weights do, so a story's sum of impacts is exact and does not depend on the
     * order in which postings are added up.
     */
    record Query(int[] terms, int[] impacts) {
    }

    /**
     * Sums, for every story, the impacts of the query's terms it is indexed under, skipping terms indexed
     * by more than {@code maxPostings} stories. The result is reused by the next call.
     */
    Shared share(Query query, int maxPostings) {
        shared.reset(nextSlot);
        int[] terms = query.terms();
        for (int t = 0; t < terms.length; t++) {
            int term = terms[t];
            int size = term < postingSizes.length ? postingSizes[term] : 0;
            if (size > 0 && size <= maxPostings) {
                int[] list = postings[term];
                int impact = query.impacts()[t];
                for (int k = 0; k < size; k++) {
                    shared.tally(list[k], impact);
                }
            }
        }
        return shared;
    }

    private void unpost(int term, int slot) {
        int[] list = postings[term];
        int size = postingSizes[term];
        for (int k = 0; k < size; k++) {
            if (list[k] == slot) {
                // postings are counted, never ordered: the last one takes the freed place
                list[k] = list[size - 1];
                break;
            }
        }
        postingSizes[term] = size - 1;
    }

    private void post(int term, int slot) {
        if (term >= postings.length) {
            int length = Math.max(term + 1, postings.length * 2);
            postings = Arrays.copyOf(postings, length);
            postingSizes = Arrays.copyOf(postingSizes, length);
        }
        int[] list = postings[term];
        int size = postingSizes[term];
        if (list == null) {
            list = new int[2];
            postings[term] = list;
        } else if (size == list.length) {
            list = Arrays.copyOf(list, size * 2);
            postings[term] = list;
        }
        list[size] = slot;
        postingSizes[term] = size + 1;
    }

    /** Shared-term impacts of the stories touched by one article's terms. */
    final class Shared {

        private int[] touched = new int[0];
        private int touchedCount;

        private void reset(int slots) {
            if (touched.length < slots) {
                touched = new int[stories.length];
            }
            touchedCount = 0;
        }

        private void tally(int slot, int impact) {
            long before = slotData[2 * slot + 1];
            slotData[2 * slot + 1] = before + impact;
            if (before == 0) {
                touched[touchedCount++] = slot;
            }
        }

        /** Stories sharing at least one term. */
        int touched() {
            return touchedCount;
        }

        /** The slot of the k-th story touched. */
        int slot(int k) {
            return touched[k];
        }

        /** The summed impacts of the terms shared by the story of a slot. */
        long impact(int slot) {
            return slotData[2 * slot + 1];
        }

        /**
         * The slots of the {@code wanted} stories with the greatest impacts, ties by the smallest id, in
         * no order. Ids are compared by their keys, and by {@code byId} where keys are equal, so a story
         * is read only then. A bounded heap of slots, the least wanted on top.
         */
        int[] best(int wanted, Comparator<S> byId) {
            int[] heap = new int[Math.max(0, Math.min(wanted, touchedCount))];
            int size = 0;
            for (int k = 0; k < touchedCount; k++) {
                int slot = touched[k];
                if (size < heap.length) {
                    heap[size] = slot;
                    siftUp(heap, size++, byId);
                } else if (size > 0 && lessWanted(heap[0], slot, byId)) {
                    heap[0] = slot;
                    siftDown(heap, size, byId);
                }
            }
            return heap;
        }

        /** Whether the story of slot a is less wanted than that of b: smaller impact, or equal and greater id. */
        private boolean lessWanted(int a, int b, Comparator<S> byId) {
            long impactA = impact(a);
            long impactB = impact(b);
            if (impactA != impactB) {
                return impactA < impactB;
            }
            long keyA = idKey(a);
            long keyB = idKey(b);
            return keyA != keyB ? keyA > keyB : byId.compare(story(a), story(b)) > 0;
        }

        private void siftUp(int[] heap, int at, Comparator<S> byId) {
            int k = at;
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                if (!lessWanted(heap[k], heap[parent], byId)) {
                    return;
                }
                swap(heap, k, parent);
                k = parent;
            }
        }

        private void siftDown(int[] heap, int size, Comparator<S> byId) {
            int k = 0;
            while (true) {
                int child = 2 * k + 1;
                if (child >= size) {
                    return;
                }
                if (child + 1 < size && lessWanted(heap[child + 1], heap[child], byId)) {
                    child++;
                }
                if (!lessWanted(heap[child], heap[k], byId)) {
                    return;
                }
                swap(heap, k, child);
                k = child;
            }
        }

        private static void swap(int[] heap, int a, int b) {
            int t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }

        /** Resets the impacts of the touched stories for the next article. */
        void clear() {
            for (int k = 0; k < touchedCount; k++) {
                slotData[2 * touched[k] + 1] = 0;
            }
            touchedCount = 0;
        }
    }
}
