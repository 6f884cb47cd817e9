package dev.dunning.rules.facts;

import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.EscalationStep;
import dev.dunning.rules.request.OpenBill;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an account stands on the ladder, derived from the request: the days its oldest open bill is overdue
 * (negative while not yet due, empty with no open bill), the highest step already delivered for this debt, the days
 * and hours and working days since that step was first taken, the days since the demand notice, and how many
 * reminders (up to the demand notice) the customer opened. These are the inputs of the escalation and contact
 * tables; the rules also read them as a fact.
 *
 * <p>Only contacts about the current debt count: those on or after the oldest open bill's due date, and pre-due
 * reminders sent in the {@value #PRE_DUE_LOOKBACK_DAYS} days before it. Contacts for a debt that was since paid do
 * not carry a later debt up the ladder.
 */
public record DunningState(String utility, String region, String customerType, Long daysOverdue,
                           EscalationStep lastStep, Long daysSinceLastStep, Long hoursSinceLastStep,
                           Long workingDaysSinceLastStep, Long daysSinceDemandNotice, long openedReminders) {
    static final int PRE_DUE_LOOKBACK_DAYS = 31;

    public static DunningState of(DecisionRequest request, AsOf asOf) {
        Optional<LocalDate> oldestDue = request.openBills().stream().map(OpenBill::dueDate).min(Comparator.naturalOrder());
        List<ContactRecord> contacts = oldestDue.map(due -> aboutThisDebt(request.contactHistory(), due, asOf))
                .orElse(List.of());
        Optional<ContactRecord> lastStep = contacts.stream()
                .min(Comparator.comparing(ContactRecord::step).reversed().thenComparing(ContactRecord::at));
        Optional<ContactRecord> demand = contacts.stream().filter(c -> c.step() == EscalationStep.DEMAND_NOTICE)
                .min(Comparator.comparing(ContactRecord::at));
        var account = request.account();
        return new DunningState(account.utility().name(), account.region(), account.customerType().name(),
                oldestDue.map(due -> ChronoUnit.DAYS.between(due, asOf.date())).orElse(null),
                lastStep.map(ContactRecord::step).orElse(EscalationStep.NONE),
                lastStep.map(c -> daysSince(c, asOf)).orElse(null),
                lastStep.map(c -> Duration.between(c.at(), asOf.instant()).toHours()).orElse(null),
                lastStep.map(c -> workingDaysBetween(AsOf.localDate(c.at(), asOf.zone()), asOf.date())).orElse(null),
                demand.map(c -> daysSince(c, asOf)).orElse(null),
                contacts.stream().filter(c -> c.openedAt() != null && c.step().compareTo(EscalationStep.DEMAND_NOTICE) <= 0)
                        .count());
    }

    private static List<ContactRecord> aboutThisDebt(List<ContactRecord> contacts, LocalDate oldestDue, AsOf asOf) {
        return contacts.stream().filter(c -> !Boolean.FALSE.equals(c.delivered())).filter(c -> {
            LocalDate sent = AsOf.localDate(c.at(), asOf.zone());
            LocalDate from = c.step() == EscalationStep.PRE_DUE_REMINDER ? oldestDue.minusDays(PRE_DUE_LOOKBACK_DAYS) : oldestDue;
            return !sent.isBefore(from) && !c.at().isAfter(asOf.instant());
        }).toList();
    }

    /**
     * Working days (Monday to Friday) wholly between the day of a contact and today, neither counted: a notice on a
     * Friday has 2 working days behind it on the Wednesday after. Public holidays are not known here.
     */
    static long workingDaysBetween(LocalDate contactDay, LocalDate today) {
        if (!contactDay.isBefore(today)) {
            return 0;
        }
        return contactDay.plusDays(1).datesUntil(today).filter(d -> d.getDayOfWeek().getValue() <= 5).count();
    }

    private static long daysSince(ContactRecord contact, AsOf asOf) {
        return ChronoUnit.DAYS.between(AsOf.localDate(contact.at(), asOf.zone()), asOf.date());
    }

    public Map<String, Object> asDecisionInputs() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("utility", utility);
        inputs.put("region", region);
        inputs.put("customerType", customerType);
        inputs.put("daysOverdue", number(daysOverdue));
        inputs.put("lastStep", lastStep.name());
        inputs.put("daysSinceLastStep", number(daysSinceLastStep));
        inputs.put("hoursSinceLastStep", number(hoursSinceLastStep));
        inputs.put("workingDaysSinceLastStep", number(workingDaysSinceLastStep));
        inputs.put("daysSinceDemandNotice", number(daysSinceDemandNotice));
        inputs.put("openedReminders", BigDecimal.valueOf(openedReminders));
        return inputs;
    }

    private static BigDecimal number(Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
