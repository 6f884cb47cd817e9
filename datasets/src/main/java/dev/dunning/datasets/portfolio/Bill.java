package dev.dunning.datasets.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A bill issued to a household: the period it charges, when it falls due, the quantity used and the amount. */
record Bill(String id, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate, BigDecimal quantity,
            BigDecimal amount) {
}
