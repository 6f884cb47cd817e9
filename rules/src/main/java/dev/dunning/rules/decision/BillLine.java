package dev.dunning.rules.decision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * One line of the current bill: quantity × unit price, rounded to the fen at the end of the line. A credit (a refund
 * or an allowance) has a negative amount. {@code tier} names the price tier the quantity fell in; when the unit price
 * is made of {@code components} (e.g. water fee, water-resource fee, sewage fee), each is rounded on its own and the
 * line's amount is their sum.
 */
public record BillLine(String code, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                       BigDecimal amount, Integer tier, List<BillComponent> components) {

    public BillLine {
        components = components == null ? List.of() : List.copyOf(components);
    }

    public static BillLine of(String code, String description, BigDecimal quantity, String unit, BigDecimal unitPrice) {
        return new BillLine(code, description, quantity, unit, unitPrice, Money.round(quantity.multiply(unitPrice)),
                null, List.of());
    }

    /** A line of a tiered tariff, priced by its components when the tier has them. */
    public static BillLine ofTier(String code, String description, BigDecimal quantity, String unit, int tier,
                                  BigDecimal unitPrice, List<PriceComponent> prices) {
        if (prices.isEmpty()) {
            BillLine plain = of(code, description, quantity, unit, unitPrice);
            return new BillLine(code, description, quantity, unit, unitPrice, plain.amount(), tier, List.of());
        }
        List<BillComponent> components = prices.stream().map(p -> p.charge(quantity)).toList();
        BigDecimal amount = components.stream().map(BillComponent::amount).reduce(Money.ZERO, BigDecimal::add);
        return new BillLine(code, description, quantity, unit, unitPrice, amount, tier, components);
    }

    /** A credit: {@code quantity} × {@code unitPrice} taken off the bill. */
    public static BillLine credit(String code, String description, BigDecimal quantity, String unit, BigDecimal unitPrice) {
        return of(code, description, quantity, unit, unitPrice.negate());
    }

    /** A share of a season fee: {@code days} of {@code seasonDays}, where the daily fee is the season fee ÷ days in season. */
    public static BillLine prorated(String code, String description, BigDecimal seasonFee, long days, long seasonDays) {
        BigDecimal amount = Money.round(seasonFee.multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(seasonDays), MathContext.DECIMAL64));
        return new BillLine(code, description, BigDecimal.valueOf(days), "DAY", dailyFee(seasonFee, seasonDays),
                amount, null, List.of());
    }

    /** A refund of {@code share} of the daily fee for {@code days} days. */
    public static BillLine dailyRefund(String code, String description, BigDecimal seasonFee, long seasonDays, long days,
                                       BigDecimal share) {
        BigDecimal amount = Money.round(seasonFee.multiply(share).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(seasonDays), MathContext.DECIMAL64)).negate();
        return new BillLine(code, description, BigDecimal.valueOf(days), "DAY",
                dailyFee(seasonFee, seasonDays).multiply(share).negate().setScale(4, RoundingMode.HALF_UP), amount,
                null, List.of());
    }

    private static BigDecimal dailyFee(BigDecimal seasonFee, long seasonDays) {
        return seasonFee.divide(BigDecimal.valueOf(seasonDays), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
    }
}
