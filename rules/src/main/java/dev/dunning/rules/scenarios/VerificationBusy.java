package dev.dunning.rules.scenarios;

/** Every worker that checks rule sets is busy and the queue is full: nothing was checked; try again shortly. */
public class VerificationBusy extends RuntimeException {
    VerificationBusy(String message) {
        super(message);
    }
}
