package dev.dunning.rules.contact;

import java.time.LocalTime;
import java.util.Optional;

/**
 * Local times of day from {@code from} (included) to {@code to} (excluded). A range whose end is not after its start
 * wraps midnight, as quiet hours 21:00-08:00 do.
 */
public record TimeRange(LocalTime from, LocalTime to) {

    /** The clock hour {@code hour}:00 to the next hour (the last hour of the day ends at its last instant). */
    static TimeRange hour(int hour) {
        return new TimeRange(LocalTime.of(hour, 0), hour == 23 ? LocalTime.MAX : LocalTime.of(hour + 1, 0));
    }

    public boolean wrapsMidnight() {
        return !to.isAfter(from);
    }

    public boolean contains(LocalTime time) {
        boolean afterStart = !time.isBefore(from);
        boolean beforeEnd = time.isBefore(to);
        return wrapsMidnight() ? afterStart || beforeEnd : afterStart && beforeEnd;
    }

    /** The times both ranges hold, for two ranges inside one day; empty when they do not meet. */
    Optional<TimeRange> intersect(TimeRange other) {
        LocalTime start = from.isAfter(other.from) ? from : other.from;
        LocalTime end = to.isBefore(other.to) ? to : other.to;
        return start.isBefore(end) ? Optional.of(new TimeRange(start, end)) : Optional.empty();
    }
}
