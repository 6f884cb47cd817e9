package dev.dunning.models.training;

import dev.dunning.models.scoring.Scorer;

/** A model family with its settings, one of those cross-validation chooses from. */
public sealed interface ModelCandidate permits GbmCandidate, LogisticCandidate {
    /** Fits on complete rows (no NaN). */
    Scorer fit(FeatureTable complete);

    String describe();
}
