package dev.dunning.rules.decision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** One line of the current bill: quantity × unit price, rounded to the fen at the end of the line. */
public record BillLine(String code, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                       BigDecimal amount) {

    public static BillLine of(String code, String description, BigDecimal quantity, String unit, BigDecimal unitPrice) {
        return new BillLine(code, description, quantity, unit, unitPrice, Money.round(quantity.multiply(unitPrice)));
    }

    /** A share of a season fee: {@code days} of {@code seasonDays}, where the daily fee is the season fee ÷ days in season. */
    public static BillLine prorated(String code, String description, BigDecimal seasonFee, long days, long seasonDays) {
        BigDecimal dailyFee = seasonFee.divide(BigDecimal.valueOf(seasonDays), MathContext.DECIMAL64);
        BigDecimal amount = Money.round(seasonFee.multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(seasonDays), MathContext.DECIMAL64));
        return new BillLine(code, description, BigDecimal.valueOf(days), "DAY",
                dailyFee.setScale(4, RoundingMode.HALF_UP), amount);
    }
}
