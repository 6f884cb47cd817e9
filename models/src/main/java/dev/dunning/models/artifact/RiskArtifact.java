package dev.dunning.models.artifact;

import dev.dunning.models.scoring.Imputation;
import dev.dunning.models.scoring.Scorer;
import dev.dunning.models.training.TrainingReport;
import java.io.Serializable;
import java.util.List;
import smile.classification.PlattScaling;

/**
 * Everything needed to score and to explain a score: feature names (checked against the pipeline on load), the
 * imputation medians, the fitted model, its Platt scaling and the training report.
 */
public record RiskArtifact(List<String> featureNames, Imputation imputation, Scorer scorer, PlattScaling calibrator,
                           TrainingReport report) implements Serializable {

    public RiskArtifact {
        featureNames = List.copyOf(featureNames);
    }

    /** Calibrated probability of default for a complete feature vector. */
    public double probability(double[] complete) {
        return calibrator.scale(scorer.logit(complete));
    }
}
