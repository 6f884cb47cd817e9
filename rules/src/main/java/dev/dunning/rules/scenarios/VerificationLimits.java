package dev.dunning.rules.scenarios;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on checking a rule set (compiling it and running its scenarios) and on the pool that checks them: how many
 * files, bytes per file and in all, DRL rules and scenarios a rule set may have, how long one check may take, and how
 * many checks run ({@code workers}) and wait ({@code queue}) at once; sizes are in bytes. Safety limits, not policy.
 * The defaults take the default pack (54 files, 307 KB, the largest file 40 KB, 71 rules, 216 scenarios, checked in
 * 3 to 14 s on two busy cores) with room to spare: 9 times the files, 26 times the largest file, 27 times the bytes,
 * 7 times the rules, 23 times the scenarios and 9 times the slowest check.
 */
public record VerificationLimits(int maxFiles, long maxFileSize, long maxTotalSize, int maxRules, int maxScenarios,
                                 Duration timeBudget, int workers, int queue) {
    public static final VerificationLimits DEFAULTS = new VerificationLimits(500, 1024 * 1024, 8 * 1024 * 1024, 500,
            5_000, Duration.ofSeconds(120), 2, 4);

    public VerificationLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        positive("max-files", maxFiles);
        positive("max-file-size", maxFileSize);
        positive("max-total-size", maxTotalSize);
        positive("max-rules", maxRules);
        positive("max-scenarios", maxScenarios);
        positive("workers", workers);
        positive("queue", queue);
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("time-budget must be positive, not " + timeBudget);
        }
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }
}
