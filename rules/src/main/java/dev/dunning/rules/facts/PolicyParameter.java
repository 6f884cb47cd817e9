package dev.dunning.rules.facts;

import java.math.BigDecimal;

/** A named policy number from the pack's parameters file, with where it comes from and how certain it is. */
public record PolicyParameter(String name, BigDecimal value, String source, String grade, String note) {
}
