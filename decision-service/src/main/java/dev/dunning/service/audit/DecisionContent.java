package dev.dunning.service.audit;

import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.request.DecisionRequest;

/** What the log holds for a decision: the request as received and the answer as given. */
record DecisionContent(Decision decision, DecisionRequest request) {
}
