package dev.dunning.rules.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The period to bill: metered quantity (water, electricity, gas) or heating. */
public record Usage(
        LocalDate periodStart,
        LocalDate periodEnd,
        @PositiveOrZero BigDecimal quantity,
        Unit unit,
        @PositiveOrZero BigDecimal yearToDate,
        WaterSupply supply,
        @Valid Heating heating) {
}
