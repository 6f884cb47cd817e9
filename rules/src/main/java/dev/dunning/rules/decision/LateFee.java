package dev.dunning.rules.decision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The late fee on one overdue bill: principal × daily rate × days overdue, rounded to the fen.
 * {@code minimumApplied}, {@code capped} and {@code waived} say which rule changed the plain amount, {@code reason} why.
 */
public record LateFee(String billId, LocalDate dueDate, BigDecimal principal, long days, BigDecimal dailyRate,
                      BigDecimal amount, boolean minimumApplied, boolean capped, boolean waived, String reason) {

    public static LateFee accrue(String billId, LocalDate dueDate, BigDecimal principal, long days, BigDecimal dailyRate) {
        BigDecimal amount = Money.round(principal.multiply(dailyRate).multiply(BigDecimal.valueOf(days)));
        return new LateFee(billId, dueDate, principal, days, dailyRate, amount, false, false, false, null);
    }

    public LateFee withMinimum(BigDecimal minimum, String why) {
        return new LateFee(billId, dueDate, principal, days, dailyRate, Money.round(minimum), true, capped, waived, why);
    }

    public LateFee because(String why) {
        return new LateFee(billId, dueDate, principal, days, dailyRate, amount, minimumApplied, capped, waived, why);
    }

    /** The fee held to {@code cap} (e.g. not above the principal), saying so. */
    public LateFee capAt(BigDecimal cap, String why) {
        return new LateFee(billId, dueDate, principal, days, dailyRate, Money.round(cap), minimumApplied, true, waived, why);
    }

    public LateFee waive(String why) {
        return new LateFee(billId, dueDate, principal, days, dailyRate, Money.ZERO, minimumApplied, capped, true, why);
    }
}
