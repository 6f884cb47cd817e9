package dev.dunning.rules.contact;

import dev.dunning.rules.compiler.RuleSetSource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the working-day calendar of the pack: per year its source, holiday spans and working weekend days. */
final class CalendarFile {
    static final String PATH = "contact/calendar-cn.yaml";

    private CalendarFile() {
    }

    static WorkingDays read(RuleSetSource source) {
        Set<Integer> years = new HashSet<>();
        List<HolidayYear> encoded = PackField.root(source, PATH).get("years").items().stream().map(field -> {
            HolidayYear year = year(field);
            if (!years.add(year.year())) {
                throw field.get("year").invalid("is listed twice");
            }
            return year;
        }).toList();
        return new WorkingDays(encoded);
    }

    private static HolidayYear year(PackField field) {
        int year = field.get("year").integer();
        List<HolidayYear.Holiday> holidays = field.get("holidays").items().stream().map(h -> {
            LocalDate from = dateIn(year, h.get("from"));
            LocalDate to = dateIn(year, h.get("to"));
            if (to.isBefore(from)) {
                throw h.get("to").invalid("is before from");
            }
            return new HolidayYear.Holiday(h.get("name").text(), from, to);
        }).toList();
        Set<LocalDate> workingWeekendDays = new HashSet<>();
        for (PackField day : field.get("workingWeekendDays").items()) {
            LocalDate date = dateIn(year, day);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw day.invalid("is not a Saturday or Sunday");
            }
            workingWeekendDays.add(date);
        }
        return new HolidayYear(year, field.get("source").text(), holidays, workingWeekendDays);
    }

    private static LocalDate dateIn(int year, PackField field) {
        LocalDate date = field.date();
        if (date.getYear() != year) {
            throw field.invalid("is not in " + year);
        }
        return date;
    }
}
