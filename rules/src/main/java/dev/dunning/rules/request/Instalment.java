package dev.dunning.rules.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment of a payment plan: what falls due when, and what has been paid of it. */
public record Instalment(@NotNull @PlausibleDate LocalDate dueDate, @NotNull @Positive @Yuan BigDecimal amount,
                         @PositiveOrZero @Yuan BigDecimal amountPaid, @PlausibleDate LocalDate paidOn) {

    public boolean isPaid() {
        return amountPaid != null && amountPaid.compareTo(amount) >= 0;
    }

    /** Unpaid more than {@code graceDays} days after its due date, as of {@code today}. */
    public boolean isMissed(LocalDate today, long graceDays) {
        return !isPaid() && today.isAfter(dueDate.plusDays(graceDays));
    }
}
