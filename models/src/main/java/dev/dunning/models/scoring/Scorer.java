package dev.dunning.models.scoring;

import java.io.Serializable;

/** A fitted model on complete feature vectors: its log-odds of default and each feature's share of them. */
public sealed interface Scorer extends Serializable permits GbmScorer, LogisticScorer {
    /** Uncalibrated log-odds of default. */
    double logit(double[] features);

    /** Per-feature contributions to {@link #logit} in log-odds (they add up to it, less a base value). */
    double[] contributions(double[] features);

    /** What {@link #contributions} computes, prepared for fast use per decision (once per loaded model). */
    default Explainer explainer() {
        return this::contributions;
    }

    /** Global importance per feature, summing to 1. */
    double[] importance();

    /** Short name of the model family, part of the artifact's name: {@code gbm} or {@code logistic}. */
    String kind();

    static double[] normalised(double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += Math.abs(weight);
        }
        double[] shares = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            shares[i] = sum == 0 ? 0 : Math.abs(weights[i]) / sum;
        }
        return shares;
    }
}
