package dev.dunning.models;

import java.util.List;

/** A calibrated probability of default and the features that moved it most. */
public record RiskScore(double probability, List<RiskFactor> topFactors) {

    public RiskScore {
        topFactors = List.copyOf(topFactors);
    }
}
