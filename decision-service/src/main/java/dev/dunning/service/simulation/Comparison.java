package dev.dunning.service.simulation;

import java.util.Set;

/**
 * One account decided by two rule sets: where it stands in the portfolio file ({@code line}), its id and masked name,
 * whether it is a protected household (a protection in either decision, or a hardship code), both outcomes and what
 * differs between them.
 */
public record Comparison(long line, String accountId, String maskedName, boolean protectedHousehold,
                         Outcome baseline, Outcome candidate, Set<Difference> differences) {

    public boolean changed() {
        return !differences.isEmpty();
    }
}
