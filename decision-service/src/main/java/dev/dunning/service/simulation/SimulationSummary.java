package dev.dunning.service.simulation;

import dev.dunning.rules.decision.RuleSetRef;
import dev.dunning.rules.request.EscalationStep;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a candidate rule set would change on a portfolio, against the baseline: accounts decided, changed, rejected
 * (unreadable rows) and failed; changes by kind; the transition matrix of steps ({@code transitions[baseline][candidate]},
 * in the order of {@code steps}); late-fee and amount-due totals before and after; protected households whose outcome
 * changed; the first changed decisions in full; the first problems; and how long it took.
 */
public record SimulationSummary(RuleSetRef baseline, RuleSetRef candidate, long accounts, long changed, long rejected,
                                long failed, Map<Difference, Long> changesByKind, List<EscalationStep> steps,
                                long[][] transitions, Totals lateFees, Totals totalDue,
                                long protectedHouseholdsAffected, List<Comparison> sample, List<String> problems,
                                long millis) {

    /** A yuan total under each rule set. */
    public record Totals(BigDecimal baseline, BigDecimal candidate) {
        public BigDecimal difference() {
            return candidate.subtract(baseline);
        }
    }

    /** How many accounts each rule set puts on each step. */
    public long[] stepCounts(boolean candidateSide) {
        long[] counts = new long[steps.size()];
        for (int from = 0; from < steps.size(); from++) {
            for (int to = 0; to < steps.size(); to++) {
                counts[candidateSide ? to : from] += transitions[from][to];
            }
        }
        return counts;
    }
}
