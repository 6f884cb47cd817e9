package dev.dunning.rules.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;

/**
 * Heating usage for a season: heated building area, how it is billed, metered heat, the days actually heated and the
 * room temperatures measured below the minimum (for under-temperature refunds).
 */
@MeteredHeatingHasKwh
public record Heating(
        @NotNull HeatingMethod method,
        @NotNull HeatSource source,
        @NotNull @Positive BigDecimal areaM2,
        @PositiveOrZero BigDecimal meteredKwh,
        @PositiveOrZero Integer daysHeated,
        List<@NotNull @Valid RoomTemperature> roomTemperatures) {

    public Heating {
        roomTemperatures = Copies.of(roomTemperatures);
    }
}
