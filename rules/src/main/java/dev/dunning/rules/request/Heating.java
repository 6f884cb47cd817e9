package dev.dunning.rules.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** Heating usage for a season: heated building area, how it is billed, metered heat and the days actually heated. */
@MeteredHeatingHasKwh
public record Heating(
        @NotNull HeatingMethod method,
        @NotNull HeatSource source,
        @NotNull @Positive BigDecimal areaM2,
        @PositiveOrZero BigDecimal meteredKwh,
        @PositiveOrZero Integer daysHeated) {
}
