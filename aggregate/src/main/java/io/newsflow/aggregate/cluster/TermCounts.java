package io.newsflow.aggregate.cluster;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An article's term → count map, read-only, in the caller's order, held as two arrays. The clusterer
 * reads an article's hundreds of terms once, in order ({@link TermVector#normalizedTf}): from arrays the
 * reads do not wait for each other, where a linked map's entries are found one after the other, each
 * waiting for the last when the article is no longer in cache. Lookups by term build a hash map the
 * first time (the few names a candidate story asks about).
 */
final class TermCounts extends AbstractMap<String, Integer> {

    private final String[] terms;
    private final int[] counts;
    private Map<String, Integer> byTerm;

    private TermCounts(String[] terms, int[] counts) {
        this.terms = terms;
        this.counts = counts;
    }

    /** A copy of these counts, in their iteration order. */
    static TermCounts of(Map<String, Integer> counts) {
        if (counts instanceof TermCounts own) {
            return own;
        }
        String[] terms = new String[counts.size()];
        int[] values = new int[counts.size()];
        int k = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            terms[k] = e.getKey();
            values[k++] = e.getValue();
        }
        return new TermCounts(terms, values);
    }

    /** The term at a position of the iteration order. */
    String term(int position) {
        return terms[position];
    }

    /** The count at a position of the iteration order. */
    int count(int position) {
        return counts[position];
    }

    @Override
    public int size() {
        return terms.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return byTerm().containsKey(key);
    }

    @Override
    public Integer get(Object key) {
        return byTerm().get(key);
    }

    private Map<String, Integer> byTerm() {
        if (byTerm == null) {
            Map<String, Integer> map = new HashMap<>(terms.length * 2);
            for (int k = 0; k < terms.length; k++) {
                map.put(terms[k], counts[k]);
            }
            byTerm = map;
        }
        return byTerm;
    }

    @Override
    public Set<Map.Entry<String, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return terms.length;
            }

            @Override
            public Iterator<Map.Entry<String, Integer>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < terms.length;
                    }

                    @Override
                    public Map.Entry<String, Integer> next() {
                        if (next >= terms.length) {
                            throw new NoSuchElementException();
                        }
                        int k = next++;
                        return new SimpleImmutableEntry<>(terms[k], counts[k]);
                    }
                };
            }
        };
    }
}
