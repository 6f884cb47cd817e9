package dev.dunning.models.training;

import dev.dunning.models.evaluation.Evaluation;
import java.io.Serializable;
import java.util.List;

/**
 * What training measured: the data, each candidate's cross-validated AUC, the chosen one, the chosen model's
 * calibrated out-of-fold evaluation and its feature importance (largest first).
 */
public record TrainingReport(String data, int folds, List<CandidateResult> candidates, String chosen,
                             Evaluation crossValidated, List<FeatureImportance> importance) implements Serializable {

    public TrainingReport {
        candidates = List.copyOf(candidates);
        importance = List.copyOf(importance);
    }
}
