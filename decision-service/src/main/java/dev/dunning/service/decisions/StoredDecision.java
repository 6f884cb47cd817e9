package dev.dunning.service.decisions;

import dev.dunning.rules.decision.Decision;
import java.time.Instant;

/** A decision with what is stored beside it: the request as received, its fingerprint and the answer's JSON. */
record StoredDecision(Decision decision, String requestJson, String requestFingerprint, String decisionJson,
                      Instant decidedAt) {
}
