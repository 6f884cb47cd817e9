package dev.dunning.rules.scenarios;

import java.time.Duration;

/** Checking a rule set took longer than its time budget: it was abandoned, and the rule set is refused. */
public class VerificationTimedOut extends RuntimeException {
    private final String version;
    private final String hash;
    private final Duration budget;

    VerificationTimedOut(String version, String hash, Duration budget, String stage) {
        super("Checking rule set " + version + " (" + hash + ") took longer than its time budget of "
                + budget.toSeconds() + " s (time-budget), " + stage + "; it was abandoned and the rule set is refused");
        this.version = version;
        this.hash = hash;
        this.budget = budget;
    }

    public String version() {
        return version;
    }

    public String hash() {
        return hash;
    }

    public Duration budget() {
        return budget;
    }
}
