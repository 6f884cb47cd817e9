package dev.dunning.service.rulesets;

import java.time.Instant;

/**
 * A step in a rule-set version's life, published inside the transaction that records it: UPLOADED, SUBMITTED,
 * APPROVED, REJECTED, ACTIVATED or ROLLED_BACK (an earlier active version activated again).
 */
public record RuleSetChanged(String hash, String version, String action, String actor, Instant at, String comment) {
}
