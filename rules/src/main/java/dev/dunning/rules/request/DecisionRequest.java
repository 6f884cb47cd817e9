package dev.dunning.rules.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** What a billing system sends for one account: the public contract of {@code POST /api/v1/decisions}. */
public record DecisionRequest(
        @NotBlank @Size(max = 128) String requestId,
        @NotNull OffsetDateTime asOf,
        @NotNull @Valid Account account,
        @Valid Usage usage,
        List<@NotNull @Valid OpenBill> openBills,
        List<@NotNull @Valid PaymentRecord> paymentHistory,
        List<@NotNull @Valid ContactRecord> contactHistory,
        List<@NotNull @Valid Dispute> disputes,
        @Valid PaymentPlan paymentPlan) {

    public DecisionRequest {
        openBills = Copies.of(openBills);
        paymentHistory = Copies.of(paymentHistory);
        contactHistory = Copies.of(contactHistory);
        disputes = Copies.of(disputes);
    }

    /** This request with {@code contacts} added to its contact history (contacts the caller did not list). */
    public DecisionRequest withContacts(List<ContactRecord> contacts) {
        if (contacts.isEmpty()) {
            return this;
        }
        List<ContactRecord> all = new ArrayList<>(contactHistory);
        all.addAll(contacts);
        return new DecisionRequest(requestId, asOf, account, usage, openBills, paymentHistory, all, disputes, paymentPlan);
    }
}
