package dev.dunning.rules.facts;

import java.math.BigDecimal;

/** A two-part metered heating price: a base part per m² of area and an energy part per kWh of metered heat. */
public record MeteredHeatingPrice(BigDecimal basePerM2, BigDecimal perKwh) {
}
