package dev.dunning.rules.decision;

/** The risk-model version that scored a decision. */
public record ModelRef(String version) {
}
