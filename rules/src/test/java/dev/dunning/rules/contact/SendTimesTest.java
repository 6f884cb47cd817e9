package dev.dunning.rules.contact;

import static dev.dunning.rules.contact.SendTimeReason.BEFORE_AUTO_DEBIT;
import static dev.dunning.rules.contact.SendTimeReason.CHANNEL_WINDOW;
import static dev.dunning.rules.contact.SendTimeReason.LEARNED_HOUR;
import static dev.dunning.rules.contact.SendTimeReason.PREFERRED_WEEKDAY;
import static dev.dunning.rules.contact.SendTimeReason.QUIET_HOURS_DEFERRED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.DefaultPolicyPack;
import dev.dunning.rules.contact.SendTimePolicy.ChannelWindow;
import dev.dunning.rules.contact.SendTimePolicy.Days;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.EscalationStep;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The default pack's send-time policy, in Asia/Shanghai (+08:00) unless a test says otherwise. */
class SendTimesTest {
    private static final ContactPolicy PACK = ContactPolicy.from(DefaultPolicyPack.SOURCE);
    private final SendTimes sendTimes = PACK.sendTimes();

    @Nested
    class QuietHours {
        @Test
        void aDecisionLateAtNightWaitsForTheChannelsNextSlot() {
            // Thursday 22:30: the next Wednesday is six days away, beyond the preference's three.
            assertThat(plan("2025-03-13T22:30+08:00", Channel.EMAIL)).isEqualTo(at("2025-03-14T09:00+08:00", QUIET_HOURS_DEFERRED));
        }

        @Test
        void aDecisionEarlyInTheMorningWaitsUntilTheWindowOpens() {
            assertThat(plan("2025-03-14T06:00+08:00", Channel.SMS)).isEqualTo(at("2025-03-14T09:00+08:00", QUIET_HOURS_DEFERRED));
        }
    }

    @Nested
    class SmsWindow {
        @Test
        void insideTheWindowTheMessageGoesOutAtOnce() {
            assertThat(plan("2025-03-13T09:20:15+08:00", Channel.SMS)).isEqualTo(at("2025-03-13T09:20:15+08:00", CHANNEL_WINDOW));
        }

        @Test
        void afterFridaysWindowItWaitsForMonday() {
            assertThat(plan("2025-03-14T10:30+08:00", Channel.SMS)).isEqualTo(at("2025-03-17T09:00+08:00", CHANNEL_WINDOW));
        }

        @Test
        void nationalDayHolidaysAreSkipped() {
            assertThat(plan("2025-09-30T11:00+08:00", Channel.SMS)).isEqualTo(at("2025-10-09T09:00+08:00", CHANNEL_WINDOW));
        }

        @Test
        void anAdjustedWorkingSundayIsUsed() {
            assertThat(plan("2025-01-25T12:00+08:00", Channel.SMS)).isEqualTo(at("2025-01-26T09:00+08:00", CHANNEL_WINDOW));
        }

        @Test
        void springFestival2026IsSkippedAfterTheWorkingSaturdayBeforeIt() {
            assertThat(plan("2026-02-13T11:00+08:00", Channel.SMS)).isEqualTo(at("2026-02-14T09:00+08:00", CHANNEL_WINDOW));
            assertThat(plan("2026-02-14T11:00+08:00", Channel.SMS)).isEqualTo(at("2026-02-24T09:00+08:00", CHANNEL_WINDOW));
        }
    }

    @Nested
    class WeChatWindow {
        @Test
        void weChatGoesOutInTheEveningOnAnyDay() {
            assertThat(plan("2025-03-15T10:00+08:00", Channel.WECHAT)).isEqualTo(at("2025-03-15T19:00+08:00", CHANNEL_WINDOW));
            assertThat(plan("2025-10-02T20:00+08:00", Channel.WECHAT)).isEqualTo(at("2025-10-02T20:00+08:00", CHANNEL_WINDOW));
        }

