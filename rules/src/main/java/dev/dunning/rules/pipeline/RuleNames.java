package dev.dunning.rules.pipeline;

import org.kie.api.definition.rule.Rule;

/** How a failure names a rule: its {@code @id} and its name, e.g. {@code LATE-FEE-001 "Residential ... accrue"}. */
final class RuleNames {
    private RuleNames() {
    }

    static String of(Rule rule) {
        if (rule == null) {
            return "none";
        }
        Object id = rule.getMetaData().get("id");
        String name = "\"" + rule.getName() + "\"";
        return id == null ? name : unquoted(id.toString()) + " " + name;
    }

    private static String unquoted(String text) {
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
