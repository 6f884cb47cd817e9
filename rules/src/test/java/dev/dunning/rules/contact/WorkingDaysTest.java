package dev.dunning.rules.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.DefaultPolicyPack;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    private final WorkingDays calendar = ContactPolicy.from(DefaultPolicyPack.SOURCE).calendar();

    @Test
    void springFestival2025MovesSundayTheTwentySixthToAWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-26"))).isTrue();
        assertThat(LocalDate.parse("2025-01-28").datesUntil(LocalDate.parse("2025-02-05")))
                .noneMatch(calendar::isWorkingDay);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-02-08"))).isTrue();
    }

    @Test
    void nationalDay2025IsEightDaysOffWithTwoWorkingWeekendDays() {
        assertThat(LocalDate.parse("2025-10-01").datesUntil(LocalDate.parse("2025-10-09")))
                .noneMatch(calendar::isWorkingDay);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-09-28"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-11"))).isTrue();
        assertThat(calendar.onOrAfter(LocalDate.parse("2025-10-01"))).isEqualTo("2025-10-09");
    }

    @Test
    void springFestival2026RunsFromTheFifteenthToTheTwentyThird() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
        assertThat(LocalDate.parse("2026-02-15").datesUntil(LocalDate.parse("2026-02-24")))
                .noneMatch(calendar::isWorkingDay);
        assertThat(calendar.onOrAfter(LocalDate.parse("2026-02-15"))).isEqualTo("2026-02-24");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
    }

    @Test
    void ordinaryWeeksAndTheWorkingDayBeforeADate() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-03-12"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-03-15"))).isFalse();
        assertThat(calendar.onOrAfter(LocalDate.parse("2025-03-15"))).isEqualTo("2025-03-17");
        assertThat(calendar.onOrAfter(LocalDate.parse("2025-03-17"))).isEqualTo("2025-03-17");
        assertThat(calendar.workingDaysBefore(LocalDate.parse("2025-10-09"), 1)).isEqualTo("2025-09-30");
        assertThat(calendar.workingDaysBefore(LocalDate.parse("2025-03-17"), 2)).isEqualTo("2025-03-13");
    }

    @Test
    void year2027IsNotEncodedAndCountsAsPlainMondayToFridayWeeks() {
        assertThat(calendar.encodedYears()).containsExactly(2025, 2026);
        assertThat(calendar.isEncoded(2027)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).as("a Friday, its holiday not encoded").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-02"))).isFalse();
    }
}
