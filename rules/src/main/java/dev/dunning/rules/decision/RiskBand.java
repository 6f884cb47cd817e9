package dev.dunning.rules.decision;

/** How likely the household is not to pay, as the rule set's thresholds band the risk model's probability. */
public enum RiskBand {
    LOW, MEDIUM, HIGH
}
