package dev.dunning.rules.contact;

import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.contact.SendTimePolicy.AutoDebitReminder;
import dev.dunning.rules.contact.SendTimePolicy.ChannelWindow;
import dev.dunning.rules.contact.SendTimePolicy.Days;
import dev.dunning.rules.contact.SendTimePolicy.LearnedHour;
import dev.dunning.rules.contact.SendTimePolicy.PreferredWeekday;
import dev.dunning.rules.request.Channel;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/** Reads the send-time policy of the pack; every section names its source. */
final class SendTimeFile {
    static final String PATH = "contact/send-time.yaml";

    private SendTimeFile() {
    }

    static SendTimePolicy read(RuleSetSource source) {
        PackField root = PackField.root(source, PATH);
        TimeRange quiet = range(sourced(root.get("quietHours")));
        PackField preferred = sourced(root.get("preferredWeekday"));
        PackField learned = sourced(root.get("learnedHour"));
        PackField autoDebit = sourced(root.get("autoDebit"));
        int minBefore = autoDebit.get("minWorkingDaysBefore").integer();
        int maxBefore = autoDebit.get("maxWorkingDaysBefore").integer();
        if (maxBefore < minBefore) {
            throw autoDebit.get("maxWorkingDaysBefore").invalid("is below minWorkingDaysBefore");
        }
        return new SendTimePolicy(
                zone(sourced(root.get("defaultZone")).get("value")),
                quiet,
                channels(root.get("channels"), quiet),
                new PreferredWeekday(preferred.get("day").enumValue(DayOfWeek.class), dayRange(preferred),
                        preferred.get("maxDaysAhead").integer()),
                new LearnedHour(learned.get("minOpens").integer(), learned.get("maxDelayHours").integer()),
                new AutoDebitReminder(minBefore, maxBefore),
                frequencyCap(sourced(root.get("frequencyCap"))));
    }

    private static FrequencyCap frequencyCap(PackField cap) {
        int contacts = cap.get("maxContacts").integer();
        int days = cap.get("days").integer();
        if (contacts < 1) {
            throw cap.get("maxContacts").invalid("must be at least 1");
        }
        if (days < 1) {
            throw cap.get("days").invalid("must be at least 1");
        }
        return new FrequencyCap(contacts, Duration.ofDays(days));
    }

    private static Map<Channel, ChannelWindow> channels(PackField field, TimeRange quiet) {
        Map<Channel, ChannelWindow> windows = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            PackField window = sourced(field.get(channel.name()));
            TimeRange hours = dayRange(window);
            if (!new Slots(quiet).opensWithin(hours)) {
                throw window.invalid("lies entirely in quiet hours");
            }
            windows.put(channel, new ChannelWindow(window.get("days").enumValue(Days.class), hours));
        }
        return windows;
    }

    /** A section without a source is an error: analysts must be able to tell where each number comes from. */
    private static PackField sourced(PackField section) {
        section.get("source").text();
        return section;
    }

    private static TimeRange range(PackField field) {
        return new TimeRange(field.get("from").time(), field.get("to").time());
    }

    private static TimeRange dayRange(PackField field) {
        TimeRange range = range(field);
        if (range.wrapsMidnight()) {
            throw field.get("to").invalid("must be after from (a window within one day)");
        }
        return range;
    }

    private static ZoneId zone(PackField field) {
        try {
            return ZoneId.of(field.text());
        } catch (DateTimeException e) {
            throw field.invalid("must be a time zone such as Asia/Shanghai");
        }
    }
}
