package dev.dunning.models.training;

import dev.dunning.models.scoring.LogisticScorer;
import dev.dunning.models.scoring.Scorer;
import java.util.Arrays;
import smile.classification.LogisticRegression;

/** Smile's binomial logistic regression on standardised features, with L2 penalty {@code lambda}. */
public record LogisticCandidate(double lambda) implements ModelCandidate {

    @Override
    public Scorer fit(FeatureTable complete) {
        double[][] rows = complete.rows();
        int features = complete.names().size();
        double[] mean = new double[features];
        double[] scale = new double[features];
        for (int j = 0; j < features; j++) {
            int column = j;
            mean[j] = Arrays.stream(rows).mapToDouble(row -> row[column]).average().orElse(0);
            double variance = Arrays.stream(rows).mapToDouble(row -> Math.pow(row[column] - mean[column], 2))
                    .average().orElse(0);
            scale[j] = variance > 0 ? Math.sqrt(variance) : 1;
        }
        double[][] standardised = Arrays.stream(rows).map(row -> standardise(row, mean, scale)).toArray(double[][]::new);
        var model = LogisticRegression.binomial(standardised, complete.labels(),
                new LogisticRegression.Options(lambda, 1E-5, 500));
        double[] weights = model.coefficients();
        return new LogisticScorer(mean, scale, Arrays.copyOf(weights, features), weights[features]);
    }

    private static double[] standardise(double[] row, double[] mean, double[] scale) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = (row[j] - mean[j]) / scale[j];
        }
        return z;
    }

    @Override
    public String describe() {
        return "logistic(lambda=%s)".formatted(lambda);
    }
}
