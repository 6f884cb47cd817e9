package dev.dunning.rules.diff;

import java.util.List;

/**
 * A row of a DMN decision table that was added, removed or changed, matched by its {@code <rule id="...">}.
 *
 * @param id             the row's id
 * @param change         whether the row was added, removed or changed
 * @param file           the DMN file holding the row (in the newer rule set, or the older one for a removed row)
 * @param decision       the name of the decision whose table holds the row, such as {@code Escalation}
 * @param description    the row's description (in the newer rule set, or the older one for a removed row)
 * @param before         the row in the older rule set; {@code null} for an added row
 * @param after          the row in the newer rule set; {@code null} for a removed row
 * @param changedColumns for a changed row, the columns whose entries differ, inputs then outputs; empty otherwise
 *                       (a changed description shows in {@code before} and {@code after})
 */
public record RowChange(String id, Change change, String file, String decision, String description,
        DecisionRow before, DecisionRow after, List<String> changedColumns) {

    public RowChange {
        changedColumns = List.copyOf(changedColumns);
    }
}
