package dev.dunning.benchmarks;

import dev.dunning.models.RiskModel;
import dev.dunning.models.RiskScore;
import dev.dunning.rules.decision.RiskFactor;
import dev.dunning.rules.facts.RiskAssessment;
import dev.dunning.rules.request.DecisionRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The risk score as the service gives it to the pipeline (the service's {@code RiskModels.assess}): the model's
 * probability and top factors (SHAP), rounded to four places, as a {@link RiskAssessment} fact.
 */
final class RiskScoring {
    private static final int SCALE = 4;

    private RiskScoring() {
    }

    static RiskAssessment assess(RiskModel model, DecisionRequest request) {
        RiskScore score = model.score(request);
        return new RiskAssessment(model.version(), rounded(score.probability()), score.topFactors().stream()
                .map(f -> new RiskFactor(f.feature(), rounded(f.value()), rounded(f.contribution()))).toList());
    }

    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
