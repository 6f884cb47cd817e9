package dev.dunning.rules.pipeline;

import dev.dunning.rules.facts.DunningState;
import dev.dunning.rules.compiler.DecisionTables;
import dev.dunning.rules.decision.MatchedRow;
import dev.dunning.rules.decision.RiskBand;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.EscalationStep;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the rule set's DMN model {@value #MODEL} (decision {@value #DECISION}) which channels a step goes through, in
 * order of preference, and whether it is a written notice the law requires.
 */
final class ContactChannels {
    static final String MODEL = "Contact channels";
    static final String DECISION = "Channel";

    /** The channels in order of preference; for a written notice, the first carries it and the rest its copy. */
    record Preference(List<Channel> channels, boolean writtenNotice) {
    }

    Preference of(DecisionTables tables, EscalationStep step, RiskBand band, DunningState state, List<MatchedRow> rows) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("step", step.name());
        inputs.put("riskBand", band == null ? null : band.name());
        inputs.put("customerType", state.customerType());
        inputs.put("openedReminders", BigDecimal.valueOf(state.openedReminders()));
        var result = tables.evaluate(MODEL, inputs, rows);
        var decision = result.getDecisionResultByName(DECISION);
        if (result.hasErrors() || decision == null || !(decision.getResult() instanceof Map<?, ?> outcome)
                || !(outcome.get("channels") instanceof String channels)) {
            throw new RuleSetEvaluationFailed(MODEL + " gave no '" + DECISION + "' for step " + step);
        }
        List<Channel> list = Arrays.stream(channels.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Channel::valueOf).toList();
        return new Preference(list, Boolean.TRUE.equals(outcome.get("writtenNotice")));
    }
}
