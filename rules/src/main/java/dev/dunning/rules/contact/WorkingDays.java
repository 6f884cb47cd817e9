package dev.dunning.rules.contact;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A working-day calendar: Monday to Friday, less the public holidays, plus the weekend days moved to working days.
 * Holidays come from the encoded years of the policy pack ({@code contact/calendar-cn.yaml}); a year that is not
 * encoded counts as plain Monday-to-Friday weeks, which {@link #isEncoded(int)} lets a caller tell.
 */
public final class WorkingDays {
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workingWeekendDays = new HashSet<>();
    private final SortedSet<Integer> encodedYears = new TreeSet<>();

    public WorkingDays(Collection<HolidayYear> years) {
        for (HolidayYear year : years) {
            encodedYears.add(year.year());
            year.holidays().forEach(h -> h.from().datesUntil(h.to().plusDays(1)).forEach(holidays::add));
            workingWeekendDays.addAll(year.workingWeekendDays());
        }
    }

    /** Plain Monday-to-Friday weeks, no holidays. */
    public static WorkingDays mondayToFriday() {
        return new WorkingDays(List.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        if (workingWeekendDays.contains(date)) {
            return true;
        }
        return !isWeekend(date) && !holidays.contains(date);
    }

    /** The date itself when it is a working day, otherwise the next working day after it. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The working day that lies {@code count} working days before {@code date} (count 1: the last working day before it). */
    public LocalDate workingDaysBefore(LocalDate date, int count) {
        LocalDate day = date;
        for (int left = count; left > 0; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Whether the year's holidays are encoded; a year that is not counts as plain Monday-to-Friday weeks. */
    public boolean isEncoded(int year) {
        return encodedYears.contains(year);
    }

    public SortedSet<Integer> encodedYears() {
        return new TreeSet<>(encodedYears);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
