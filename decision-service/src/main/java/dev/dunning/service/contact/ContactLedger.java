package dev.dunning.service.contact;

import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.DecisionRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The contacts the service planned and what happened to them: the planned contacts are recorded with their decisions
 * ({@link PlannedContacts}), their events come from billing systems ({@code POST /api/v1/contacts/{id}/events}).
 */
@Component
public class ContactLedger {
    private final ContactRows rows;

    ContactLedger(ContactRows rows) {
        this.rows = rows;
    }

    /**
     * The account's recorded contacts, planned by decisions as of the request's {@code asOf} or earlier, that the
     * request's contact history does not already list: a contact the request lists through the same channel, for the
     * same step, at the same instant is the same contact. A decision dated back does not see what was planned after.
     */
    public List<ContactRecord> missingFrom(DecisionRequest request) {
        return rows.byAccount(request.account().id()).reversed().stream()
                .filter(view -> !view.decidedAt().isAfter(request.asOf())).map(ContactView::asRecord)
                .filter(recorded -> request.contactHistory().stream().noneMatch(listed -> same(listed, recorded)))
                .toList();
    }

    Optional<ContactView> find(String contactId) {
        return rows.find(contactId, false);
    }

    List<ContactView> byAccount(String accountId) {
        return rows.byAccount(accountId);
    }

    private static boolean same(ContactRecord listed, ContactRecord recorded) {
        return listed.channel() == recorded.channel() && listed.step() == recorded.step()
                && listed.at().isEqual(recorded.at());
    }
}
