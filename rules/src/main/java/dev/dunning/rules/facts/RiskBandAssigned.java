package dev.dunning.rules.facts;

import dev.dunning.rules.decision.RiskBand;

/** The band a rule of the pack puts the household's risk score in. */
public record RiskBandAssigned(RiskBand band) {
}
