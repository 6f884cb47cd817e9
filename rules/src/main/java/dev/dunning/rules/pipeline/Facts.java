package dev.dunning.rules.pipeline;

import java.util.Optional;
import dev.dunning.rules.facts.AsOf;
import dev.dunning.rules.facts.OverdueBill;
import dev.dunning.rules.facts.PolicyParameter;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.OpenBill;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kie.api.runtime.KieSession;

/** Puts a request into a session as the facts the rules match on (public for benchmarks of the DRL pass alone). */
public final class Facts {
    private Facts() {
    }

    public static void insert(KieSession session, DecisionRequest request, AsOf asOf, List<PolicyParameter> parameters) {
        session.insert(asOf);
        session.insert(request.account());
        if (request.usage() != null) {
            session.insert(request.usage());
            if (request.usage().heating() != null) {
                session.insert(request.usage().heating());
            }
        }
        request.openBills().forEach(bill -> {
            session.insert(bill);
            overdue(bill, asOf).ifPresent(session::insert);
        });
        request.paymentHistory().forEach(session::insert);
        request.contactHistory().forEach(session::insert);
        request.disputes().forEach(session::insert);
        if (request.paymentPlan() != null) {
            session.insert(request.paymentPlan());
        }
        ParameterSelection.forAccount(parameters, request.account()).forEach(session::insert);
    }

    private static Optional<OverdueBill> overdue(OpenBill bill, AsOf asOf) {
        long days = ChronoUnit.DAYS.between(bill.dueDate(), asOf.date());
        boolean earlierYear = bill.dueDate().getYear() < asOf.date().getYear();
        return days > 0 ? Optional.of(new OverdueBill(bill.id(), bill.principal(), days, earlierYear, bill, null))
                : Optional.empty();
    }
}
