package dev.dunning.rules.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** An agreed plan to pay the arrears in instalments. */
public record PaymentPlan(@NotNull LocalDate agreedOn, @NotEmpty List<@NotNull @Valid Instalment> instalments) {

    public PaymentPlan {
        instalments = Copies.of(instalments);
    }

    /** True when an instalment is unpaid more than {@code graceDays} days after it fell due. */
    public boolean isBroken(LocalDate today, long graceDays) {
        return instalments.stream().anyMatch(i -> i.isMissed(today, graceDays));
    }
}
