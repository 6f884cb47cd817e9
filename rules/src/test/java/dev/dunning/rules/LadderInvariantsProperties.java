package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.LateFee;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.facts.DunningState;
import dev.dunning.rules.facts.AsOf;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.EscalationStep;
import dev.dunning.rules.request.Hardship;
import dev.dunning.rules.request.OpenBill;
import dev.dunning.rules.request.Utility;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the default pack over generated accounts and histories, checked against the policy reference rather
 * than against the tables: histories are random, including ones no lawful ladder would produce (a restriction
 * notice without a demand notice, undelivered steps, contacts about an earlier debt).
 */
class LadderInvariantsProperties {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DecisionPipeline PIPELINE = new DecisionPipeline(ZONE);
    private static final Set<EscalationStep> RESTRICTING = EnumSet.of(EscalationStep.RESTRICTION_NOTICE, EscalationStep.RESTRICTION);
    /** The steps that may follow each step (policy reference §5, §7): one rung at a time, pre-due optional. */
    private static final Map<EscalationStep, Set<EscalationStep>> NEXT = Map.of(
            EscalationStep.NONE, EnumSet.of(EscalationStep.PRE_DUE_REMINDER, EscalationStep.FIRST_REMINDER),
            EscalationStep.PRE_DUE_REMINDER, EnumSet.of(EscalationStep.FIRST_REMINDER),
            EscalationStep.FIRST_REMINDER, EnumSet.of(EscalationStep.SECOND_REMINDER),
            EscalationStep.SECOND_REMINDER, EnumSet.of(EscalationStep.DEMAND_NOTICE),
            EscalationStep.DEMAND_NOTICE, EnumSet.of(EscalationStep.FIELD_VISIT),
            EscalationStep.FIELD_VISIT, EnumSet.of(EscalationStep.RESTRICTION_NOTICE, EscalationStep.LEGAL_REFERRAL),
            EscalationStep.RESTRICTION_NOTICE, EnumSet.of(EscalationStep.RESTRICTION),
            EscalationStep.RESTRICTION, EnumSet.of(EscalationStep.LEGAL_REFERRAL),
            EscalationStep.LEGAL_REFERRAL, EnumSet.noneOf(EscalationStep.class));

    @Provide
    Arbitrary<DecisionRequest> requests() {
        return GeneratedAccounts.requests();
    }

    @Property(tries = 1500)
    void aNewRestrictionStepNeedsADemandNoticeAndItsElapsedCurePeriod(@ForAll("requests") DecisionRequest request) {
        Decision decision = decide(request);
        DunningState state = DunningState.of(request, AsOf.of(request.asOf(), ZONE));
        EscalationStep step = decision.escalation().step();
        if (RESTRICTING.contains(step) && step != state.lastStep()) {
            LocalDate today = AsOf.of(request.asOf(), ZONE).date();
            LocalDate oldestDue = request.openBills().stream().map(OpenBill::dueDate).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate demand = request.contactHistory().stream()
                    .filter(c -> c.step() == EscalationStep.DEMAND_NOTICE && !Boolean.FALSE.equals(c.delivered()))
                    .map(c -> AsOf.localDate(c.at(), ZONE)).filter(d -> !d.isBefore(oldestDue) && !d.isAfter(today))
                    .min(Comparator.naturalOrder()).orElse(null);
            assertThat(demand).as("a demand notice for this debt before %s", step).isNotNull();
            assertThat(ChronoUnit.DAYS.between(demand, today)).as("days since the demand notice")
                    .isGreaterThanOrEqualTo(LegalMinimums.cureDays(request.account()));
            assertThat(ChronoUnit.DAYS.between(oldestDue, today)).as("days overdue")
                    .isGreaterThanOrEqualTo(LegalMinimums.daysOverdue(request.account()));
        }
    }

    @Property(tries = 1500)
    void aStepIsNeverSkipped(@ForAll("requests") DecisionRequest request) {
        Decision decision = decide(request);
        EscalationStep last = DunningState.of(request, AsOf.of(request.asOf(), ZONE)).lastStep();
        EscalationStep step = decision.escalation().step();
        if (step.isAfter(last)) {
            assertThat(NEXT.get(last)).as("steps allowed after %s", last).contains(step);
        }
    }

    @Property(tries = 1500)
    void restrictionAlwaysNeedsHumanReview(@ForAll("requests") DecisionRequest request) {
        Decision decision = decide(request);
        if (decision.escalation().step() == EscalationStep.RESTRICTION) {
            assertThat(decision.escalation().humanReviewRequired()).isTrue();
        }
    }

    @Property(tries = 1500)
    void propertyDebtsAndProtectedHouseholdsAreNeverRestricted(@ForAll("requests") DecisionRequest request) {
        var account = request.account();
        LocalDate today = AsOf.of(request.asOf(), ZONE).date();
        boolean beijingWinter = account.isIn("CN-BJ") && inBeijingSeason(today);
        boolean protectedAccount = account.utility() == Utility.PROPERTY
                || account.hardship().contains(Hardship.MEDICAL_DEVICE)
                || (account.hasHardship() && beijingWinter);
        if (protectedAccount) {
            assertThat(decide(request).escalation().step()).isNotIn(RESTRICTING);
        }
    }

    @Property(tries = 1500)
    void aLateFeeIsNeverAboveItsCap(@ForAll("requests") DecisionRequest request) {
        for (LateFee fee : decide(request).charges().lateFees()) {
            assertThat(fee.amount()).as("late fee on %s", fee.billId()).isLessThanOrEqualTo(fee.principal());
            assertThat(fee.amount().signum()).isNotNegative();
        }
    }

    @Property(tries = 500)
    void theSameInputAlwaysGivesTheSameDecision(@ForAll("requests") DecisionRequest request) {
        Decision first = decide(request);
        Decision second = decide(request);
        assertThat(second).usingRecursiveComparison().ignoringFields("decisionId").isEqualTo(first);
    }

    private static boolean inBeijingSeason(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return !day.isBefore(MonthDay.of(11, 15)) || !day.isAfter(MonthDay.of(3, 15));
    }

    private static Decision decide(DecisionRequest request) {
        CompiledRuleSet ruleSet = DefaultPolicyPack.compiled();
        return PIPELINE.decide(request, ruleSet);
    }
}
