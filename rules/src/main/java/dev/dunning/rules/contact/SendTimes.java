package dev.dunning.rules.contact;

import dev.dunning.rules.contact.SendTimePolicy.ChannelWindow;
import dev.dunning.rules.contact.SendTimePolicy.Days;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Plans when a message goes out: a pure, deterministic function of the request, the pack's send-time policy and its
 * working-day calendar. All times are local to the account's zone (the policy's default zone when the request has
 * none); every number comes from the policy.
 *
 * <p>A <em>slot</em> is a moment at or after the decision that lies on a day the channel may use (working days, or
 * any day), inside the channel's hours and outside quiet hours. The planner takes the first rule that finds a slot:
 * <ol>
 *   <li>{@link SendTimeReason#BEFORE_AUTO_DEBIT}: with an auto-debit date, the first slot on a working day between
 *       {@code maxWorkingDaysBefore} and {@code minWorkingDaysBefore} working days before the debit date (none once
 *       that span has passed);</li>
 *   <li>{@link SendTimeReason#LEARNED_HOUR}: with at least {@code minOpens} past opens, the first slot inside the
 *       customer's most frequent open hour (ties: the earlier hour), if it lies in the channel's hours outside quiet
 *       hours and at most {@code maxDelayHours} after the channel's first slot;</li>
 *   <li>{@link SendTimeReason#PREFERRED_WEEKDAY}: the first slot on the preferred weekday inside its hours, at most
 *       {@code maxDaysAhead} days after the decision date;</li>
 *   <li>otherwise the channel's first slot: {@link SendTimeReason#QUIET_HOURS_DEFERRED} when the decision fell in
 *       quiet hours, else {@link SendTimeReason#CHANNEL_WINDOW}.</li>
 * </ol>
 * An urgent step skips rules 1 to 3. The answer is never before the decision moment.
 */
public final class SendTimes {
    private final SendTimePolicy policy;
    private final WorkingDays calendar;
    private final Slots slots;

    public SendTimes(SendTimePolicy policy, WorkingDays calendar) {
        this.policy = policy;
        this.calendar = calendar;
        this.slots = new Slots(policy.quietHours());
    }

    public SendTime plan(SendTimeRequest request) {
        ZoneId zone = request.zone() == null ? policy.defaultZone() : request.zone();
        OffsetDateTime decided = request.decidedAt().atZoneSameInstant(zone).toOffsetDateTime();
        Plan plan = new Plan(request, zone, decided.toLocalDateTime(), policy.window(request.channel()));
        LocalDateTime first = plan.firstSlot();
        Optional<SendTime> preferred = request.urgent() ? Optional.empty()
                : plan.beforeAutoDebit().map(at -> plan.at(at, SendTimeReason.BEFORE_AUTO_DEBIT))
                        .or(() -> plan.atLearnedHour(first).map(at -> plan.at(at, SendTimeReason.LEARNED_HOUR)))
                        .or(() -> plan.onPreferredWeekday().map(at -> plan.at(at, SendTimeReason.PREFERRED_WEEKDAY)));
        SendTime chosen = preferred.orElseGet(() -> plan.at(first, plan.deferredByQuietHours(first)
                ? SendTimeReason.QUIET_HOURS_DEFERRED : SendTimeReason.CHANNEL_WINDOW));
        return chosen.sendAt().isBefore(decided) ? new SendTime(decided, chosen.reason()) : chosen;
    }

    /** One request's planning: its zone, its local decision time and its channel's window. */
    private final class Plan {
        private final SendTimeRequest request;
        private final ZoneId zone;
        private final LocalDateTime now;
        private final ChannelWindow window;
        private final Predicate<LocalDate> days;

        Plan(SendTimeRequest request, ZoneId zone, LocalDateTime now, ChannelWindow window) {
            this.request = request;
            this.zone = zone;
            this.now = now;
            this.window = window;
            this.days = window.days() == Days.WORKING_DAYS ? calendar::isWorkingDay : day -> true;
        }

        LocalDateTime firstSlot() {
            return slots.first(now, days, window.hours()).orElseThrow(() -> new IllegalStateException(
                    "The send-time policy leaves no time for channel " + request.channel()));
        }

        boolean deferredByQuietHours(LocalDateTime first) {
            return slots.isQuiet(now.toLocalTime()) && first.isAfter(now);
        }

        Optional<LocalDateTime> beforeAutoDebit() {
            if (request.autoDebitOn() == null) {
                return Optional.empty();
            }
            var reminder = policy.autoDebit();
            LocalDate from = calendar.workingDaysBefore(request.autoDebitOn(), reminder.maxWorkingDaysBefore());
            LocalDate to = calendar.workingDaysBefore(request.autoDebitOn(), reminder.minWorkingDaysBefore());
            LocalDateTime start = now.isAfter(from.atStartOfDay()) ? now : from.atStartOfDay();
            return slots.first(start, days.and(calendar::isWorkingDay), window.hours(), to);
        }

        Optional<LocalDateTime> atLearnedHour(LocalDateTime first) {
            var learned = policy.learnedHour();
            LocalDateTime latest = first.plusHours(learned.maxDelayHours());
            return OpenHours.mostFrequent(request.history(), zone, learned.minOpens()).stream().boxed()
                    .flatMap(hour -> window.hours().intersect(TimeRange.hour(hour)).stream())
                    .flatMap(hours -> slots.first(now, days, hours, latest.toLocalDate()).stream())
                    .filter(at -> !at.isAfter(latest))
                    .findFirst();
        }

        Optional<LocalDateTime> onPreferredWeekday() {
            var preferred = policy.preferredWeekday();
            return window.hours().intersect(preferred.hours()).flatMap(hours -> slots.first(now,
                    days.and(day -> day.getDayOfWeek() == preferred.day()), hours,
                    now.toLocalDate().plusDays(preferred.maxDaysAhead())));
        }

        SendTime at(LocalDateTime local, SendTimeReason reason) {
            return new SendTime(local.atZone(zone).toOffsetDateTime(), reason);
        }
    }
}
