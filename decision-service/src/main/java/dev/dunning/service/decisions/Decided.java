package dev.dunning.service.decisions;

import dev.dunning.rules.decision.Decision;

/**
 * A decision, its JSON as logged (the answer's body), and whether it was made now or answered again for a request id
 * already seen.
 */
public record Decided(Decision decision, String json, boolean replayed) {
}
