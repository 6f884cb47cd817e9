package dev.dunning.models;

import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.OpenBill;
import dev.dunning.rules.request.PaymentRecord;
import java.time.LocalDate;
import java.util.List;

/**
 * What the risk model reads about an account, as of a day: past bills, unpaid bills and contacts. Live requests and
 * training data both become one of these, so both go through the same feature code.
 */
public record AccountHistory(LocalDate asOf, List<PaymentRecord> payments, List<OpenBill> openBills,
                             List<ContactRecord> contacts) {

    public AccountHistory {
        payments = payments == null ? List.of() : payments;
        openBills = openBills == null ? List.of() : openBills;
        contacts = contacts == null ? List.of() : contacts;
    }

    /** The request's histories as of the calendar day of its {@code asOf}, in the request's own offset. */
    public static AccountHistory of(DecisionRequest request) {
        return new AccountHistory(request.asOf().toLocalDate(), request.paymentHistory(), request.openBills(),
                request.contactHistory());
    }

    public static AccountHistory ofPayments(LocalDate asOf, List<PaymentRecord> payments) {
        return new AccountHistory(asOf, payments, List.of(), List.of());
    }
}
