package dev.dunning.rules.decision;

import java.math.BigDecimal;

/** A component of a bill line: its unit price and its amount, rounded to the fen on its own. */
public record BillComponent(String name, BigDecimal unitPrice, BigDecimal amount) {
}
