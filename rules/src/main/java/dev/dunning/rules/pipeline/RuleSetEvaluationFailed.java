package dev.dunning.rules.pipeline;

/** A compiled rule set that could not produce a decision for a request, e.g. a decision table without an answer. */
public class RuleSetEvaluationFailed extends RuntimeException {
    public RuleSetEvaluationFailed(String message) {
        super(message);
    }
}
