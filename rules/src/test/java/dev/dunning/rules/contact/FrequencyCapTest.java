package dev.dunning.rules.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.DefaultPolicyPack;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.EscalationStep;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default pack's cap: at most 3 contacts in any 7 days, whatever the channel. */
class FrequencyCapTest {
    private static final FrequencyCap CAP = ContactPolicy.from(DefaultPolicyPack.SOURCE).sendTime().frequencyCap();
    private static final OffsetDateTime SEND_AT = OffsetDateTime.parse("2026-12-20T19:00+08:00");

    @Test
    void theDefaultPackAllowsThreeContactsInSevenDays() {
        assertThat(CAP).isEqualTo(new FrequencyCap(3, Duration.ofDays(7)));
    }

    @Test
    void twoContactsInTheWindowLeaveRoomForAThird() {
        assertThat(CAP.heldUntil(List.of(sent("2026-12-14T19:00+08:00", null), sent("2026-12-18T09:30+08:00", true)),
                SEND_AT)).isEmpty();
    }

    @Test
    void threeContactsInTheWindowHoldTheNextUntilTheOldestLeavesIt() {
        var history = List.of(sent("2026-12-10T10:00+08:00", true), sent("2026-12-14T19:00+08:00", true),
                sent("2026-12-16T10:00+08:00", true), sent("2026-12-18T09:30+08:00", null));

        assertThat(CAP.heldUntil(history, SEND_AT)).contains(OffsetDateTime.parse("2026-12-21T19:00+08:00"));
    }

    @Test
    void aContactExactlySevenDaysBeforeHasLeftTheWindow() {
        var history = List.of(sent("2026-12-13T19:00+08:00", true), sent("2026-12-16T10:00+08:00", true),
                sent("2026-12-18T09:30+08:00", true));

        assertThat(CAP.heldUntil(history, SEND_AT)).isEmpty();
    }

    @Test
    void undeliveredAndLaterContactsDoNotCount() {
        var history = List.of(sent("2026-12-14T19:00+08:00", false), sent("2026-12-16T10:00+08:00", true),
                sent("2026-12-18T09:30+08:00", true), sent("2026-12-21T09:30+08:00", null));

        assertThat(CAP.counted(history, SEND_AT)).hasSize(2);
        assertThat(CAP.heldUntil(history, SEND_AT)).isEmpty();
    }

    @Test
    void theNextAllowedTimeIsGivenInTheSendTimesOffset() {
        var history = List.of(sent("2026-12-14T11:00Z", true), sent("2026-12-16T10:00+08:00", true),
                sent("2026-12-18T09:30+08:00", true));

        assertThat(CAP.heldUntil(history, SEND_AT)).hasValueSatisfying(at ->
                assertThat(at).isEqualTo(OffsetDateTime.parse("2026-12-21T19:00+08:00")));
    }

    private static ContactRecord sent(String at, Boolean delivered) {
        return new ContactRecord(OffsetDateTime.parse(at), Channel.SMS, EscalationStep.FIRST_REMINDER, delivered, null);
    }
}
