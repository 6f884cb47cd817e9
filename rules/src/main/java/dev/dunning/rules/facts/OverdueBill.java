package dev.dunning.rules.facts;

import dev.dunning.rules.request.OpenBill;
import java.math.BigDecimal;

/** An open bill past its due date: days overdue count from the day after the due date up to the as-of date. */
public record OverdueBill(String billId, BigDecimal principal, long days, boolean fromEarlierYear, OpenBill bill) {
}
