package dev.dunning.rules.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A past bill: what was due, what was paid and when ({@code paidOn} is empty while unpaid). */
public record PaymentRecord(
        @NotNull @PlausibleDate LocalDate dueDate,
        @NotNull @PositiveOrZero @Yuan BigDecimal amountDue,
        @PositiveOrZero @Yuan BigDecimal amountPaid,
        @PlausibleDate LocalDate paidOn) {
}
