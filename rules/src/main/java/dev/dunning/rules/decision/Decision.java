package dev.dunning.rules.decision;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answer for one account. {@code model}, {@code risk} and {@code contact} stay empty until the risk model and
 * contact planning are built; the rest is decided by the active rule set. {@code warnings} says what the rule set
 * could not decide, e.g. usage that no tariff of the rule set prices.
 */
public record Decision(String decisionId, String requestId, String accountId, OffsetDateTime asOf, RuleSetRef ruleSet,
                       ModelRef model, Charges charges, List<Protection> protections, Escalation escalation,
                       Object risk, Object contact, Trace trace, List<String> warnings) {
}
