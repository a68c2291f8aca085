package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MemberLinkageTest {

    private final MemberLinkage linkage = new MemberLinkage(0.55, 0.8, 2);

    /** Members 0, 2 of one event (alike .8), 1, 3 of another (alike .6), .2 across. */
    private static final double[][] TWO_EVENTS = {
            {0, .2, .8, .2},
            {.2, 0, .2, .6},
            {.8, .2, 0, .2},
            {.2, .6, .2, 0}};

    @Test
    void membersOfTwoEventsSplitIntoTheirGroupsAndTheFirstMembersGroupKeepsTheStory() {
        MemberLinkage.Groups groups = linkage.cut(TWO_EVENTS).split();

        assertThat(groups).isNotNull();
        assertThat(groups.founders()).containsExactly(0, 2);
        assertThat(groups.others()).containsExactly(1, 3);
        assertThat(groups.between()).isCloseTo(.2, within(1e-9));
        assertThat(groups.within()).isCloseTo(.7, within(1e-9));
    }

    @Test
    void membersOfOneLooseEventStayTogether() {
        double[][] loose = {
                {0, .3, .35, .3},
                {.3, 0, .3, .25},
                {.35, .3, 0, .3},
                {.3, .25, .3, 0}};

        assertThat(linkage.cut(loose).split()).isNull();
    }

    @Test
    void oneOddMemberDoesNotSplitAStory() {
        double[][] oneOdd = {
                {0, .8, .8, .1},
                {.8, 0, .8, .1},
                {.8, .8, 0, .1},
                {.1, .1, .1, 0}};

        assertThat(linkage.cut(oneOdd).split()).as("a group of one is below minPart").isNull();
        assertThat(new MemberLinkage(0.55, 0.8, 1).cut(oneOdd).split().others()).containsExactly(3);
    }

    @Test
    void oddMembersAreLeftOutOfTheTestAndJoinTheEventTheyAreMoreLike() {
        // members 0-4 of one event (.8 within), 5-9 of another (.7), .2 across; 10 and 11 are odd: .15 with
        // the first event, .1 with the second, .05 with each other. The two events join each other before
        // the odd members join anything, so a plain two-group cut would have been {0-9} against {10, 11}.
        double[][] similarity = new double[12][12];
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                similarity[i][j] = i == j ? 0 : alikeWithOdd(i, j);
            }
        }

        MemberLinkage.Groups groups = new MemberLinkage(0.65, 0.7, 5).cut(similarity).split();

        assertThat(groups).isNotNull();
        assertThat(groups.founders()).containsExactly(0, 1, 2, 3, 4, 10, 11);
        assertThat(groups.others()).containsExactly(5, 6, 7, 8, 9);
        assertThat(groups.between()).as("without the odd members").isCloseTo(.2, within(1e-9));
        assertThat(groups.within()).isCloseTo(.75, within(1e-9));
    }

    private static double alikeWithOdd(int i, int j) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        if (a >= 10) {
            return .05;
        }
        if (b >= 10) {
            return a < 5 ? .15 : .1;
        }
        if (b < 5) {
            return .8;
        }
        return a >= 5 ? .7 : .2;
    }

    /**
     * Members 0-2 of one story report event A (.8 alike); 3, 4 of it and 5, 6 of another story report event
     * B (.7 alike); A and B are .1 alike.
     */
    private static double[][] strayed(double strayToOther) {
        double[][] similarity = new double[7][7];
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                boolean a = i < 3;
                boolean b = j < 3;
                similarity[i][j] = i == j ? 0 : a && b ? .8 : a != b ? .1 : .7;
            }
        }
        for (int i : new int[] {3, 4}) {
            for (int j : new int[] {5, 6}) {
                similarity[i][j] = strayToOther;
                similarity[j][i] = strayToOther;
            }
        }
        return similarity;
    }

    private static double[][] firstStory(double[][] similarity, int members) {
        double[][] story = new double[members][];
        for (int i = 0; i < members; i++) {
            story[i] = java.util.Arrays.copyOf(similarity[i], members);
        }
        return story;
    }

    @Test
    void reportsTooFewToSplitOffAreStraysAndMoveToTheStoryTheyAreMoreLike() {
        MemberLinkage linkage = new MemberLinkage(0.75, 0.7, 3);
        double[][] both = strayed(.7);

        int[] strays = linkage.cut(firstStory(both, 5)).strays();
        MemberLinkage.Groups moving = linkage.straysBelongToOther(both, 5, strays);

        assertThat(strays).containsExactly(3, 4);
        assertThat(linkage.cut(firstStory(both, 5)).split()).as("two are below minPart").isNull();
        assertThat(moving).isNotNull();
        assertThat(moving.founders()).containsExactly(0, 1, 2);
        assertThat(moving.others()).containsExactly(3, 4);
        assertThat(moving.between()).isCloseTo(.7, within(1e-9));
        assertThat(moving.within()).isCloseTo(.7, within(1e-9));
    }

    @Test
    void straysStayWhenTheOtherStoryIsNoMoreLikeThemThanTheirOwn() {
        MemberLinkage linkage = new MemberLinkage(0.75, 0.7, 3);

        assertThat(linkage.straysBelongToOther(strayed(.1), 5, new int[] {3, 4})).isNull();
        assertThat(linkage.straysBelongToOther(strayed(.3), 5, new int[] {3, 4}))
                .as("more like the other story than their own, but below .7 × within").isNull();
    }

    @Test
    void theStraysAreTheCutsGroupWithoutTheFirstMember() {
        MemberLinkage linkage = new MemberLinkage(0.75, 0.7, 3);
        double[][] firstAlone = {
                {0, .1, .1, .1},
                {.1, 0, .8, .8},
                {.1, .8, 0, .8},
                {.1, .8, .8, 0}};

        assertThat(linkage.cut(firstAlone).strays()).as("the cut's smaller group holds member 0").isNull();
        assertThat(new MemberLinkage(0.75, 0.7, 5).cut(TWO_EVENTS).strays()).as("two against two: the pair without member 0").containsExactly(1, 3);
        assertThat(linkage.cut(new double[][] {{0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}}).strays()).as("fewer than four members").isNull();
    }

    @Test
    void storiesFewerThanTwiceMinPartDoNotSplit() {
        assertThat(linkage.cut(new double[][] {{0, .1, .1}, {.1, 0, .9}, {.1, .9, 0}}).split()).isNull();
    }

    @Test
    void twoStoriesMergeWhenTheirMembersAreAsAlikeAcrossAsWithin() {
        double[][] oneEvent = {
                {0, .6, .55},
                {.6, 0, .5},
                {.55, .5, 0}};

        MemberLinkage.Groups merged = linkage.merge(oneEvent, 2);
        assertThat(merged).isNotNull();
        assertThat(merged.between()).isCloseTo(.525, within(1e-9));
        assertThat(merged.within()).as("only the first story has pairs").isCloseTo(.6, within(1e-9));

        double[][] twoEvents = {
                {0, .8, .3},
                {.8, 0, .3},
                {.3, .3, 0}};
        assertThat(linkage.merge(twoEvents, 2)).isNull();
    }

    @Test
    void theAgglomerationJoinsThePairsAScanOfAllPairsWouldJoinTiesIncluded() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(32);
            double[][] similarity = new double[n][n];
            // few distinct values, so that many links tie
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    similarity[i][j] = random.nextInt(5) / 4.0;
                    similarity[j][i] = similarity[i][j];
                }
            }
            int minPart = 1 + random.nextInt(6);

            MemberLinkage.Agglomeration agglomeration = new MemberLinkage.Agglomeration(similarity, minPart);
            int[][][] expected = agglomeratedByScanningAllPairs(similarity, minPart);

            assertThat(agglomeration.lastEvents()).as("round %d", round).isDeepEqualTo(expected[0]);
            assertThat(agglomeration.finalCut()).as("round %d", round).isDeepEqualTo(expected[1]);
        }
    }

    /** The reference: every join scans all pairs of live groups, keeping the first of the most alike. */
    private static int[][][] agglomeratedByScanningAllPairs(double[][] similarity, int minPart) {
        int n = similarity.length;
        double[][] link = new double[n][];
        List<List<Integer>> groups = new ArrayList<>();
        boolean[] gone = new boolean[n];
        for (int i = 0; i < n; i++) {
            link[i] = similarity[i].clone();
            groups.add(new ArrayList<>(List.of(i)));
        }
        int[][] lastEvents = null;
        int[][] finalCut = null;
        for (int left = n; left > 1; left--) {
            int bestA = -1;
            int bestB = -1;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (!gone[a] && !gone[b] && (bestA < 0 || link[a][b] > link[bestA][bestB])) {
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            int[][] pair = {sorted(groups.get(bestA)), sorted(groups.get(bestB))};
            finalCut = left == 2 ? pair : null;
            int sizeA = groups.get(bestA).size();
            int sizeB = groups.get(bestB).size();
            lastEvents = sizeA >= minPart && sizeB >= minPart ? pair : lastEvents;
            for (int c = 0; c < n; c++) {
                if (!gone[c] && c != bestA && c != bestB) {
                    link[bestA][c] = (sizeA * link[bestA][c] + sizeB * link[bestB][c]) / (sizeA + sizeB);
                    link[c][bestA] = link[bestA][c];
                }
            }
            groups.get(bestA).addAll(groups.get(bestB));
            gone[bestB] = true;
        }
        return new int[][][] {lastEvents, finalCut};
    }

    private static int[] sorted(List<Integer> group) {
        return group.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
