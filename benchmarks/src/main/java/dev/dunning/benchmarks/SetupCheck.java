package dev.dunning.benchmarks;

import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.MatchedRow;
import java.math.BigDecimal;
import java.util.List;
import org.kie.dmn.api.core.DMNResult;

/**
 * Fails the trial before measuring when the benchmark would not time real work: the full decision must bill the
 * example as DESIGN.md says (1920.00) with a risk score, the DRL-only pass must fire rules, and the DMN-only pass must
 * match the same rows as the full decision (ladder, then the contact plan's channel row).
 */
final class SetupCheck {
    private static final BigDecimal EXAMPLE_BILL = new BigDecimal("1920.00");

    private SetupCheck() {
    }

    static String verify(Decision decision, int drlFired, List<DMNResult> tables, List<MatchedRow> dmnRows) {
        require(decision.charges().currentBill() != null, "the full decision computed no current bill: "
                + decision.warnings());
        BigDecimal bill = decision.charges().currentBill().total();
        require(bill.compareTo(EXAMPLE_BILL) == 0, "the full decision bills " + bill + ", not " + EXAMPLE_BILL);
        require(decision.risk() != null && decision.risk().band() != null, "the full decision has no risk band");
        int decisionFired = decision.trace().firedRules().size();
        require(drlFired > 0 && drlFired <= decisionFired,
                "the DRL-only pass fired " + drlFired + " rules, the full decision " + decisionFired);
        tables.forEach(t -> require(!t.hasErrors(), "the DMN-only pass failed: " + t.getMessages()));
        require(dmnRows.equals(decision.trace().matchedRows()),
                "the DMN-only pass matched " + dmnRows + ", the full decision " + decision.trace().matchedRows());
        return "Setup check: current bill " + bill + ", risk " + decision.risk().band() + ", escalation "
                + decision.escalation().step() + ", DRL rules fired " + drlFired + " (full decision " + decisionFired
                + "), DMN rows " + dmnRows.stream().map(MatchedRow::rowId).toList();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("Benchmark setup check failed: " + problem);
        }
    }
}
