package dev.dunning.models.scoring;

import smile.classification.GradientTreeBoost;
import smile.data.Tuple;
import smile.data.type.StructType;

/** Smile's gradient tree boosting; contributions are its TreeSHAP values for the default class. */
public record GbmScorer(GradientTreeBoost model, StructType schema) implements Scorer {

    @Override
    public double logit(double[] features) {
        double[] posteriori = new double[2];
        model.predict(Tuple.of(schema, features), posteriori);
        return Math.log(posteriori[1] / posteriori[0]);
    }

    /**
     * Smile returns SHAP values as {@code features × classes}, class-major per feature; the default class's are the
     * odd entries.
     */
    @Override
    public double[] contributions(double[] features) {
        double[] shap = model.shap(Tuple.of(schema, features));
        double[] contributions = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            contributions[i] = shap[2 * i + 1];
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