        @Test
        void afterNineInTheEveningItWaitsForTheNextEvening() {
            assertThat(plan("2025-03-15T21:30+08:00", Channel.WECHAT)).isEqualTo(at("2025-03-16T19:00+08:00", QUIET_HOURS_DEFERRED));
        }
    }

    @Nested
    class LearnedHour {
        @Test
        void threeOpensAtTheSameHourSetTheTime() {
            // Opens recorded in UTC: 07:xx UTC is 15:xx in Shanghai.
            var opens = opens("2025-02-03T07:05Z", "2025-02-10T07:40Z", "2025-02-20T07:15Z", "2025-02-24T02:00Z");
            assertThat(plan("2025-03-13T08:30+08:00", Channel.EMAIL, opens)).isEqualTo(at("2025-03-13T15:00+08:00", LEARNED_HOUR));
        }

        @Test
        void twoOpensAreTooFew() {
            var opens = opens("2025-02-03T07:05Z", "2025-02-10T07:40Z");
            assertThat(plan("2025-03-13T08:30+08:00", Channel.EMAIL, opens)).isEqualTo(at("2025-03-13T09:00+08:00", CHANNEL_WINDOW));
        }

        @Test
        void anHourOutsideTheChannelsWindowIsIgnored() {
            var opens = opens("2025-02-03T13:05Z", "2025-02-10T13:40Z", "2025-02-20T13:15Z");
            assertThat(plan("2025-03-13T10:00+08:00", Channel.EMAIL, opens)).isEqualTo(at("2025-03-13T10:00+08:00", CHANNEL_WINDOW));
        }

        @Test
        void anHourInsideQuietHoursIsIgnoredEvenWhenTheWindowAllowsIt() {
            var channels = new EnumMap<>(PACK.sendTime().channels());
            channels.put(Channel.WECHAT, new ChannelWindow(Days.ANY_DAY, new TimeRange(LocalTime.of(19, 0), LocalTime.of(23, 0))));
            var p = PACK.sendTime();
            var lateWeChat = new SendTimes(new SendTimePolicy(p.defaultZone(), p.quietHours(), channels,
                    p.preferredWeekday(), p.learnedHour(), p.autoDebit(), p.frequencyCap()), PACK.calendar());
            var opens = opens("2025-02-03T22:05+08:00", "2025-02-10T22:40+08:00", "2025-02-20T22:15+08:00");

            assertThat(lateWeChat.plan(request("2025-03-13T12:00+08:00", Channel.WECHAT, opens, null, false)))
                    .isEqualTo(at("2025-03-13T19:00+08:00", CHANNEL_WINDOW));
        }

        @Test
        void anUrgentStepDoesNotWaitForTheLearnedHour() {
            var opens = opens("2025-02-03T07:05Z", "2025-02-10T07:40Z", "2025-02-20T07:15Z");
            assertThat(sendTimes.plan(request("2025-03-13T07:30+08:00", Channel.EMAIL, opens, null, true)))
                    .isEqualTo(at("2025-03-13T09:00+08:00", QUIET_HOURS_DEFERRED));
        }
    }

    @Nested
    class PreferredWeekday {
        @Test
        void aStepThatCanWaitGoesOutOnWednesdayMorning() {
            assertThat(plan("2025-03-10T14:00+08:00", Channel.EMAIL)).isEqualTo(at("2025-03-12T09:00+08:00", PREFERRED_WEEKDAY));
        }

        @Test
        void anUrgentStepDoesNotWait() {
            assertThat(sendTimes.plan(request("2025-03-10T14:00+08:00", Channel.EMAIL, List.of(), null, true)))
                    .isEqualTo(at("2025-03-10T14:00+08:00", CHANNEL_WINDOW));
        }

        @Test
        void aWednesdayMoreThanThreeDaysAwayIsNotWaitedFor() {
            assertThat(plan("2025-03-06T14:00+08:00", Channel.EMAIL)).isEqualTo(at("2025-03-06T14:00+08:00", CHANNEL_WINDOW));
        }
    }

