package dev.dunning.service.audit;

import dev.dunning.rules.decision.Decision;

/**
 * The decision the log holds for a request id: the one just logged, or ({@code earlier}) one logged before for the
 * same request id, by a retry or a concurrent call; {@code sameRequest} says whether that was for the same request.
 * {@code json} is the decision as the log holds it (canonical JSON), to answer with as it is.
 */
public record LoggedDecision(Decision decision, String json, boolean earlier, boolean sameRequest) {
}
