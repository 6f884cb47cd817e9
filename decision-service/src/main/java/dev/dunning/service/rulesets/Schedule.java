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

    /** True when {@code hash} decides at {@code moment} or is scheduled to decide later. */
    boolean inForceOrScheduled(String hash, Instant moment) {
        return effectiveAt(moment).hash().equals(hash) || entries.stream()
                .anyMatch(e -> e.effectiveFrom().isAfter(moment) && e.ruleSet().hash().equals(hash));
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
