package dev.dunning.rules.request;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A measured room temperature for the days {@code from} to {@code to} (both included), or an outage of heat on them.
 * Under-temperature refunds are computed from these records.
 */
public record RoomTemperature(@NotNull LocalDate from, @NotNull LocalDate to, BigDecimal celsius, Boolean outage) {

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean isOutage() {
        return Boolean.TRUE.equals(outage);
    }
}
