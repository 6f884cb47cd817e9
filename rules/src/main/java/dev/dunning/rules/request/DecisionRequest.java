package dev.dunning.rules.request;

import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a billing system sends for one account: the public contract of {@code POST /api/v1/decisions}. Every field
 * has a bound ({@link Bounds}); the sizes of the lists are checked first ({@link ListSizes}), then everything else.
 */
@GroupSequence({ListSizes.class, DecisionRequest.class})
@DatesNearAsOf
public record DecisionRequest(
        @NotBlank @Size(max = Bounds.REQUEST_ID_LENGTH) String requestId,
        @NotNull @PlausibleDate @AsOfNearNow OffsetDateTime asOf,
        @NotNull @Valid Account account,
        @Valid Usage usage,
        @Size(max = Bounds.OPEN_BILLS, groups = ListSizes.class) List<@NotNull @Valid OpenBill> openBills,
        @Size(max = Bounds.PAYMENT_HISTORY, groups = ListSizes.class) List<@NotNull @Valid PaymentRecord> paymentHistory,
        @Size(max = Bounds.CONTACT_HISTORY, groups = ListSizes.class) List<@NotNull @Valid ContactRecord> contactHistory,
        @Size(max = Bounds.DISPUTES, groups = ListSizes.class) List<@NotNull @Valid Dispute> disputes,
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
