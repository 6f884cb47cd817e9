package dev.dunning.service.rulesets;

/** Where a rule-set version is in its lifecycle: DRAFT → IN_REVIEW → APPROVED → ACTIVE → RETIRED, or REJECTED. */
public enum RuleSetStatus {
    DRAFT, IN_REVIEW, APPROVED, ACTIVE, RETIRED, REJECTED
}
