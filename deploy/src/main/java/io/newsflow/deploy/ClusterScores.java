package io.newsflow.deploy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a clustering matches gold labels: B³ (per item, the share of its predicted cluster that is
 * in its gold cluster and vice versa, averaged over items) and pairwise precision/recall over all pairs
 * put together.
 *
 * @param b3Precision       B³ precision
 * @param b3Recall          B³ recall
 * @param b3F1              harmonic mean of the two
 * @param pairwisePrecision share of predicted same-cluster pairs that are gold same-cluster pairs
 * @param pairwiseRecall    share of gold same-cluster pairs that are predicted
 * @param pairwiseF1        harmonic mean of the two
 * @param predictedClusters number of predicted clusters
 * @param goldClusters      number of gold clusters
 */
record ClusterScores(double b3Precision, double b3Recall, double b3F1, double pairwisePrecision,
                     double pairwiseRecall, double pairwiseF1, int predictedClusters, int goldClusters) {

    /** Scores predicted cluster ids against gold labels, item by item (same order, same length). */
    static ClusterScores of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        Map<String, Integer> goldSizes = counts(gold);
        Map<String, Integer> predictedSizes = counts(predicted);
        Map<String, Integer> overlap = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            overlap.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < gold.size(); i++) {
            int both = overlap.get(gold.get(i) + "\u0000" + predicted.get(i));
            precision += both / (double) predictedSizes.get(predicted.get(i));
            recall += both / (double) goldSizes.get(gold.get(i));
        }
        int n = Math.max(1, gold.size());
        precision /= n;
        recall /= n;
        double truePairs = overlap.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double predictedPairs = predictedSizes.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double goldPairs = goldSizes.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double pairPrecision = predictedPairs == 0 ? 1 : truePairs / predictedPairs;
        double pairRecall = goldPairs == 0 ? 1 : truePairs / goldPairs;
        return new ClusterScores(precision, recall, f1(precision, recall), pairPrecision, pairRecall,
                f1(pairPrecision, pairRecall), predictedSizes.size(), goldSizes.size());
    }

    private static Map<String, Integer> counts(List<String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        return counts;
    }

    private static double pairs(int size) {
        return size * (size - 1) / 2.0;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
