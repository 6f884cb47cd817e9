package dev.dunning.rules.decision;

import java.math.BigDecimal;

/** A policy parameter a fired rule read: its name, the region it was set for (empty: everywhere), value and grade. */
public record UsedParameter(String name, String region, BigDecimal value, String grade) {
}
