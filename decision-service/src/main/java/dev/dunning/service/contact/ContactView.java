package dev.dunning.service.contact;

import dev.dunning.rules.decision.Contact;
import dev.dunning.rules.decision.RiskBand;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.EscalationStep;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A contact of the ledger: what the decision {@code contactId} planned (step, channel, template, send time and its
 * local hour, the electronic copy), what decided it (risk band, rule-set and model version, the decision's
 * {@code asOf}) and what happened to it. It holds no message text and no name: the decision holds those.
 */
public record ContactView(String contactId, String accountId, EscalationStep step, Channel channel, String templateId,
                          OffsetDateTime sendAt, int sendHour, Contact.ElectronicCopy electronicCopy, RiskBand riskBand,
                          String ruleSetVersion, String modelVersion, OffsetDateTime decidedAt,
                          List<ContactEventView> events) {

    public ContactView {
        events = List.copyOf(events);
    }

    Optional<ContactEventView> event(ContactEventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst();
    }

    ContactView with(List<ContactEventView> recorded) {
        return new ContactView(contactId, accountId, step, channel, templateId, sendAt, sendHour, electronicCopy,
                riskBand, ruleSetVersion, modelVersion, decidedAt, recorded);
    }

    /**
     * The contact as the rules read a contact history: made at its send time, delivered when an event says it reached
     * the customer, not delivered when it failed (and nothing says otherwise), opened when it was opened.
     */
    ContactRecord asRecord() {
        Boolean delivered = events.stream().anyMatch(e -> e.type().reached()) ? Boolean.TRUE
                : event(ContactEventType.FAILED).isPresent() ? Boolean.FALSE : null;
        return new ContactRecord(sendAt, channel, step, delivered,
                event(ContactEventType.OPENED).map(ContactEventView::at).orElse(null));
    }
}
