package dev.dunning.rules.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One year of the State Council's holiday notice: the public holidays (放假, each a span of days) and the weekend days
 * moved to working days (调休上班), with the notice that published them.
 */
public record HolidayYear(int year, String source, List<Holiday> holidays, Set<LocalDate> workingWeekendDays) {

    public HolidayYear {
        holidays = List.copyOf(holidays);
        workingWeekendDays = Set.copyOf(workingWeekendDays);
    }

    /** A public holiday from its first to its last day off, both included. */
    public record Holiday(String name, LocalDate from, LocalDate to) {
    }
}
