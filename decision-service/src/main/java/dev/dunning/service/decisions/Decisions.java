package dev.dunning.service.decisions;

import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.service.audit.DecisionLog;
import dev.dunning.service.audit.LoggedDecision;
import dev.dunning.service.contact.ContactLedger;
import dev.dunning.service.risk.RiskModels;
import dev.dunning.service.rulesets.ActiveRuleSet;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Makes decisions with the rule set effective at their {@code asOf} and answers each only once it is in the decision
 * log. A request id answers the same decision every time it is sent with the same request, and is refused when sent
 * with a different one. The contact ledger adds the contacts the service planned to the request's contact history.
 * The log finds a request id already decided while it appends (one query per group of entries), so a retry is
 * evaluated again but never logged or answered twice.
 */
@Service
public class Decisions {
    private final ActiveRuleSet ruleSet;
    private final DecisionPipeline pipeline;
    private final DecisionLog log;
    private final RiskModels risk;
    private final ContactLedger ledger;
    private final MeterRegistry meters;
    private final ApplicationEventPublisher events;

    Decisions(ActiveRuleSet ruleSet, DecisionPipeline pipeline, DecisionLog log, RiskModels risk, ContactLedger ledger,
              MeterRegistry meters, ApplicationEventPublisher events) {
        this.ruleSet = ruleSet;
        this.ledger = ledger;
        this.pipeline = pipeline;
        this.log = log;
        this.risk = risk;
        this.meters = meters;
        this.events = events;
    }

    /**
     * Decides with the request's contact history and the contacts of the ledger it does not list; logs the request as
     * received (its fingerprint recognises a retry even after new contact events) with the ledger contacts used.
     */
    public Decided decide(DecisionRequest request, String caller) {
        List<ContactRecord> ledgerContacts = ledger.missingFrom(request);
        DecisionRequest known = request.withContacts(ledgerContacts);
        LoggedDecision logged = log.record(request, ledgerContacts, () -> meters.timer("dunning.decision.evaluation")
                .record(() -> pipeline.decide(known, ruleSet.effectiveAt(request.asOf()), risk.assess(known))), caller);
        if (logged.earlier()) {
            return answerAgain(logged, request.requestId());
        }
        Decision decision = logged.decision();
        meters.counter("dunning.decisions", "step", decision.escalation().step().name(),
                "ruleSet", decision.ruleSet().version()).increment();
        events.publishEvent(new DecisionMade(known, decision));
        return new Decided(decision, logged.json(), false);
    }

    String answer(String decisionId) {
        return log.answer(decisionId).orElseThrow(() -> new DecisionNotFound(decisionId));
    }

    private static Decided answerAgain(LoggedDecision earlier, String requestId) {
        if (!earlier.sameRequest()) {
            throw new RequestIdReused(requestId);
        }
        return new Decided(earlier.decision(), earlier.json(), true);
    }
}
