package dev.dunning.models.features;

import dev.dunning.models.AccountHistory;
import dev.dunning.models.scoring.Imputation;
import dev.dunning.rules.request.ContactRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An account's bills on {@code asOf}, most recent first: past bills and open bills together ({@code bills}), the
 * ones whose due date has passed ({@code pastDue}, the only ones that can be late), and the usual bill (the median
 * amount due; NaN without bills).
 */
record Timeline(LocalDate asOf, List<Bill> bills, List<Bill> pastDue, List<ContactRecord> contacts,
                double usualBill) {
    /** The window of recent bills most features look at. */
    static final int RECENT = 6;

    static Timeline of(AccountHistory history) {
        LocalDate asOf = history.asOf();
        List<Bill> bills = new ArrayList<>(history.payments().size() + history.openBills().size());
        history.payments().forEach(record -> bills.add(Bill.of(record, asOf)));
        history.openBills().forEach(open -> bills.add(Bill.of(open, asOf)));
        bills.sort(Comparator.comparing(Bill::dueDate).reversed());
        List<Bill> pastDue = bills.stream().filter(bill -> bill.isPastDue(asOf)).toList();
        double usualBill = Imputation.median(bills.stream().mapToDouble(Bill::amountDue).toArray());
        return new Timeline(asOf, bills, pastDue, history.contacts(), usualBill);
    }

    /** The most recent past-due bills, at most {@code count}. */
    List<Bill> recent(int count) {
        return pastDue.subList(0, Math.min(count, pastDue.size()));
    }

    /** Past-due bills {@code from} (inclusive) to {@code to} (exclusive), most recent being 0; may be empty. */
    List<Bill> pastDue(int from, int to) {
        int size = pastDue.size();
        return pastDue.subList(Math.min(from, size), Math.min(to, size));
    }
}
