package dev.dunning.models.scoring;

import smile.classification.GradientTreeBoost;
import smile.data.Tuple;
import smile.data.type.StructType;

/**
 * Smile's gradient tree boosting; contributions are its TreeSHAP values in log-odds. Smile's binary model predicts
 * {@code 1 / (1 + exp(-2 f))} with {@code f = b + shrinkage × Σ tree(x)}, and its {@code shap} averages the trees' SHAP
 * values; {@code shapToLogOdds = 2 × shrinkage × trees} turns them back into log-odds.
 */
public record GbmScorer(GradientTreeBoost model, StructType schema, double shapToLogOdds) implements Scorer {

    @Override
    public double logit(double[] features) {
        double[] posteriori = new double[2];
        model.predict(Tuple.of(schema, features), posteriori);
        return Math.log(posteriori[1] / posteriori[0]);
    }

    /** For a binary model Smile returns each feature's SHAP value twice (once per class): take every second one. */
    @Override
    public double[] contributions(double[] features) {
        double[] shap = model.shap(Tuple.of(schema, features));
        double[] contributions = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            contributions[i] = shap[2 * i + 1] * shapToLogOdds;
        }
        return contributions;
    }

    @Override
    public double[] importance() {
        return Scorer.normalised(model.importance());
    }

    @Override
    public String kind() {
        return "gbm";
    }
}
