package dev.dunning.models;

/**
 * One feature's part in a score: its value (after imputation) and its contribution in log-odds (a SHAP value for tree
 * models, coefficient times standardised value for the logistic model); positive raises the risk.
 */
public record RiskFactor(String feature, double value, double contribution) {
}
