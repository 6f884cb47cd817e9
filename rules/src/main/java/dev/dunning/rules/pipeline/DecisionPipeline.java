package dev.dunning.rules.pipeline;

import dev.dunning.rules.facts.DunningState;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.contact.MessageValueMissing;
import dev.dunning.rules.decision.BillLine;
import dev.dunning.rules.decision.Charges;
import dev.dunning.rules.decision.Contact;
import dev.dunning.rules.decision.CurrentBill;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.Escalation;
import dev.dunning.rules.decision.LateFee;
import dev.dunning.rules.decision.MatchedRow;
import dev.dunning.rules.decision.ModelRef;
import dev.dunning.rules.decision.Money;
import dev.dunning.rules.decision.PolicyWarning;
import dev.dunning.rules.decision.Protection;
import dev.dunning.rules.decision.Risk;
import dev.dunning.rules.decision.RiskBand;
import dev.dunning.rules.decision.Trace;
import dev.dunning.rules.facts.AsOf;
import dev.dunning.rules.facts.RiskAssessment;
import dev.dunning.rules.facts.RiskBandAssigned;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.OpenBill;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Decides one request with one compiled rule set: DRL computes charges, late fees and protections; the DMN ladder
 * proposes the next step; DRL then holds the proposal to the protections; the contact planner plans the message. Thread-safe: one session per call.
 */
public final class DecisionPipeline {
    /** Version 7 UUIDs: random, yet ordered by creation time, so stores index new decisions at the end. */
    private static final TimeBasedEpochGenerator DECISION_IDS = Generators.timeBasedEpochGenerator();
    private final ZoneId zone;
    private final EscalationLadder ladder = new EscalationLadder();
    private final ContactPlanner contacts = new ContactPlanner();
    private final EvaluationLimits limits;

    /** A pipeline with the default {@link EvaluationLimits}. */
    public DecisionPipeline(ZoneId zone) {
        this(zone, EvaluationLimits.DEFAULTS);
    }

    public DecisionPipeline(ZoneId zone, EvaluationLimits limits) {
        this.zone = zone;
        this.limits = limits;
    }

    public Decision decide(DecisionRequest request, CompiledRuleSet ruleSet) {
        return decide(request, ruleSet, null);
    }

