package dev.dunning.datasets.uci;

import dev.dunning.rules.request.PaymentRecord;
import java.time.LocalDate;
import java.util.List;

/**
 * One card holder of the UCI "Default of Credit Card Clients" data, in the service's own payment-history shape: six
 * monthly statements (oldest first) as seen on {@code asOf}, and whether the holder defaulted the month after.
 * Demographics and the credit limit are deliberately not carried over: the risk model learns from payment history only.
 */
public record CardHolderHistory(String id, LocalDate asOf, List<PaymentRecord> paymentHistory, boolean defaulted) {

    public CardHolderHistory {
        paymentHistory = List.copyOf(paymentHistory);
    }
}
