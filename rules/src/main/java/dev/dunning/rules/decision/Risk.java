package dev.dunning.rules.decision;

import java.math.BigDecimal;
import java.util.List;

/**
 * The risk model's calibrated probability that the household does not pay, the band the rule set puts it in
 * ({@code null} while the pack leaves its thresholds unset) and the features that moved the score most.
 */
public record Risk(BigDecimal probability, RiskBand band, List<RiskFactor> topFactors) {

    public Risk {
        topFactors = List.copyOf(topFactors);
    }
}
