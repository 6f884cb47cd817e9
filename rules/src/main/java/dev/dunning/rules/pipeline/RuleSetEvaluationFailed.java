package dev.dunning.rules.pipeline;

import dev.dunning.rules.decision.RuleSetRef;

/**
 * A compiled rule set that could not produce a decision for a request, e.g. a decision table without an answer, a
 * rule that threw, or a rule set stopped at a limit. Names the rule set and, when known, the rule; never carries the
 * request's values.
 */
public class RuleSetEvaluationFailed extends RuntimeException {
    private final transient RuleSetRef ruleSet;
    private final String rule;

    public RuleSetEvaluationFailed(String message) {
        this(message, null, null);
    }

    public RuleSetEvaluationFailed(String message, RuleSetRef ruleSet, String rule) {
        super(message);
        this.ruleSet = ruleSet;
        this.rule = rule;
    }

    /** The rule set that failed ({@code null} when not known where it was thrown). */
    public RuleSetRef ruleSet() {
        return ruleSet;
    }

    /** The rule that was firing or last fired, as its id and name ({@code null}: none known). */
    public String rule() {
        return rule;
    }

    /** This failure naming {@code ref} as the rule set, if it did not name one yet. */
    RuleSetEvaluationFailed of(RuleSetRef ref) {
        if (ruleSet != null) {
            return this;
        }
        RuleSetEvaluationFailed named = new RuleSetEvaluationFailed(
                "Rule set " + ref.version() + " (" + ref.hash() + "): " + getMessage(), ref, rule);
        named.setStackTrace(getStackTrace());
        return named;
    }
}
