package dev.dunning.models;

import dev.dunning.rules.request.Account;
import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.PaymentRecord;
import dev.dunning.rules.request.Utility;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Decision requests for tests, built through the real constructors. */
public final class Requests {
    private Requests() {
    }

    public static DecisionRequest withHistory(LocalDate asOf, List<PaymentRecord> payments) {
        Account account = new Account("A-1", Utility.WATER, "CN-BJ", CustomerType.RESIDENTIAL, null, "zh-CN", 2,
                List.of(), null, false, null, null, null, null);
        return new DecisionRequest("R-1", asOf.atTime(10, 0).atOffset(ZoneOffset.ofHours(8)), account, null,
                List.of(), payments, List.of(), List.of(), null);
    }
}
