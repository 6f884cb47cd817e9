package dev.dunning.models.features;

import dev.dunning.rules.request.OpenBill;
import dev.dunning.rules.request.PaymentRecord;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A bill as the features see it on {@code asOf}: amounts as doubles ({@code amountPaid} NaN when unknown), whether it
 * is still unpaid there, and its days late (paid: from due date to payment; unpaid: from due date to {@code asOf}).
 * A payment dated after {@code asOf} is not known yet on {@code asOf}, so that bill counts as unpaid.
 */
record Bill(LocalDate dueDate, double amountDue, double amountPaid, boolean unpaid, long daysLate) {

    static Bill of(PaymentRecord record, LocalDate asOf) {
        LocalDate paidOn = record.paidOn();
        boolean unpaid = paidOn == null || paidOn.isAfter(asOf);
        LocalDate settledOn = unpaid ? asOf : paidOn;
        double paid = record.amountPaid() == null ? Double.NaN : record.amountPaid().doubleValue();
        return new Bill(record.dueDate(), amount(record.amountDue().doubleValue()), paid, unpaid,
                daysLate(record.dueDate(), settledOn));
    }

    /** An open bill: its outstanding principal is what is still due, nothing of it is paid. */
    static Bill of(OpenBill open, LocalDate asOf) {
        double principal = amount(open.principal().doubleValue());
        return new Bill(open.dueDate(), principal, 0, true, daysLate(open.dueDate(), asOf));
    }

    boolean isLate() {
        return daysLate > 0;
    }

    boolean isPastDue(LocalDate asOf) {
        return dueDate.isBefore(asOf);
    }

    boolean hasKnownPayment() {
        return !Double.isNaN(amountPaid);
    }

    /** Paid over due, capped at {@link #MAX_PAID_RATIO}; a zero bill counts as fully paid; NaN when unknown. */
    double paidRatio() {
        if (!hasKnownPayment()) {
            return Double.NaN;
        }
        if (amountDue == 0) {
            return amountPaid > 0 ? MAX_PAID_RATIO : 1;
        }
        return Math.min(amountPaid / amountDue, MAX_PAID_RATIO);
    }

    /** What is still owed of an unpaid bill (unknown payments count as nothing paid); zero once paid. */
    double outstanding() {
        return unpaid ? Math.max(0, amountDue - (hasKnownPayment() ? amountPaid : 0)) : 0;
    }

    static final double MAX_PAID_RATIO = 2;

    private static double amount(double value) {
        return Math.max(0, value);
    }

    private static long daysLate(LocalDate due, LocalDate settledOn) {
        return Math.max(0, ChronoUnit.DAYS.between(due, settledOn));
    }
}
