package dev.dunning.service.rulesets;

import dev.dunning.rules.compiler.CompiledRuleSet;
import java.time.Instant;
import java.util.List;

/**
 * Which compiled version decides at which moment: entries in the order they take effect. Immutable, so a new
 * schedule is swapped in whole and a request sees one or the other, never half of each.
 */
record Schedule(List<Entry> entries, long lastActivationId) {

    record Entry(Instant effectiveFrom, CompiledRuleSet ruleSet) {
    }

    Schedule {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalStateException("No rule-set version is activated");
        }
    }

    /** The version effective at {@code moment}: the last entry from before it, or the first one for earlier moments. */
    CompiledRuleSet effectiveAt(Instant moment) {
        CompiledRuleSet effective = entries.getFirst().ruleSet();
        for (Entry entry : entries) {
            if (entry.effectiveFrom().isAfter(moment)) {
                break;
            }
            effective = entry.ruleSet();
        }
        return effective;
    }
}
