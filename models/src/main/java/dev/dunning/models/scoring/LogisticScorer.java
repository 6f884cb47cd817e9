package dev.dunning.models.scoring;

/**
 * Logistic regression on standardised features; a feature's contribution is its coefficient times its standardised
 * value.
 */
public record LogisticScorer(Standardisation standardisation, double[] coefficients, double intercept)
        implements Scorer {

    @Override
    public double logit(double[] features) {
        double logit = intercept;
        for (int i = 0; i < features.length; i++) {
            logit += coefficients[i] * standardisation.value(features, i);
        }
        return logit;
    }

    @Override
    public double[] contributions(double[] features) {
        double[] contributions = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            contributions[i] = coefficients[i] * standardisation.value(features, i);
        }
        return contributions;
    }

    @Override
    public double[] importance() {
        return Scorer.normalised(coefficients);
    }

    @Override
    public String kind() {
        return "logistic";
    }
}
