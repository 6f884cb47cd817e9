package dev.dunning.service.audit;

import dev.dunning.service.rulesets.RuleSetChanged;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.stereotype.Component;

/**
 * Logs every step of a rule-set version's life in the transaction that makes it, so the step and its log entry are
 * committed together or not at all. (A listener bean rather than {@code @EventListener}, so that it also hears the
 * default pack's import while the application starts.)
 */
@Component
class GovernanceAudit implements ApplicationListener<PayloadApplicationEvent<RuleSetChanged>> {
    private final AuditChain chain;
    private final CanonicalJson json;

    GovernanceAudit(AuditChain chain, CanonicalJson json) {
        this.chain = chain;
        this.json = json;
    }

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<RuleSetChanged> event) {
        RuleSetChanged changed = event.getPayload();
        chain.append(List.of(new LogEntry(EntryKind.valueOf("RULE_SET_" + changed.action()), Instant.EPOCH, changed.actor(),
                changed.hash(), LogEntry.Facts.ruleSet(changed.version(), changed.hash()), json.write(changed))));
    }
}
