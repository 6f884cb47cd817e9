package dev.dunning.models.scoring;

import smile.classification.GradientTreeBoost;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.regression.RegressionTree;

/**
 * Smile's gradient tree boosting. Its binary model predicts {@code 1 / (1 + exp(-2 f))} with
 * {@code f = b + shrinkage × Σ tree(x)}, so a tree's SHAP value times {@code 2 × shrinkage} is log-odds; contributions
 * are those TreeSHAP values (computed by {@link TreeShap}, equal to Smile's {@code shap} rescaled: Smile averages the
 * trees' values and leaves out {@code 2 × shrinkage}). {@code depth} is the deepest tree's depth.
 */
public record GbmScorer(GradientTreeBoost model, StructType schema, double shrinkage, int depth) implements Scorer {

    public static GbmScorer of(GradientTreeBoost model, StructType schema, double shrinkage) {
        int depth = 0;
        for (RegressionTree tree : model.trees()[0]) {
            depth = Math.max(depth, tree.root().depth());
        }
        return new GbmScorer(model, schema, shrinkage, depth);
    }

    @Override
    public double logit(double[] features) {
        double[] posteriori = new double[2];
        model.predict(Tuple.of(schema, features), posteriori);
        return Math.log(posteriori[1] / posteriori[0]);
    }

    @Override
    public double[] contributions(double[] features) {
        Tuple x = Tuple.of(schema, features);
        double[] contributions = new double[features.length];
        TreeShap shap = new TreeShap(depth);
        for (RegressionTree tree : model.trees()[0]) {
            shap.add(tree.root(), x, 2 * shrinkage, contributions);
        }
        return contributions;
    }

    /** Smile's own SHAP values in log-odds: the reference {@link #contributions} is tested against. */
    double[] smileShap(double[] features) {
        double[] shap = model.shap(Tuple.of(schema, features));
        double scale = 2 * shrinkage * model.trees()[0].length;
        double[] contributions = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            contributions[i] = shap[2 * i + 1] * scale;
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
