package dev.dunning.rules.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** Electricity metered by time of use: the period's peak and valley kWh (their sum is the period's quantity). */
public record TimeOfUse(@NotNull @PositiveOrZero @Quantity BigDecimal peak,
                        @NotNull @PositiveOrZero @Quantity BigDecimal valley) {

    public BigDecimal total() {
        return peak.add(valley);
    }
}
