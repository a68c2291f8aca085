package io.newsflow.aggregate.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Average-link comparison of story members, which splits a story that reads as two events and merges two
 * stories that read as one. A single pass decides each article when it comes: the first report of a
 * second event of the same kind often joins the first event's story because that story is all there is,
 * and the reports that follow it join too; and a report told in other words may open a story of its own
 * that later reports of its event join. Once both groups hold several reports, their members tell: they
 * are more like each other than like the other group's.
 *
 * <p>Loose events tell their reports in fewer shared words than tight ones, so both tests are relative to
 * how alike the members of each group are: a story splits when the mean similarity between its two
 * events' groups is below {@code splitRatio} × the mean of their similarities within; two stories
 * merge when the mean similarity between their members reaches {@code mergeRatio} × that mean. A group
 * of a split holds at least {@code minPart} members, because one odd report is more often a loosely
 * written report of the event than another event.
 *
 * <p>The events' groups are the two groups of at least {@code minPart} members that an average-link
 * agglomeration joins last. Odd reports, unlike everything, join the agglomeration only after the two
 * events have joined each other, so they are left out of the test and then join the event they are more
 * like.
 *
 * <p>Reports too few to split off (fewer than {@code minPart}) may still be another event's: the
 * <em>strays</em> of a story, the group of its plain two-group cut without its first member, move to
 * another story when they are more like its members than like the rest of their own, and alike with them
 * at {@code mergeRatio} × within. Pure Java, no state.
 */
final class MemberLinkage {

    private final double splitRatio;
    private final double mergeRatio;
    private final int minPart;

    /**
     * Two groups of members and how alike they are.
     *
     * @param founders member positions (ascending) of the group holding the first member: it keeps the story
     * @param others   member positions of the other group
     * @param between  the mean similarity between the groups (for a split: between the events' groups
     *                 before the odd members joined them)
     * @param within   the mean of their mean similarities within (of the one that has pairs, if one has
     *                 none; for a split, again without the odd members)
     */
    record Groups(int[] founders, int[] others, double between, double within) {
    }

    MemberLinkage(double splitRatio, double mergeRatio, int minPart) {
        this.splitRatio = splitRatio;
        this.mergeRatio = mergeRatio;
        this.minPart = minPart;
    }

    /** Whether a story of this many members may split: each group holds at least minPart. */
    boolean maySplit(int members) {
        return members >= 2 * minPart;
    }

    /** The average-link agglomeration of one story's members, which its split and its strays are read from. */
    Cut cut(double[][] similarity) {
        return new Cut(similarity);
    }

    /** One story's members agglomerated once, for {@link Cut#split} and {@link Cut#strays}. */
    final class Cut {

        private final double[][] similarity;
        private final Agglomeration agglomeration;

        /** @param similarity symmetric, {@code similarity[i][j]} for members i and j in joining order */
        private Cut(double[][] similarity) {
            this.similarity = similarity;
            this.agglomeration = new Agglomeration(similarity, minPart);
        }

        /** The two groups of a story whose members read as two events, or null when they read as one. */
        Groups split() {
            if (!maySplit(similarity.length) || agglomeration.lastEvents == null) {
                return null;
            }
            int[] a = agglomeration.lastEvents[0];
            int[] b = agglomeration.lastEvents[1];
            Groups core = groups(similarity, a, b);
            if (core.between() >= splitRatio * core.within()) {
                return null;
            }
            int[] odd = agglomeration.lastOdd;
            if (link(similarity, odd, a) >= link(similarity, odd, b)) {
                a = union(a, odd);
            } else {
                b = union(b, odd);
            }
            boolean aFounds = a[0] == 0;
            return new Groups(aFounds ? a : b, aFounds ? b : a, core.between(), core.within());
        }

        /**
         * The story's strays: the group of its plain two-group cut without the first member, when it holds 2
         * to minPart − 1 members and no more than the other group; null otherwise. Too few to split off,
         * they may still be reports of an event another story holds.
         */
        int[] strays() {
            if (similarity.length < 4) {
                return null;
            }
            int[][] cut = agglomeration.finalCut;
            int[] founders = cut[0][0] == 0 ? cut[0] : cut[1];
            int[] strays = founders == cut[0] ? cut[1] : cut[0];
            return strays.length < 2 || strays.length >= minPart || strays.length > founders.length ? null : strays;
        }
    }

    /**
     * Whether a story's strays read as reports of the other story's event: they are more like its members
     * than like the rest of their own story, and alike with its members at {@code mergeRatio} × within
     * (the mean of the strays' similarity within and the other story's).
     *
     * @param similarity the two stories' members, the first {@code firstStory} of them the strays' story's
     * @param strays     positions of the strays among the first story's members, ascending
     * @return the groups: founders the rest of the first story, others the strays; null when they stay
     */
    Groups straysBelongToOther(double[][] similarity, int firstStory, int[] strays) {
        int[] rest = IntStream.range(0, firstStory).filter(i -> Arrays.binarySearch(strays, i) < 0).toArray();
        int[] other = IntStream.range(firstStory, similarity.length).toArray();
        double toOther = link(similarity, strays, other);
        double ownWithin = meanWithin(similarity, strays);
        double within = other.length < 2 ? ownWithin : (ownWithin + meanWithin(similarity, other)) / 2;
        if (toOther <= link(similarity, strays, rest) || toOther < mergeRatio * within) {
            return null;
        }
        return new Groups(rest, strays, toOther, within);
    }

    /**
     * The members of two stories, the first {@code firstStory} of them one story's and the rest the
     * other's, when together they read as one event; null otherwise.
     */
    Groups merge(double[][] similarity, int firstStory) {
        Groups groups = groups(similarity, IntStream.range(0, firstStory).toArray(),
                IntStream.range(firstStory, similarity.length).toArray());
        return groups.within() > 0 && groups.between() >= mergeRatio * groups.within() ? groups : null;
    }

