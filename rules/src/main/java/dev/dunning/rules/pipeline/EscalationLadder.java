package dev.dunning.rules.pipeline;

import dev.dunning.rules.facts.DunningState;
import dev.dunning.rules.compiler.DecisionTables;
import dev.dunning.rules.decision.Escalation;
import dev.dunning.rules.decision.EscalationAction;
import dev.dunning.rules.decision.MatchedRow;
import dev.dunning.rules.facts.AsOf;
import dev.dunning.rules.facts.RestrictionTerms;
import dev.dunning.rules.request.EscalationStep;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.dmn.api.core.DMNResult;

/**
 * Proposes the next escalation step through the rule set's DMN model {@value #MODEL}: its decision {@value #TERMS}
 * answers the restriction terms of the account's utility and place, and its decision {@value #DECISION} answers
 * {@code step}, {@code action}, {@code reviewInDays} and {@code humanReview}.
 */
public final class EscalationLadder {
    public static final String MODEL = "Escalation ladder";
    static final String DECISION = "Escalation";
    static final String TERMS = "RestrictionTerms";

    /** The ladder's proposal and the terms it was made under. */
    record Proposal(Escalation escalation, RestrictionTerms terms) {
    }

    Proposal propose(DecisionTables tables, DunningState state, AsOf asOf, List<MatchedRow> rows) {
        DMNResult result = tables.evaluate(MODEL, state.asDecisionInputs(), rows);
        Map<?, ?> outcome = outcome(result, DECISION);
        Map<?, ?> terms = outcome(result, TERMS);
        long reviewInDays = ((BigDecimal) outcome.get("reviewInDays")).longValueExact();
        Escalation escalation = new Escalation(EscalationStep.valueOf((String) outcome.get("step")),
                EscalationAction.valueOf((String) outcome.get("action")), asOf.date().plusDays(reviewInDays),
                Boolean.TRUE.equals(outcome.get("humanReview")), null);
        return new Proposal(escalation, new RestrictionTerms((String) terms.get("restriction"),
                (BigDecimal) terms.get("minDaysOverdue"), (BigDecimal) terms.get("cureDays"),
                (BigDecimal) terms.get("noticeLeadHours"), (BigDecimal) terms.get("restoreWithinHours"),
                (BigDecimal) terms.get("noticeLeadWorkingDays")));
    }

    private static Map<?, ?> outcome(DMNResult result, String decisionName) {
        var decision = result.getDecisionResultByName(decisionName);
        if (result.hasErrors() || decision == null || !(decision.getResult() instanceof Map<?, ?> outcome)) {
            throw new RuleSetEvaluationFailed(MODEL + " gave no '" + decisionName + "': " + result.getMessages().stream()
                    .map(Object::toString).collect(Collectors.joining("; ")));
        }
        return outcome;
    }
}
