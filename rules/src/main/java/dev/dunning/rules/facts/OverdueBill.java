package dev.dunning.rules.facts;

import dev.dunning.rules.decision.LateFee;
import dev.dunning.rules.request.OpenBill;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An open bill past its due date: days overdue count from the day after the due date up to the as-of date, or up to
 * {@code accrualStoppedOn} where a rule stopped the late fee from accruing (e.g. once the supply was cut).
 */
public record OverdueBill(String billId, BigDecimal principal, long days, boolean fromEarlierYear, OpenBill bill,
                          LocalDate accrualStoppedOn) {

    /** The same bill with late fees accruing only up to {@code stop} (no days at all when it stopped before the due date). */
    public OverdueBill accruingUntil(LocalDate stop) {
        long until = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(bill.dueDate(), stop)));
        return new OverdueBill(billId, principal, until, fromEarlierYear, bill, stop);
    }

    /** The late fee on this bill at {@code dailyRate}, saying when accrual stopped early. */
    public LateFee lateFee(BigDecimal dailyRate) {
        LateFee fee = LateFee.accrue(billId, bill.dueDate(), principal, days, dailyRate);
        return accrualStoppedOn == null ? fee : fee.because("Accrual stopped when the supply was cut on " + accrualStoppedOn);
    }
}
