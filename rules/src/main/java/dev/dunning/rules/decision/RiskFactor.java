package dev.dunning.rules.decision;

import java.math.BigDecimal;

/**
 * One of the features that moved a household's score most: its value for this household and its contribution to the
 * score in log-odds (positive: towards not paying).
 */
public record RiskFactor(String feature, BigDecimal value, BigDecimal contribution) {
}
