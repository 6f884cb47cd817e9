package dev.dunning.models.training;

import dev.dunning.models.scoring.Imputation;
import dev.dunning.models.scoring.Scorer;

/**
 * Out-of-fold predictions: each fold is scored by a model (and an imputation) fitted on the other folds only, so
 * every number derived from them is a held-out number.
 */
final class CrossValidation {
    private CrossValidation() {
    }

    static double[] outOfFoldLogits(ModelCandidate candidate, FeatureTable table, Folds folds) {
        double[] logits = new double[table.size()];
        for (int fold = 0; fold < folds.count(); fold++) {
            FeatureTable training = table.select(folds.training(fold));
            Imputation imputation = Imputation.fit(training.rows(), table.names().size());
            Scorer scorer = candidate.fit(complete(training, imputation));
            for (int row : folds.held(fold)) {
                logits[row] = scorer.logit(imputation.apply(table.rows()[row]));
            }
        }
        return logits;
    }

    static FeatureTable complete(FeatureTable table, Imputation imputation) {
        return new FeatureTable(table.names(), imputation.apply(table.rows()), table.labels());
    }
}
