package dev.dunning.service.rulesets;

import java.time.Instant;

/** A step in a version's history as the API shows it. */
public record RuleSetEventView(String action, String actor, Instant at, String comment) {
}
