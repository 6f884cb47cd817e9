package dev.dunning.service.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.DecisionRequest;
import java.util.List;

/**
 * What the log holds for a decision: the request as received, the answer as given, and the contacts of the contact
 * ledger that the decision added to the request's contact history ({@code ledgerContacts}, left out when none), so
 * that a replay decides {@code request.withContacts(ledgerContacts)} again.
 */
record DecisionContent(Decision decision, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ContactRecord> ledgerContacts,
                       DecisionRequest request) {

    DecisionContent {
        ledgerContacts = ledgerContacts == null ? List.of() : List.copyOf(ledgerContacts);
    }
}
