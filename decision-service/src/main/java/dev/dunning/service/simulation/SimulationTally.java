package dev.dunning.service.simulation;

import dev.dunning.rules.decision.Money;
import dev.dunning.rules.decision.RuleSetRef;
import dev.dunning.rules.request.EscalationStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts a simulation as its comparisons arrive (one thread): constant memory, whatever the portfolio's size. */
final class SimulationTally {
    private static final int PROBLEMS_KEPT = 20;
    private static final int STEPS = EscalationStep.values().length;
    private final int sampleSize;
    private final long[][] transitions = new long[STEPS][STEPS];
    private final Map<Difference, Long> byKind = new EnumMap<>(Difference.class);
    private final List<Comparison> sample = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private long decided;
    private long changed;
    private long rejected;
    private long failed;
    private long protectedAffected;
    private BigDecimal feesBefore = Money.ZERO;
    private BigDecimal feesAfter = Money.ZERO;
    private BigDecimal dueBefore = Money.ZERO;
    private BigDecimal dueAfter = Money.ZERO;

    SimulationTally(int sampleSize) {
        this.sampleSize = sampleSize;
    }

    void add(Comparison comparison) {
        decided++;
        transitions[comparison.baseline().step().ordinal()][comparison.candidate().step().ordinal()]++;
        feesBefore = feesBefore.add(comparison.baseline().lateFees());
        feesAfter = feesAfter.add(comparison.candidate().lateFees());
        dueBefore = dueBefore.add(comparison.baseline().totalDue());
        dueAfter = dueAfter.add(comparison.candidate().totalDue());
        if (comparison.changed()) {
            changed++;
            comparison.differences().forEach(kind -> byKind.merge(kind, 1L, Long::sum));
            protectedAffected += comparison.protectedHousehold() ? 1 : 0;
            if (sample.size() < sampleSize) {
                sample.add(comparison);
            }
        }
    }

    void rejected(long line, String reason) {
        rejected++;
        problem("line " + line + " rejected: " + reason);
    }

    void failed(long line, String reason) {
        failed++;
        problem("line " + line + " could not be decided: " + reason);
    }

    long decided() {
        return decided;
    }

    SimulationSummary summary(RuleSetRef baseline, RuleSetRef candidate, long millis) {
        Map<Difference, Long> kinds = new EnumMap<>(Difference.class);
        for (Difference kind : Difference.values()) {
            kinds.put(kind, byKind.getOrDefault(kind, 0L));
        }
        return new SimulationSummary(baseline, candidate, decided, changed, rejected, failed, kinds,
                List.of(EscalationStep.values()), Arrays.stream(transitions).map(long[]::clone).toArray(long[][]::new),
                new SimulationSummary.Totals(feesBefore, feesAfter), new SimulationSummary.Totals(dueBefore, dueAfter),
                protectedAffected, List.copyOf(sample), List.copyOf(problems), millis);
    }

    private void problem(String problem) {
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(problem);
        }
    }
}
