package dev.dunning.rules.diff;

import java.util.List;

/**
 * A DRL rule that was added, removed or changed. Rules are matched by their {@code @id} annotation, or by their name
 * when they have none, so a rule that moved to another file is CHANGED (with {@link RulePart#FILE}), not removed and
 * added. A rule is CHANGED when its text, whitespace collapsed, differs.
 *
 * @param id           the rule's {@code @id}, or its name when it has no {@code @id}
 * @param change       whether the rule was added, removed or changed
 * @param name         the rule's name: in the newer rule set, or in the older one for a removed rule
 * @param file         the file holding the rule: in the newer rule set, or in the older one for a removed rule
 * @param previousName for a changed rule, its name in the older rule set; otherwise {@code null}
 * @param previousFile for a changed rule, its file in the older rule set; otherwise {@code null}
 * @param changedParts for a changed rule, which parts differ; empty otherwise
 */
public record RuleChange(String id, Change change, String name, String file, String previousName,
        String previousFile, List<RulePart> changedParts) {

    public RuleChange {
        changedParts = List.copyOf(changedParts);
    }
}
