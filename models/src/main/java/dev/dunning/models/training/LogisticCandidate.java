package dev.dunning.models.training;

import dev.dunning.models.scoring.LogisticScorer;
import dev.dunning.models.scoring.Scorer;
import dev.dunning.models.scoring.Standardisation;
import java.util.Arrays;
import smile.classification.LogisticRegression;

/** Smile's binomial logistic regression on standardised features, with L2 penalty {@code lambda}. */
public record LogisticCandidate(double lambda) implements ModelCandidate {

    /** Smile returns the coefficients followed by the intercept. */
    @Override
    public Scorer fit(FeatureTable complete) {
        int features = complete.names().size();
        Standardisation standardisation = Standardisation.fit(complete.rows(), features);
        double[][] standardised = Arrays.stream(complete.rows()).map(standardisation::apply).toArray(double[][]::new);
        var model = LogisticRegression.binomial(standardised, complete.labels(),
                new LogisticRegression.Options(lambda, 1E-5, 500));
        double[] weights = model.coefficients();
        return new LogisticScorer(standardisation, Arrays.copyOf(weights, features), weights[features]);
    }

    @Override
    public String describe() {
        return "logistic(lambda=%s)".formatted(lambda);
    }
}
