package io.newsflow.aggregate.cluster;

import java.util.ArrayList;
import java.util.List;

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
 * average-link groups is below {@code splitRatio} × the mean of their similarities within; two stories
 * merge when the mean similarity between their members reaches {@code mergeRatio} × that mean. A group
 * of a split holds at least {@code minPart} members, because one odd report is more often a loosely
 * written report of the event than another event. Pure Java, no state.
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
     * @param between  the mean similarity between the groups
     * @param within   the mean of their mean similarities within (of the one that has pairs, if one has none)
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

    /**
     * The two groups of a story whose members read as two events, or null when they read as one.
     *
     * @param similarity symmetric, {@code similarity[i][j]} for members i and j in joining order
     */
    Groups split(double[][] similarity) {
        if (!maySplit(similarity.length)) {
            return null;
        }
        List<List<Integer>> two = twoGroups(similarity);
        List<Integer> founders = two.get(0).contains(0) ? two.get(0) : two.get(1);
        List<Integer> others = founders == two.get(0) ? two.get(1) : two.get(0);
        if (founders.size() < minPart || others.size() < minPart) {
            return null;
        }
        Groups groups = groups(similarity, positions(founders), positions(others));
        return groups.between() < splitRatio * groups.within() ? groups : null;
    }

    /**
     * The members of two stories, the first {@code firstStory} of them one story's and the rest the
     * other's, when together they read as one event; null otherwise.
     */
    Groups merge(double[][] similarity, int firstStory) {
        int[] first = new int[firstStory];
        int[] second = new int[similarity.length - firstStory];
        for (int i = 0; i < similarity.length; i++) {
            if (i < firstStory) {
                first[i] = i;
            } else {
                second[i - firstStory] = i;
            }
        }
        Groups groups = groups(similarity, first, second);
        return groups.within() > 0 && groups.between() >= mergeRatio * groups.within() ? groups : null;
    }

    private static Groups groups(double[][] similarity, int[] founders, int[] others) {
        double between = 0;
        for (int i : founders) {
            for (int j : others) {
                between += similarity[i][j];
            }
        }
        between /= founders.length * (double) others.length;
        double a = meanWithin(similarity, founders);
        double b = meanWithin(similarity, others);
        double within = founders.length < 2 ? b : others.length < 2 ? a : (a + b) / 2;
        return new Groups(founders, others, between, within);
    }

    /** Average-link agglomeration until two groups are left; ties go to the earliest pair. */
    private static List<List<Integer>> twoGroups(double[][] similarity) {
        int n = similarity.length;
        List<List<Integer>> groups = new ArrayList<>();
        double[][] link = new double[n][];
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(i)));
            link[i] = similarity[i].clone();
        }
        boolean[] gone = new boolean[n];
        for (int left = n; left > 2; left--) {
            int bestA = -1;
            int bestB = -1;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n && !gone[a]; b++) {
                    if (!gone[b] && (bestA < 0 || link[a][b] > link[bestA][bestB])) {
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            int sizeA = groups.get(bestA).size();
            int sizeB = groups.get(bestB).size();
            for (int c = 0; c < n; c++) {
                if (!gone[c] && c != bestA && c != bestB) {
                    double merged = (sizeA * link[bestA][c] + sizeB * link[bestB][c]) / (sizeA + sizeB);
                    link[bestA][c] = merged;
                    link[c][bestA] = merged;
                }
            }
            groups.get(bestA).addAll(groups.get(bestB));
            gone[bestB] = true;
        }
        List<List<Integer>> two = new ArrayList<>(2);
        for (int i = 0; i < n; i++) {
            if (!gone[i]) {
                two.add(groups.get(i));
            }
        }
        return two;
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
