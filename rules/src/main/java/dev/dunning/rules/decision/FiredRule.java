package dev.dunning.rules.decision;

import java.util.List;

/**
 * A DRL rule that fired, with the id, source and certainty grade from its metadata, and the policy parameters it
 * matched (so a grade-C number behind an outcome is visible in the trace).
 */
public record FiredRule(String id, String name, String source, String grade, List<UsedParameter> parameters) {
}
