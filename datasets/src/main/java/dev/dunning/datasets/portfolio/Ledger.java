package dev.dunning.datasets.portfolio;

import dev.dunning.rules.request.OpenBill;
import dev.dunning.rules.request.PaymentRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a household owes and has paid. The arrears start at the bill whose due date is closest to the segment's
 * days overdue: that bill and every later one are open (none when a bill not due yet was drawn but every bill is
 * due already: the household paid on time). Earlier bills in the history were paid, early or late as the
 * segment pays; a partial payment's shortfall is carried to the next payment, and a shortfall still carried after the
 * last payment stays open under its bill's id.
 */
record Ledger(List<OpenBill> openBills, List<PaymentRecord> paymentHistory) {

    static Ledger draw(Household household, Draw draw, List<Bill> bills, LocalDate today, LocalDate historyStart) {
        int firstOpen = firstOpen(bills, household.segment().daysOverdue(draw), today);
        List<PaymentRecord> history = new ArrayList<>();
        List<OpenBill> open = new ArrayList<>();
        BigDecimal carried = BigDecimal.ZERO;
        Bill lastPaid = null;
        for (Bill bill : bills.subList(0, firstOpen)) {
            if (bill.dueDate().isBefore(historyStart)) {
                continue;
            }
            PaymentRecord payment = payment(household, draw, bill, carried, today);
            carried = carried.add(bill.amount()).subtract(payment.amountPaid());
            history.add(payment);
            lastPaid = bill;
        }
        if (lastPaid != null && carried.signum() > 0) {
            open.add(new OpenBill(lastPaid.id(), lastPaid.dueDate(), carried));
        }
        bills.subList(firstOpen, bills.size()).forEach(b -> open.add(new OpenBill(b.id(), b.dueDate(), b.amount())));
        return new Ledger(open, history);
    }

    /**
     * The bill due closest to {@code daysOverdue} before today. A household drawn with nothing overdue yet whose
     * closest bill is already due paid it on time: its arrears start after it (possibly with no open bill at all).
     */
    private static int firstOpen(List<Bill> bills, int daysOverdue, LocalDate today) {
        int closest = closestTo(bills, today.minusDays(daysOverdue));
        return daysOverdue < 0 && bills.get(closest).dueDate().isBefore(today) ? closest + 1 : closest;
    }

    private static int closestTo(List<Bill> bills, LocalDate target) {
        int closest = bills.size() - 1;
        for (int i = closest - 1; i >= 0; i--) {
            long distance = Math.abs(bills.get(i).dueDate().toEpochDay() - target.toEpochDay());
            if (distance < Math.abs(bills.get(closest).dueDate().toEpochDay() - target.toEpochDay())) {
                closest = i;
            }
        }
        return closest;
    }

    private static PaymentRecord payment(Household household, Draw draw, Bill bill, BigDecimal carried, LocalDate today) {
        Segment segment = household.segment();
        BigDecimal owed = bill.amount().add(carried);
        BigDecimal paid = draw.chance(segment.partialShare)
                ? owed.multiply(BigDecimal.valueOf(draw.between(0.3, 0.9))).setScale(2, RoundingMode.HALF_UP) : owed;
        LocalDate paidOn = bill.dueDate().plusDays(daysLate(household, draw));
        return new PaymentRecord(bill.dueDate(), bill.amount(), paid, paidOn.isBefore(today) ? paidOn : today.minusDays(1));
    }

    /** Automatic debits are taken on the due date unless they fail, which happens at half the segment's late rate. */
    private static int daysLate(Household household, Draw draw) {
        Segment segment = household.segment();
        if (household.autoDebit() && !draw.chance(segment.lateShare / 2)) {
            return 0;
        }
        return segment.daysLate(draw);
    }
}
