package dev.dunning.rules.facts;

import dev.dunning.rules.decision.RiskFactor;
import java.math.BigDecimal;
import java.util.List;

/**
 * The risk model's score of the household, a fact the rules read: the probability that it does not pay, by which
 * model version, and the features behind it. A score only chooses among what the rules allow; it never lifts a
 * protection.
 */
public record RiskAssessment(String modelVersion, BigDecimal probability, List<RiskFactor> topFactors) {

    public RiskAssessment {
        topFactors = List.copyOf(topFactors);
    }
}
