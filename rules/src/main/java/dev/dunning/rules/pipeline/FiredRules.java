package dev.dunning.rules.pipeline;

import dev.dunning.rules.decision.FiredRule;
import dev.dunning.rules.decision.UsedParameter;
import dev.dunning.rules.facts.PolicyParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Collects, in firing order, the DRL rules that fired in one session, with the id and source from their metadata
 * and the policy parameters each matched. */
final class FiredRules extends DefaultAgendaEventListener {
    private final List<FiredRule> fired = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        Map<String, Object> meta = rule.getMetaData();
        List<UsedParameter> parameters = event.getMatch().getObjects().stream()
                .filter(PolicyParameter.class::isInstance).map(PolicyParameter.class::cast)
                .map(p -> new UsedParameter(p.name(), p.region(), p.value(), p.grade())).toList();
        fired.add(new FiredRule(text(meta.get("id"), rule.getName()), rule.getName(), text(meta.get("source"), null),
                text(meta.get("grade"), null), parameters));
    }

    List<FiredRule> list() {
        return List.copyOf(fired);
    }

    private static String text(Object value, String fallback) {
        if (value == null) {
            return fallback;
        }
        String text = value.toString();
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