    @Nested
    class AutoDebit {
        @Test
        void theReminderGoesOutTwoWorkingDaysBeforeTheDebit() {
            // Debit on Monday 2025-03-24: two working days before is Thursday the 20th.
            assertThat(autoDebit("2025-03-10T14:00+08:00", "2025-03-24")).isEqualTo(at("2025-03-20T09:00+08:00", BEFORE_AUTO_DEBIT));
        }

        @Test
        void workingDaysAroundNationalDayAreCountedWithTheCalendar() {
            assertThat(autoDebit("2025-09-20T14:00+08:00", "2025-10-09")).isEqualTo(at("2025-09-29T09:00+08:00", BEFORE_AUTO_DEBIT));
            assertThat(autoDebit("2025-09-30T10:30+08:00", "2025-10-09")).isEqualTo(at("2025-09-30T10:30+08:00", BEFORE_AUTO_DEBIT));
        }

        @Test
        void onceTheSpanHasPassedTheUsualRulesApply() {
            assertThat(autoDebit("2025-10-09T07:30+08:00", "2025-10-09")).isEqualTo(at("2025-10-09T09:00+08:00", QUIET_HOURS_DEFERRED));
        }

        private SendTime autoDebit(String decidedAt, String debitOn) {
            return sendTimes.plan(request(decidedAt, Channel.EMAIL, List.of(), LocalDate.parse(debitOn), false));
        }
    }

    @Nested
    class Zones {
        @Test
        void theAccountsZoneSetsTheWindowsAndTheAnswersOffset() {
            // 10:30 in Shanghai is 03:30 in Berlin (UTC+1 in March): quiet hours there until the SMS window at 09:00.
            var request = new SendTimeRequest(OffsetDateTime.parse("2025-03-14T10:30+08:00"), ZoneId.of("Europe/Berlin"),
                    Channel.SMS, List.of(), null, false);
            assertThat(sendTimes.plan(request)).isEqualTo(at("2025-03-14T09:00+01:00", QUIET_HOURS_DEFERRED));
        }

        @Test
        void withoutAZoneTheAnswerIsInShanghaiTime() {
            assertThat(plan("2025-03-14T01:30Z", Channel.SMS)).isEqualTo(at("2025-03-14T09:30+08:00", CHANNEL_WINDOW));
        }
    }

    @Test
    void neverEarlierThanTheDecision() {
        var opens = opens("2025-02-03T07:05Z", "2025-02-10T07:40Z", "2025-02-20T07:15Z");
        var start = OffsetDateTime.parse("2025-09-24T00:17+08:00");
        IntStream.range(0, 24 * 21).mapToObj(hours -> start.plusHours(hours)).forEach(decidedAt -> {
            for (Channel channel : Channel.values()) {
                for (boolean urgent : new boolean[] {true, false}) {
                    var request = new SendTimeRequest(decidedAt, null, channel, opens, LocalDate.parse("2025-10-09"), urgent);
                    assertThat(sendTimes.plan(request).sendAt()).as("%s %s", decidedAt, channel).isAfterOrEqualTo(decidedAt);
                }
            }
        });
    }

    private SendTime plan(String decidedAt, Channel channel) {
        return plan(decidedAt, channel, List.of());
    }

    private SendTime plan(String decidedAt, Channel channel, List<ContactRecord> history) {
        return sendTimes.plan(request(decidedAt, channel, history, null, false));
    }

    private static SendTimeRequest request(String decidedAt, Channel channel, List<ContactRecord> history,
            LocalDate autoDebitOn, boolean urgent) {
        return new SendTimeRequest(OffsetDateTime.parse(decidedAt), null, channel, history, autoDebitOn, urgent);
    }

    private static SendTime at(String sendAt, SendTimeReason reason) {
        return new SendTime(OffsetDateTime.parse(sendAt), reason);
    }

    private static List<ContactRecord> opens(String... openedAt) {
        return Arrays.stream(openedAt).map(OffsetDateTime::parse).map(opened -> new ContactRecord(
                opened.minusHours(1), Channel.EMAIL, EscalationStep.FIRST_REMINDER, true, opened)).toList();
    }
}
