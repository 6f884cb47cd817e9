package dev.dunning.rules.request;

import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** An agreed plan to pay the arrears in instalments. */
@GroupSequence({ListSizes.class, PaymentPlan.class})
public record PaymentPlan(@NotNull @PlausibleDate LocalDate agreedOn,
                          @NotEmpty @Size(max = Bounds.INSTALMENTS, groups = ListSizes.class)
                          List<@NotNull @Valid Instalment> instalments) {

    public PaymentPlan {
        instalments = Copies.of(instalments);
    }

    /** True when an instalment is unpaid more than {@code graceDays} days after it fell due. */
    public boolean isBroken(LocalDate today, long graceDays) {
        return instalments.stream().anyMatch(i -> i.isMissed(today, graceDays));
    }
}
