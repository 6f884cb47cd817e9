package dev.dunning.rules.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the rule evaluation of one decision: at most {@code maxFirings} rule firings and {@code timeBudget} of
 * evaluation, checked before every firing and after each stage. Safety limits, not policy: far above what a policy
 * needs (the default pack fires at most 7 rules in any of its 216 scenarios, and about 3 per open bill: 3,000 for a
 * request with 1,000 open bills, decided in about 150 ms), low enough that a rule re-firing itself forever is stopped
 * within a second.
 */
public record EvaluationLimits(int maxFirings, Duration timeBudget) {
    public static final EvaluationLimits DEFAULTS = new EvaluationLimits(10_000, Duration.ofSeconds(2));

    public EvaluationLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxFirings < 1) {
            throw new IllegalArgumentException("max-firings must be at least 1, not " + maxFirings);
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("time-budget must be positive, not " + timeBudget);
        }
    }
}
