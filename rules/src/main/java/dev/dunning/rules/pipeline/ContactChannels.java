package dev.dunning.rules.pipeline;

import dev.dunning.rules.compiler.DecisionTables;
import dev.dunning.rules.decision.MatchedRow;
import dev.dunning.rules.decision.RiskBand;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.EscalationStep;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the rule set's DMN model {@value #MODEL} (decision {@value #DECISION}) which channels a step goes through, in
 * order of preference, and whether the law requires a written notice.
 */
final class ContactChannels {
    static final String MODEL = "Contact channels";
    static final String DECISION = "Channel";

    /** The channels in order of preference, and whether the message must be a letter. */
    record Preference(List<Channel> channels, boolean letterRequired) {
    }

    Preference of(DecisionTables tables, EscalationStep step, RiskBand band, CustomerType customerType,
                  List<MatchedRow> rows) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("step", step.name());
        inputs.put("riskBand", band == null ? null : band.name());
        inputs.put("customerType", customerType.name());
        var result = tables.evaluate(MODEL, inputs, rows);
        var decision = result.getDecisionResultByName(DECISION);
        if (result.hasErrors() || decision == null || !(decision.getResult() instanceof Map<?, ?> outcome)
                || !(outcome.get("channels") instanceof String channels)) {
            throw new IllegalStateException(MODEL + " gave no '" + DECISION + "' for step " + step);
        }
        List<Channel> list = Arrays.stream(channels.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Channel::valueOf).toList();
        return new Preference(list, Boolean.TRUE.equals(outcome.get("letterRequired")));
    }
}