    private static Groups groups(double[][] similarity, int[] founders, int[] others) {
        double a = meanWithin(similarity, founders);
        double b = meanWithin(similarity, others);
        double within = founders.length < 2 ? b : others.length < 2 ? a : (a + b) / 2;
        return new Groups(founders, others, link(similarity, founders, others), within);
    }

    /** The mean similarity between two groups of members; 0 when one is empty. */
    private static double link(double[][] similarity, int[] x, int[] y) {
        double sum = 0;
        for (int i : x) {
            for (int j : y) {
                sum += similarity[i][j];
            }
        }
        return x.length == 0 || y.length == 0 ? 0 : sum / (x.length * (double) y.length);
    }

    private static int[] union(int[] x, int[] y) {
        int[] both = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, both, x.length, y.length);
        Arrays.sort(both);
        return both;
    }

    /**
     * Average-link agglomeration of members, from one group per member; ties go to the earliest pair. It
     * keeps the last join of two groups that each hold at least {@code minPart} members: those are the
     * two events, if any, and the groups then apart from both are odd members. Each group keeps its most
     * alike later group, so a join looks again only at the groups whose links it changed, not at all pairs.
     */
    static final class Agglomeration {

        private static final int NONE = -1;

        private final List<List<Integer>> groups = new ArrayList<>();
        private final double[][] link;
        private final boolean[] gone;
        /** Per group, the later group most like it (the earliest on ties), or NONE. */
        private final int[] mostAlike;
        private final int minPart;
        /** Member positions (ascending) of the two groups of the last join of two groups of minPart or more. */
        private int[][] lastEvents;
        /** The members in neither group of lastEvents at that join. */
        private int[] lastOdd = new int[0];
        /** The two groups of the last join of all: the plain two-group cut. */
        private int[][] finalCut;

        /** Agglomerates the members until one group is left. */
        Agglomeration(double[][] similarity, int minPart) {
            this.minPart = minPart;
            int n = similarity.length;
            link = new double[n][];
            gone = new boolean[n];
            mostAlike = new int[n];
            for (int i = 0; i < n; i++) {
                groups.add(new ArrayList<>(List.of(i)));
                link[i] = similarity[i].clone();
            }
            for (int i = 0; i < n; i++) {
                findMostAlike(i);
            }
            for (int left = n; left > 1; left--) {
                joinMostAlike(left == 2);
            }
        }

        /** The two groups of the last join of two groups of minPart or more, or null when none was. */
        int[][] lastEvents() {
            return lastEvents;
        }

        /** The two groups of the last join of all (null for one member). */
        int[][] finalCut() {
            return finalCut;
        }

        /** The most alike pair, as a scan of all pairs in order keeping the first of the greatest finds it. */
        private void joinMostAlike(boolean last) {
            int bestA = NONE;
            for (int a = 0; a < link.length; a++) {
                if (!gone[a] && mostAlike[a] != NONE
                        && (bestA == NONE || link[a][mostAlike[a]] > link[bestA][mostAlike[bestA]])) {
                    bestA = a;
                }
            }
            int bestB = mostAlike[bestA];
            if (last) {
                finalCut = new int[][] {positions(groups.get(bestA)), positions(groups.get(bestB))};
            }
            join(bestA, bestB);
        }

        private void findMostAlike(int a) {
            int best = NONE;
            for (int b = a + 1; b < link.length; b++) {
                if (!gone[b] && (best == NONE || link[a][b] > link[a][best])) {
                    best = b;
                }
            }
            mostAlike[a] = best;
        }

        /** Joins group b into group a (a before b) and updates what each group finds most alike. */
        private void join(int a, int b) {
            int sizeA = groups.get(a).size();
            int sizeB = groups.get(b).size();
            if (sizeA >= minPart && sizeB >= minPart) {
                lastEvents = new int[][] {positions(groups.get(a)), positions(groups.get(b))};
                List<Integer> odd = new ArrayList<>();
                for (int c = 0; c < link.length; c++) {
                    if (!gone[c] && c != a && c != b) {
                        odd.addAll(groups.get(c));
                    }
                }
                lastOdd = positions(odd);
            }
            for (int c = 0; c < link.length; c++) {
                if (!gone[c] && c != a && c != b) {
                    double joined = (sizeA * link[a][c] + sizeB * link[b][c]) / (sizeA + sizeB);
                    link[a][c] = joined;
                    link[c][a] = joined;
                }
            }
            groups.get(a).addAll(groups.get(b));
            gone[b] = true;
            findMostAlike(a);
            for (int c = 0; c < b; c++) {
                if (gone[c] || c == a) {
                    continue;
                }
                if (mostAlike[c] == a || mostAlike[c] == b) {
                    // its most alike group was joined: its link fell, or is gone
                    findMostAlike(c);
                } else if (c < a && (mostAlike[c] == NONE || link[c][a] > link[c][mostAlike[c]]
                        || (link[c][a] == link[c][mostAlike[c]] && a < mostAlike[c]))) {
                    mostAlike[c] = a;
                }
            }
        }
    }

    private static double meanWithin(double[][] similarity, int[] group) {
        double sum = 0;
        for (int x = 0; x < group.length; x++) {
            for (int y = x + 1; y < group.length; y++) {
                sum += similarity[group[x]][group[y]];
            }
        }
        int pairs = group.length * (group.length - 1) / 2;
        return pairs == 0 ? 0 : sum / pairs;
    }

    private static int[] positions(List<Integer> group) {
        return group.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
