package dev.dunning.rules.contact;

import dev.dunning.rules.request.Channel;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Map;

/** The send-time policy of a pack ({@code contact/send-time.yaml}); {@link SendTimes} explains how it is applied. */
public record SendTimePolicy(
        ZoneId defaultZone,
        TimeRange quietHours,
        Map<Channel, ChannelWindow> channels,
        PreferredWeekday preferredWeekday,
        LearnedHour learnedHour,
        AutoDebitReminder autoDebit,
        FrequencyCap frequencyCap) {

    public SendTimePolicy {
        channels = Map.copyOf(channels);
    }

    public ChannelWindow window(Channel channel) {
        ChannelWindow window = channels.get(channel);
        if (window == null) {
            throw new IllegalArgumentException("The send-time policy has no window for channel " + channel);
        }
        return window;
    }

    /** Which days a channel may be used on. */
    public enum Days {
        WORKING_DAYS, ANY_DAY
    }

    /** The days and hours of day a channel may be used. */
    public record ChannelWindow(Days days, TimeRange hours) {
    }

    /** A weekday and hours preferred for a step that is not urgent, when at most {@code maxDaysAhead} days away. */
    public record PreferredWeekday(DayOfWeek day, TimeRange hours, int maxDaysAhead) {
    }

    /** The customer's own open hour, learned from at least {@code minOpens} opens, at most {@code maxDelayHours} late. */
    public record LearnedHour(int minOpens, int maxDelayHours) {
    }

    /** Auto-debit reminders go out between these many working days before the debit date. */
    public record AutoDebitReminder(int minWorkingDaysBefore, int maxWorkingDaysBefore) {
    }
}
