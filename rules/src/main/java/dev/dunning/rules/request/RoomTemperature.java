package dev.dunning.rules.request;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A measured room temperature for the days {@code from} to {@code to} (both included), or an outage of heat on them.
 * Under-temperature refunds are computed from these records.
 */
public record RoomTemperature(
        @NotNull @PlausibleDate LocalDate from,
        @NotNull @PlausibleDate LocalDate to,
        @DecimalMin(value = Bounds.MIN_CELSIUS, message = "must be at least " + Bounds.MIN_CELSIUS)
        @DecimalMax(value = Bounds.MAX_CELSIUS, message = "must be at most " + Bounds.MAX_CELSIUS)
        @MaxDigits(integer = 2, fraction = 2) BigDecimal celsius,
        Boolean outage) {

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean isOutage() {
        return Boolean.TRUE.equals(outage);
    }
}
