package dev.dunning.rules.decision;

/** The rule-set version that produced a decision and the SHA-256 of its content. */
public record RuleSetRef(String version, String hash) {
}
