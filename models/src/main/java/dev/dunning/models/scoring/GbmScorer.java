package dev.dunning.models.scoring;

import smile.classification.GradientTreeBoost;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.regression.RegressionTree;

/**
 * Smile's gradient tree boosting. Its binary model predicts {@code 1 / (1 + exp(-2 f))} with
 * {@code f = b + shrinkage × Σ tree(x)}, so a tree's SHAP value times {@code 2 × shrinkage} is in log-odds.
 * {@link #contributions} are Smile's TreeSHAP values rescaled so (Smile averages the trees' values and leaves out
 * {@code 2 × shrinkage}); {@link #explainer} computes the same values from {@link ShapTables}, fast, when the trees
 * are small enough for them.
 */
public record GbmScorer(GradientTreeBoost model, StructType schema, double shrinkage) implements Scorer {

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
        double scale = 2 * shrinkage * model.trees()[0].length;
        double[] contributions = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            contributions[i] = shap[2 * i + 1] * scale;
        }
        return contributions;
    }

    /** Tables when the trees are small enough, Smile's recursion otherwise. */
    @Override
    public Explainer explainer() {
        RegressionTree[] trees = model.trees()[0];
        return ShapTables.fits(trees) ? new ShapTables(trees, schema, 2 * shrinkage) : this::contributions;
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
