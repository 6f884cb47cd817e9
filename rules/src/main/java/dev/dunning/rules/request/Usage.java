package dev.dunning.rules.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The period to bill: metered quantity (water, electricity, gas) with the year-to-date quantity before the period
 * (for annual tiers), time-of-use readings (electricity), or heating.
 */
public record Usage(
        @PlausibleDate LocalDate periodStart,
        @PlausibleDate LocalDate periodEnd,
        @PositiveOrZero @Quantity BigDecimal quantity,
        Unit unit,
        @PositiveOrZero @Quantity BigDecimal yearToDate,
        WaterSupply supply,
        @Valid TimeOfUse timeOfUse,
        @Valid Heating heating) {

    /** The metered quantity to bill: {@code quantity}, or peak plus valley when only time-of-use readings are given. */
    public BigDecimal billedQuantity() {
        return quantity != null || timeOfUse == null ? quantity : timeOfUse.total();
    }
}
