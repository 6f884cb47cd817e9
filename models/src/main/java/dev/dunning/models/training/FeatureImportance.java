package dev.dunning.models.training;

import java.io.Serializable;

/** A feature's share of the chosen model's global importance. */
public record FeatureImportance(String feature, double share) implements Serializable {
}
