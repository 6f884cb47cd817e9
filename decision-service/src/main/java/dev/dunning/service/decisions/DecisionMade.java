package dev.dunning.service.decisions;

import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.request.DecisionRequest;

/**
 * Published once a new decision is logged, before it is answered: the request as decided (with the contact-ledger
 * contacts added) and the decision. Listeners must return at once and never fail: the caller is waiting.
 */
public record DecisionMade(DecisionRequest request, Decision decision) {
}
