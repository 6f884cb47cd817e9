package dev.dunning.rules.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a DMN decision table as written: its description and the text of its entries, by column in table order.
 *
 * @param description the row's {@code <description>} (its source, by the pack's conventions), {@code null} if none
 * @param inputs      input column label (or expression when unlabelled) to the row's input entry, such as
 *                    {@code daysOverdue → ">= 15"}
 * @param outputs     output column name to the row's output entry, such as {@code step → "\"SECOND_REMINDER\""}
 */
public record DecisionRow(String description, Map<String, String> inputs, Map<String, String> outputs) {

    public DecisionRow {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }
}
