package dev.dunning.datasets.uci;

import dev.dunning.rules.request.PaymentRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the six monthly statements of a UCI row onto payment records.
 *
 * <ul>
 *   <li>Statement months are April … September 2005; each statement is one bill due on the last day of its month.
 *   {@code asOf} is 30 September 2005, the end of the last observed month (the label is about October).</li>
 *   <li>{@code amountDue} is the statement amount; a negative statement (a credit balance) is a bill of zero.</li>
 *   <li>{@code amountPaid} is the amount paid during the following month ({@code PAY_AMT} of the next month); the
 *   September bill's payment falls in October, which the data does not show, so it is unknown (null).</li>
 *   <li>Lateness comes from the repayment status: status {@code s ≥ 1} at the end of month {@code m} means the bills
 *   of months {@code m - s … m - 1} are still unpaid there. A bill is as many months late as the furthest month that
 *   still shows it unpaid; {@code paidOn} is its due date plus those months (the due date itself when the status
 *   never shows it unpaid: -2, -1 and 0 all count as paid duly). A bill still unpaid in September has no
 *   {@code paidOn}; the September bill, due on {@code asOf} and not yet reported, has none either.</li>
 *   <li>{@code PAY_6} (April) would describe bills before April, which the data does not hold, so it is unused.</li>
 * </ul>
 */
final class StatementMapping {
    static final YearMonth FIRST_MONTH = YearMonth.of(2005, 4);
    static final LocalDate AS_OF = FIRST_MONTH.plusMonths(StatementRow.MONTHS - 1).atEndOfMonth();

    private StatementMapping() {
    }

    static CardHolderHistory toHistory(StatementRow row) {
        List<PaymentRecord> records = new ArrayList<>();
        for (int month = 0; month < StatementRow.MONTHS; month++) {
            records.add(record(row, month));
        }
        return new CardHolderHistory(row.id(), AS_OF, records, row.defaulted());
    }

    private static PaymentRecord record(StatementRow row, int month) {
        LocalDate due = FIRST_MONTH.plusMonths(month).atEndOfMonth();
        BigDecimal amountDue = BigDecimal.valueOf(Math.max(0, row.billed()[month]));
        boolean last = month == StatementRow.MONTHS - 1;
        BigDecimal amountPaid = last ? null : BigDecimal.valueOf(row.paid()[month + 1]);
        return new PaymentRecord(due, amountDue, amountPaid, paidOn(row.status(), month, due));
    }

    private static LocalDate paidOn(int[] status, int month, LocalDate due) {
        if (month == StatementRow.MONTHS - 1) {
            return null;
        }
        int monthsLate = monthsLate(status, month);
        int lastObserved = StatementRow.MONTHS - 1;
        if (month + monthsLate >= lastObserved) {
            return null;
        }
        return YearMonth.from(due).plusMonths(monthsLate).atEndOfMonth();
    }

    /** The furthest month after {@code bill} whose status still shows the bill unpaid, in months after its due date. */
    static int monthsLate(int[] status, int bill) {
        int late = 0;
        for (int month = bill + 1; month < status.length; month++) {
            if (status[month] >= month - bill) {
                late = month - bill;
            }
        }
        return late;
    }
}
