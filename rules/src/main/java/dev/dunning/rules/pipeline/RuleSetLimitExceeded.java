package dev.dunning.rules.pipeline;

import dev.dunning.rules.decision.RuleSetRef;

/**
 * A rule set stopped because one decision exceeded one of its {@link EvaluationLimits}: too many rule firings, too
 * long, or its evaluation was abandoned. {@link #limit()} names the limit.
 */
public class RuleSetLimitExceeded extends RuleSetEvaluationFailed {
    private final String limit;

    RuleSetLimitExceeded(String message, RuleSetRef ruleSet, String rule, String limit) {
        super(message, ruleSet, rule);
        this.limit = limit;
    }

    /** {@code max-firings}, {@code time-budget} or {@code abandoned}. */
    public String limit() {
        return limit;
    }
}
