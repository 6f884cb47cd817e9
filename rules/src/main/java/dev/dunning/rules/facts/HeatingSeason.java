package dev.dunning.rules.facts;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/** A heating season that starts on {@code start} and ends on {@code end} of the next year, both days included. */
public record HeatingSeason(String region, MonthDay start, MonthDay end) {

    public static HeatingSeason of(String region, String start, String end) {
        return new HeatingSeason(region, MonthDay.parse("--" + start), MonthDay.parse("--" + end));
    }

    /** The season that contains {@code date}, or the one that starts after it. */
    public boolean covers(LocalDate date) {
        LocalDate first = startFor(date);
        return !date.isBefore(first) && !date.isAfter(end.atYear(first.getYear() + 1));
    }

    /** Days in the season that {@code date} belongs to (or the next one when {@code date} is between seasons). */
    public long days(LocalDate date) {
        LocalDate first = startFor(date);
        return ChronoUnit.DAYS.between(first, end.atYear(first.getYear() + 1)) + 1;
    }

    private LocalDate startFor(LocalDate date) {
        LocalDate thisYear = start.atYear(date.getYear());
        boolean inSpringPart = !date.isAfter(end.atYear(date.getYear()));
        return inSpringPart ? start.atYear(date.getYear() - 1) : thisYear;
    }
}
