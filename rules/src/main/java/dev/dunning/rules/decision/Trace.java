package dev.dunning.rules.decision;

import java.util.List;

/** Why the decision came out as it did: the DRL rules that fired and the DMN rows that matched, in order. */
public record Trace(List<FiredRule> firedRules, List<MatchedRow> matchedRows) {
}
