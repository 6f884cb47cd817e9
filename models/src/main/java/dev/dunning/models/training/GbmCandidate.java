package dev.dunning.models.training;

import dev.dunning.models.scoring.GbmScorer;
import dev.dunning.models.scoring.Scorer;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.ValueVector;
import smile.math.MathEx;

/** Smile gradient tree boosting with the given size and learning settings; row subsampling is seeded. */
public record GbmCandidate(int trees, int maxDepth, int maxNodes, int nodeSize, double shrinkage, double subsample)
        implements ModelCandidate {
    private static final String LABEL = "defaulted";

    @Override
    public Scorer fit(FeatureTable complete) {
        DataFrame x = DataFrame.of(complete.rows(), complete.names().toArray(String[]::new));
        DataFrame data = x.add(ValueVector.of(LABEL, complete.labels()));
        var options = new GradientTreeBoost.Options(trees, maxDepth, maxNodes, nodeSize, shrinkage, subsample,
                null, null);
        MathEx.setSeed(Trainer.SEED);
        GradientTreeBoost model = GradientTreeBoost.fit(Formula.lhs(LABEL), data, options);
        return new GbmScorer(model, x.schema(), shrinkage);
    }

    @Override
    public String describe() {
        return "gbm(trees=%d, maxDepth=%d, maxNodes=%d, nodeSize=%d, shrinkage=%s, subsample=%s)"
                .formatted(trees, maxDepth, maxNodes, nodeSize, shrinkage, subsample);
    }
}
