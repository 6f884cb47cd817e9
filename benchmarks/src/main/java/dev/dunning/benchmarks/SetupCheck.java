package dev.dunning.benchmarks;

import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.MatchedRow;
import java.math.BigDecimal;
import java.util.List;
import org.kie.dmn.api.core.DMNResult;

/**
 * Fails the trial before measuring when the benchmark would not time real work: the full decision must bill the
 * example as DESIGN.md says (1920.00), the DRL-only pass must fire rules, and the DMN-only pass must match the same
 * ladder rows as the full decision, whose trace lists them first (the contact plan's channel row follows).
 */
final class SetupCheck {
    private static final BigDecimal EXAMPLE_BILL = new BigDecimal("1920.00");

    private SetupCheck() {
    }

    static String verify(Decision decision, int drlFired, DMNResult ladder, List<MatchedRow> ladderRows) {
        require(decision.charges().currentBill() != null, "the full decision computed no current bill: "
                + decision.warnings());
        BigDecimal bill = decision.charges().currentBill().total();
        require(bill.compareTo(EXAMPLE_BILL) == 0, "the full decision bills " + bill + ", not " + EXAMPLE_BILL);
        int decisionFired = decision.trace().firedRules().size();
        require(drlFired > 0 && drlFired <= decisionFired,
                "the DRL-only pass fired " + drlFired + " rules, the full decision " + decisionFired);
        require(!ladder.hasErrors(), "the DMN-only pass failed: " + ladder.getMessages());
        List<MatchedRow> decisionLadderRows = decision.trace().matchedRows().subList(0, Math.min(ladderRows.size(),
                decision.trace().matchedRows().size()));
        require(ladderRows.equals(decisionLadderRows),
                "the DMN-only pass matched " + ladderRows + ", the full decision " + decision.trace().matchedRows());
        return "Setup check: current bill " + bill + ", escalation " + decision.escalation().step() + ", DRL rules fired "
                + drlFired + " (full decision " + decisionFired + "), ladder rows "
                + ladderRows.stream().map(MatchedRow::rowId).toList();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("Benchmark setup check failed: " + problem);
        }
    }
}
