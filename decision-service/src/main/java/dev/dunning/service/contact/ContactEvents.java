package dev.dunning.service.contact;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what happened to a contact, once per type. The same event sent again (same type, same time) is answered as
 * recorded; an event that contradicts the ledger is refused: the same type at another time, a failure beside a
 * delivery or an opening, or a time before the contact was decided. The contact's row is locked meanwhile, so that
 * concurrent events of one contact are checked one after the other.
 */
@Component
class ContactEvents {
    private final ContactRows rows;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MeterRegistry meters;

    ContactEvents(ContactRows rows, PlatformTransactionManager transactions, Clock clock, MeterRegistry meters) {
        this.rows = rows;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.meters = meters;
    }

    /** The contact after the event, and whether the event was recorded now ({@code false}: sent again). */
    record Recorded(ContactView contact, boolean created) {
    }

    Recorded record(String contactId, ContactEventRequest event, String recordedBy) {
        Recorded recorded = transactions.execute(status -> {
            ContactView contact = rows.find(contactId, true).orElseThrow(() -> new ContactNotFound(contactId));
            if (check(contact, event)) {
                return new Recorded(contact, false);
            }
            rows.insertEvent(contactId, event.type(), event.at(), clock.instant(), recordedBy);
            return new Recorded(rows.find(contactId, false).orElseThrow(), true);
        });
        if (recorded.created()) {
            meters.counter("dunning.contact.events", "type", event.type().name(),
                    "channel", recorded.contact().channel().name()).increment();
        }
        return recorded;
    }

    /** Whether the event is already recorded as it is; throws when the ledger contradicts it. */
    private static boolean check(ContactView contact, ContactEventRequest event) {
        if (event.at().isBefore(contact.decidedAt())) {
            throw new InvalidContactRequest("at", "is before the contact was decided (" + contact.decidedAt() + ")");
        }
        var same = contact.event(event.type());
        if (same.isPresent()) {
            if (same.get().at().isEqual(event.at())) {
                return true;
            }
            throw new ContactEventRefused(event.type() + " of contact " + contact.contactId()
                    + " is already recorded at " + same.get().at() + ", not " + event.at());
        }
        contact.events().stream().filter(e -> e.type().contradicts(event.type())).findFirst().ifPresent(e -> {
            throw new ContactEventRefused("Contact " + contact.contactId() + " is already recorded " + e.type()
                    + " at " + e.at() + ", which contradicts " + event.type());
        });
        return false;
    }
}
