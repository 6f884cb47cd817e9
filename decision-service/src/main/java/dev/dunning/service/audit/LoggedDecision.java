package dev.dunning.service.audit;

import dev.dunning.rules.decision.Decision;

/**
 * A decision as the log holds it: the answer, the fingerprint of the request that produced it, and whether it was
 * logged before this call (a retry, or a concurrent request with the same request id).
 */
public record LoggedDecision(Decision decision, String requestFingerprint, boolean earlier) {
}
