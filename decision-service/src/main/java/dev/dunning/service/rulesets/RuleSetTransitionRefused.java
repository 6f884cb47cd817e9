package dev.dunning.service.rulesets;

/** A lifecycle step that the version's state or the four-eyes rule does not allow; the reason says which. */
public class RuleSetTransitionRefused extends RuntimeException {
    RuleSetTransitionRefused(String reason) {
        super(reason);
    }
}
