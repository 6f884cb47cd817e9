package dev.dunning.service.contact;

import dev.dunning.rules.decision.Decision;
import dev.dunning.service.audit.DecisionsLogged;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records the contact each newly logged decision plans, in the transaction that logs the decision: a decision is
 * answered only with its contact in the ledger, and a contact is never in the ledger without its logged decision.
 * Counts them ({@code dunning.contacts.planned}) once committed.
 */
@Component
class PlannedContacts implements DecisionsLogged {
    private final ContactRows rows;
    private final MeterRegistry meters;

    PlannedContacts(ContactRows rows, MeterRegistry meters) {
        this.rows = rows;
        this.meters = meters;
    }

    @Override
    public void logged(List<Decision> decisions) {
        List<Decision> planned = decisions.stream().filter(d -> d.contact() != null && d.contact().send()).toList();
        if (planned.isEmpty()) {
            return;
        }
        rows.insert(planned);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count(planned);
                }
            });
        } else {
            count(planned);
        }
    }

    private void count(List<Decision> planned) {
        planned.forEach(d -> meters.counter("dunning.contacts.planned", "channel", d.contact().channel().name(),
                "step", d.escalation().step().name(), "template", d.contact().templateId()).increment());
    }
}
