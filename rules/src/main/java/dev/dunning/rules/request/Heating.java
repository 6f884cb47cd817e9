package dev.dunning.rules.request;

import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Heating usage for a season: heated building area, how it is billed, metered heat, the days actually heated and the
 * room temperatures measured below the minimum (for under-temperature refunds).
 */
@MeteredHeatingHasKwh
@GroupSequence({ListSizes.class, Heating.class})
public record Heating(
        @NotNull HeatingMethod method,
        @NotNull HeatSource source,
        @NotNull @Positive @DecimalMax(value = Bounds.MAX_AREA_M2, message = "must be at most " + Bounds.MAX_AREA_M2)
        @MaxDigits(integer = 7, fraction = 4) BigDecimal areaM2,
        @PositiveOrZero @Quantity BigDecimal meteredKwh,
        @PositiveOrZero @Max(Bounds.MAX_DAYS_HEATED) Integer daysHeated,
        @Size(max = Bounds.ROOM_TEMPERATURES, groups = ListSizes.class)
        List<@NotNull @Valid RoomTemperature> roomTemperatures) {

    public Heating {
        roomTemperatures = Copies.of(roomTemperatures);
    }
}
