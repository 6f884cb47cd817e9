package dev.dunning.rules.decision;

/** A DRL rule that fired, with the id, source and certainty grade from its metadata. */
public record FiredRule(String id, String name, String source, String grade) {
}