    /**
     * Decides with the risk model's score of the household as a fact the rules read ({@code null}: not scored). Whatever
     * goes wrong while the rule set evaluates, a rule that throws, a limit exceeded, even a {@link StackOverflowError}
     * or an {@link OutOfMemoryError}, comes back as a {@link RuleSetEvaluationFailed} naming the rule set and the rule.
     */
    public Decision decide(DecisionRequest request, CompiledRuleSet ruleSet, RiskAssessment risk) {
        AsOf asOf = AsOf.of(request.asOf(), zone);
        EvaluationGuard guard = EvaluationGuard.start(limits, ruleSet.ref());
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            return evaluate(request, ruleSet, risk, asOf, session, guard);
        } catch (RuleSetEvaluationFailed e) {
            throw e.of(ruleSet.ref());
        } catch (ConsequenceException e) {
            String rule = RuleNames.of(e.getMatch().getRule());
            throw new RuleSetEvaluationFailed(prefix(ruleSet) + "rule " + rule + " failed: "
                    + e.getCause().getClass().getName(), ruleSet.ref(), rule);
        } catch (RuntimeException | Error e) {
            throw contained(ruleSet, guard, e);
        } finally {
            session.dispose();
        }
    }

    private Decision evaluate(DecisionRequest request, CompiledRuleSet ruleSet, RiskAssessment risk, AsOf asOf,
                              KieSession session, EvaluationGuard guard) {
        FiredRules fired = new FiredRules();
        session.addEventListener(fired);
        DunningState state = DunningState.of(request, asOf);
        Facts.insert(session, request, asOf, ruleSet.parameters());
        session.insert(state);
        if (risk != null) {
            session.insert(risk);
        }
        guard.fire(session);
        List<MatchedRow> rows = new ArrayList<>();
        EscalationLadder.Proposal proposal = ladder.propose(ruleSet.decisionTables(), state, asOf, rows);
        guard.check();
        session.insert(proposal.terms());
        session.insert(proposal.escalation());
        guard.fire(session);
        Decision decision = assemble(request, ruleSet, risk, state, session, fired, rows);
        guard.check();
        return decision;
    }

    /**
     * An unexpected throwable (an {@link Error} included) while evaluating, named by its class only, since its message
     * may hold request values; a template's missing placeholder is named in full.
     */
    private static RuleSetEvaluationFailed contained(CompiledRuleSet ruleSet, EvaluationGuard guard, Throwable e) {
        String rule = guard.lastFired();
        String what = e instanceof MessageValueMissing ? e.getMessage() : e.getClass().getName();
        return new RuleSetEvaluationFailed(prefix(ruleSet) + "failed with " + what
                + " while evaluating; the last rule to fire was " + (rule == null ? "none" : rule), ruleSet.ref(), rule);
    }

    private static String prefix(CompiledRuleSet ruleSet) {
        return "Rule set " + ruleSet.source().version() + " (" + ruleSet.hash() + ") ";
    }

    private Decision assemble(DecisionRequest request, CompiledRuleSet ruleSet, RiskAssessment risk, DunningState state,
                              KieSession session, FiredRules fired, List<MatchedRow> rows) {
        List<BillLine> lines = objects(session, BillLine.class, Comparator.comparing(BillLine::code));
        List<LateFee> fees = objects(session, LateFee.class,
                Comparator.comparing(LateFee::dueDate).thenComparing(LateFee::billId));
        List<Protection> protections = objects(session, Protection.class, Comparator.comparing(Protection::code));
        Escalation escalation = single(session, Escalation.class);
        CurrentBill bill = lines.isEmpty() ? null : CurrentBill.of(lines);
        Charges charges = new Charges(bill, fees, totalDue(request.openBills(), fees));
        List<String> warnings = new ArrayList<>(objects(session, PolicyWarning.class,
                Comparator.comparing(PolicyWarning::code)).stream().map(PolicyWarning::text).toList());
        unpricedUsage(request, bill).ifPresent(warnings::add);
        Risk scored = risk(risk, session);
        Contact contact = contacts.plan(request, ruleSet, state, escalation, charges, scored == null ? null : scored.band(),
                rows);
        return new Decision(DECISION_IDS.generate().toString(), request.requestId(), request.account().id(), request.asOf(),
                ruleSet.ref(), risk == null ? null : new ModelRef(risk.modelVersion()), charges, protections, escalation,
                scored, contact, new Trace(fired.list(), List.copyOf(rows)), List.copyOf(warnings));
    }

    private static Risk risk(RiskAssessment assessment, KieSession session) {
        if (assessment == null) {
            return null;
        }
        List<RiskBandAssigned> bands = objects(session, RiskBandAssigned.class, Comparator.comparing(RiskBandAssigned::band));
        if (bands.size() > 1) {
            throw new RuleSetEvaluationFailed("The rules put the risk score in more than one band: " + bands);
        }
        RiskBand band = bands.isEmpty() ? null : bands.getFirst().band();
        return new Risk(assessment.probability(), band, assessment.topFactors());
    }

    private static Optional<String> unpricedUsage(DecisionRequest request, CurrentBill bill) {
        if (request.usage() == null || bill != null) {
            return Optional.empty();
        }
        var account = request.account();
        return Optional.of("No tariff of this rule set prices the usage of a " + account.customerType() + " "
                + account.utility() + " account in " + account.region() + ": no current bill was computed");
    }

    private static BigDecimal totalDue(List<OpenBill> bills, List<LateFee> fees) {
        BigDecimal principal = bills.stream().map(OpenBill::principal).reduce(Money.ZERO, BigDecimal::add);
        return Money.round(fees.stream().map(LateFee::amount).reduce(principal, BigDecimal::add));
    }

    private static <T> List<T> objects(KieSession session, Class<T> type, Comparator<T> order) {
        return session.getObjects(new ClassObjectFilter(type)).stream().map(type::cast).sorted(order).toList();
    }

    private static <T> T single(KieSession session, Class<T> type) {
        List<T> found = objects(session, type, (a, b) -> 0);
        if (found.size() != 1) {
            throw new RuleSetEvaluationFailed("Expected one " + type.getSimpleName() + " after the rules, found " + found.size());
        }
        return found.getFirst();
    }
}
