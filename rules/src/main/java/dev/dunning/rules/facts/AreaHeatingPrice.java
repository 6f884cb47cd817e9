package dev.dunning.rules.facts;

import java.math.BigDecimal;

/** The season price per m² of building area that a tariff rule found for an account. */
public record AreaHeatingPrice(BigDecimal perM2, String description) {
}
