package dev.dunning.rules.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Finds the first local time at or after a start that lies on an allowed day, inside given hours and outside quiet hours. */
final class Slots {
    /** A technical bound on the search, not a policy: any sane window has a slot within a year. */
    private static final int SEARCH_DAYS = 366;

    private final TimeRange quietHours;

    Slots(TimeRange quietHours) {
        this.quietHours = quietHours;
    }

    Optional<LocalDateTime> first(LocalDateTime notBefore, Predicate<LocalDate> days, TimeRange hours) {
        return first(notBefore, days, hours, notBefore.toLocalDate().plusDays(SEARCH_DAYS));
    }

    /** The first slot on a day up to {@code lastDay} (included); {@code hours} must not wrap midnight. */
    Optional<LocalDateTime> first(LocalDateTime notBefore, Predicate<LocalDate> days, TimeRange hours, LocalDate lastDay) {
        for (LocalDate day = notBefore.toLocalDate(); !day.isAfter(lastDay); day = day.plusDays(1)) {
            LocalTime earliest = day.equals(notBefore.toLocalDate()) ? notBefore.toLocalTime() : LocalTime.MIN;
            Optional<LocalTime> time = days.test(day) ? firstTime(earliest, hours) : Optional.empty();
            if (time.isPresent()) {
                return Optional.of(day.atTime(time.get()));
            }
        }
        return Optional.empty();
    }

    /** The open times inside {@code hours} begin at its start or where quiet hours end: the first is one of these. */
    private Optional<LocalTime> firstTime(LocalTime earliest, TimeRange hours) {
        LocalTime start = hours.from().isAfter(earliest) ? hours.from() : earliest;
        return Stream.of(start, quietHours.to())
                .filter(t -> !t.isBefore(start) && hours.contains(t) && !quietHours.contains(t))
                .min(LocalTime::compareTo);
    }

    /** Whether any time of {@code hours} lies outside quiet hours. */
    boolean opensWithin(TimeRange hours) {
        return firstTime(LocalTime.MIN, hours).isPresent();
    }

    boolean isQuiet(LocalTime time) {
        return quietHours.contains(time);
    }
}
