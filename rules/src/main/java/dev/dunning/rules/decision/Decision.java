package dev.dunning.rules.decision;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answer for one account. {@code model} and {@code risk} are empty when no risk model scored the request; {@code contact} is the
 * planned message, or why none goes out; the rest is decided by the active rule set. {@code warnings} says what the rule set
 * could not decide, e.g. usage that no tariff of the rule set prices.
 */
public record Decision(String decisionId, String requestId, String accountId, OffsetDateTime asOf, RuleSetRef ruleSet,
                       ModelRef model, Charges charges, List<Protection> protections, Escalation escalation,
                       Risk risk, Contact contact, Trace trace, List<String> warnings) {
}
