package dev.dunning.models.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Area under the ROC curve: the chance that a random positive scores above a random negative (ties count half). */
public final class Auc {
    private Auc() {
    }

    public static double of(double[] scores, int[] outcomes) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumOfPositives = 0;
        long positives = 0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double midRank = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                rankSumOfPositives += outcomes[order[i]] == 1 ? midRank : 0;
                positives += outcomes[order[i]];
            }
            start = end + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("AUC needs both outcomes");
        }
        return (rankSumOfPositives - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }
}
