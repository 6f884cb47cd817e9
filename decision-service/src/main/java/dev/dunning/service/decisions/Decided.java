package dev.dunning.service.decisions;

import dev.dunning.rules.decision.Decision;

/** A decision and whether it was made now or answered again for a request id already seen. */
record Decided(Decision decision, boolean replayed) {
}
