package dev.dunning.service.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.decision.RiskBand;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.EscalationStep;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contact of the ledger read as the rules read a contact history, and which events contradict each other. */
class ContactViewTest {
    private static final OffsetDateTime SEND_AT = OffsetDateTime.parse("2026-12-20T19:00:00+08:00");

    @Test
    void aContactWithoutEventsWasMadeButItsDeliveryIsUnknown() {
        assertThat(contact().asRecord()).isEqualTo(new ContactRecord(SEND_AT, Channel.WECHAT,
                EscalationStep.SECOND_REMINDER, null, null));
    }

    @Test
    void anOpenedContactWasDeliveredAndOpenedAtItsOpeningTime() {
        OffsetDateTime opened = SEND_AT.plusMinutes(30);
        ContactRecord record = contact(event(ContactEventType.OPENED, opened)).asRecord();
        assertThat(record.delivered()).isTrue();
        assertThat(record.openedAt()).isEqualTo(opened);
    }

    @Test
    void aPaidContactCountsAsDeliveredEvenBesideAFailure() {
        assertThat(contact(event(ContactEventType.FAILED, SEND_AT), event(ContactEventType.PAID, SEND_AT.plusDays(1)))
                .asRecord().delivered()).isTrue();
    }

    @Test
    void aFailedContactWasNotDelivered() {
        assertThat(contact(event(ContactEventType.FAILED, SEND_AT)).asRecord().delivered()).isFalse();
    }

    @Test
    void aFailureContradictsADeliveryAndAnOpeningButNotAPayment() {
        assertThat(ContactEventType.FAILED.contradicts(ContactEventType.DELIVERED)).isTrue();
        assertThat(ContactEventType.OPENED.contradicts(ContactEventType.FAILED)).isTrue();
        assertThat(ContactEventType.FAILED.contradicts(ContactEventType.PAID)).isFalse();
        assertThat(ContactEventType.DELIVERED.contradicts(ContactEventType.OPENED)).isFalse();
    }

    private static ContactEventView event(ContactEventType type, OffsetDateTime at) {
        return new ContactEventView(type, at, at.plusMinutes(1), "billing");
    }

    private static ContactView contact(ContactEventView... events) {
        return new ContactView("c-1", "BJ-0001", EscalationStep.SECOND_REMINDER, Channel.WECHAT,
                "second-reminder.residential.gentle", SEND_AT, 19, null, RiskBand.MEDIUM, "2026.11-default",
                "risk-1", SEND_AT.minusHours(9), List.of(events));
    }
}
