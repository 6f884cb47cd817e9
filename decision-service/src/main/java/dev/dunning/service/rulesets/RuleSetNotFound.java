package dev.dunning.service.rulesets;

/** No stored rule-set version has this hash. */
public class RuleSetNotFound extends RuntimeException {
    RuleSetNotFound(String hash) {
        super("No rule-set version " + hash);
    }
}
