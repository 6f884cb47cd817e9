package dev.dunning.models.training;

import java.io.Serializable;

/** A candidate's cross-validated AUC (on uncalibrated out-of-fold scores). */
public record CandidateResult(String candidate, double auc) implements Serializable {
}
