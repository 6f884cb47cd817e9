package dev.dunning.rules.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Calendar arithmetic and prices the electricity rules need (electricity/*.drl): the month a bill belongs to (for
 * tiers that change with the season), how many months a billing period counts (for monthly free allowances), and the
 * average price of time-of-use kWh.
 */
public final class ElectricityBilling {
    private ElectricityBilling() {
    }

    /** The month a bill belongs to: the month of {@code periodStart}, or of {@code asOf} when the period is not given. */
    public static int month(LocalDate periodStart, LocalDate asOf) {
        return (periodStart != null ? periodStart : asOf).getMonthValue();
    }

    /**
     * True when the bill's month lies in {@code from}–{@code to} (inclusive month numbers 1–12; a range such as
     * 11–2 runs over the new year).
     */
    public static boolean monthWithin(LocalDate periodStart, LocalDate asOf, BigDecimal from, BigDecimal to) {
        int month = month(periodStart, asOf);
        int first = from.intValueExact();
        int last = to.intValueExact();
        return first <= last ? month >= first && month <= last : month >= first || month <= last;
    }

    /**
     * How many months a billing period counts: whole months from {@code periodStart} through {@code periodEnd} (the
     * last day billed), a remaining part of at least half a month counting as one more; at least 1, and 1 when either
     * date is missing. 1 Jul–31 Jul is 1; 18 Jun–15 Aug (a two-month reading read early) is 2; 1 Jul–14 Jul is 1.
     */
    public static long months(LocalDate periodStart, LocalDate periodEnd) {
        if (periodStart == null || periodEnd == null) {
            return 1;
        }
        LocalDate endExclusive = periodEnd.plusDays(1);
        long whole = ChronoUnit.MONTHS.between(periodStart, endExclusive);
        if (whole < 0) {
            return 1;
        }
        LocalDate afterWhole = periodStart.plusMonths(whole);
        long rest = ChronoUnit.DAYS.between(afterWhole, endExclusive);
        long partialMonthDays = ChronoUnit.DAYS.between(afterWhole, afterWhole.plusMonths(1));
        if (rest * 2 >= partialMonthDays) {
            whole++;
        }
        return Math.max(1, whole);
    }

    /** A free allowance of {@code perMonth} for each month of the period, never more than the billed quantity. */
    public static BigDecimal allowance(BigDecimal perMonth, LocalDate periodStart, LocalDate periodEnd, BigDecimal billed) {
        return perMonth.multiply(BigDecimal.valueOf(months(periodStart, periodEnd))).min(billed);
    }

    /**
     * The average price of {@code peakKwh} at {@code peakPrice} and {@code valleyKwh} at {@code valleyPrice}, to four
     * decimals (half up); zero when there is no usage.
     */
    public static BigDecimal averagePrice(BigDecimal peakKwh, BigDecimal peakPrice, BigDecimal valleyKwh,
                                          BigDecimal valleyPrice) {
        BigDecimal kwh = peakKwh.add(valleyKwh);
        if (kwh.signum() == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return peakKwh.multiply(peakPrice).add(valleyKwh.multiply(valleyPrice))
                .divide(kwh, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
    }
}
