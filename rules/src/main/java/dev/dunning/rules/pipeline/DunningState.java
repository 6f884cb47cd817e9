package dev.dunning.rules.pipeline;

import dev.dunning.rules.facts.AsOf;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.EscalationStep;
import dev.dunning.rules.request.OpenBill;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where an account stands on the ladder, derived from the request: the days its oldest open bill is overdue
 * (negative while not yet due, empty with no open bill), the highest step already delivered and the days since
 * that step was first taken. These are the inputs of the escalation decision table.
 */
public record DunningState(String customerType, Long daysOverdue, EscalationStep lastStep, Long daysSinceLastStep) {

    public static DunningState of(DecisionRequest request, AsOf asOf) {
        Long daysOverdue = request.openBills().stream().map(OpenBill::dueDate).min(Comparator.naturalOrder())
                .map(due -> ChronoUnit.DAYS.between(due, asOf.date())).orElse(null);
        Optional<ContactRecord> firstOfLastStep = request.contactHistory().stream()
                .filter(c -> !Boolean.FALSE.equals(c.delivered()))
                .min(Comparator.comparing(ContactRecord::step).reversed().thenComparing(ContactRecord::at));
        EscalationStep lastStep = firstOfLastStep.map(ContactRecord::step).orElse(EscalationStep.NONE);
        Long daysSince = firstOfLastStep
                .map(c -> ChronoUnit.DAYS.between(AsOf.localDate(c.at(), asOf.zone()), asOf.date())).orElse(null);
        return new DunningState(request.account().customerType().name(), daysOverdue, lastStep, daysSince);
    }

    public Map<String, Object> asDecisionInputs() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("customerType", customerType);
        inputs.put("daysOverdue", daysOverdue == null ? null : BigDecimal.valueOf(daysOverdue));
        inputs.put("lastStep", lastStep.name());
        inputs.put("daysSinceLastStep", daysSinceLastStep == null ? null : BigDecimal.valueOf(daysSinceLastStep));
        return inputs;
    }
}
