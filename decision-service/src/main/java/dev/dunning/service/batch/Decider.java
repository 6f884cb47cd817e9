package dev.dunning.service.batch;

import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.service.decisions.Decided;

/**
 * Decides one account of a batch: in process with a compiled rule set (the CLI), or through the service's
 * {@code Decisions} (logged, idempotent). Must be thread-safe: chunks are decided in parallel.
 */
@FunctionalInterface
public interface Decider {
    /** Decides nothing: each account's row is written with its decision columns empty (the parse-and-write pass). */
    Decider NONE = request -> null;

    /** Decides {@code request}; throws {@link Unavailable} when it cannot decide now, which stops the run. */
    Decided decide(DecisionRequest request);

    /** Nothing can be decided now (the decision log is down): the run stops at its last checkpoint, to be resumed. */
    final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
