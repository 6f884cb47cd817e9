package dev.dunning.service.simulation;

import dev.dunning.rules.decision.RuleSetRef;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shadow mode as reviewers see it: the candidate, who started it and when, live decisions counted by outcome (same,
 * different, dropped when the shadow queue was full, failed), differences by kind, and the latest differences with
 * both outcomes and traces (newest first).
 */
public record ShadowView(RuleSetRef candidate, String startedBy, OffsetDateTime since, Map<String, Long> decisions,
                         Map<Difference, Long> differencesByKind, List<Sample> latestDifferences) {

    /** A live decision the candidate would have made differently; the live one is what was answered and logged. */
    public record Sample(String decisionId, String accountId, OffsetDateTime asOf, RuleSetRef live,
                             Outcome liveOutcome, Outcome candidateOutcome,
                             Set<Difference> differences) {
    }
}
