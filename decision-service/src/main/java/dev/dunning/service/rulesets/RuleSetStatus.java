package dev.dunning.service.rulesets;

/**
 * Where a rule-set version is in its lifecycle: DRAFT → IN_REVIEW → APPROVED → ACTIVE → RETIRED, or REJECTED. RETIRED
 * is read off the activations: an activated version that no longer decides, now or later.
 */
public enum RuleSetStatus {
    DRAFT, IN_REVIEW, APPROVED, ACTIVE, RETIRED, REJECTED
}
