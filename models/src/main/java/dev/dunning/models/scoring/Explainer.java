package dev.dunning.models.scoring;

/** Per-feature contributions to a score in log-odds, prepared once per loaded model for fast use per decision. */
@FunctionalInterface
public interface Explainer {
    double[] contributions(double[] features);
}
