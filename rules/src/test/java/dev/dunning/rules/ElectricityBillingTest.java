package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.facts.ElectricityBilling;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The calendar arithmetic and prices behind the electricity rules. */
class ElectricityBillingTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    @Test
    void theMonthIsThePeriodStartsElseTheAsOfDates() {
        assertThat(ElectricityBilling.month(d("2026-08-01"), d("2026-11-20"))).isEqualTo(8);
        assertThat(ElectricityBilling.month(null, d("2026-11-20"))).isEqualTo(11);
    }

    @Test
    void monthRangesAreInclusiveAndMayRunOverTheNewYear() {
        LocalDate asOf = d("2026-11-20");
        assertThat(ElectricityBilling.monthWithin(d("2026-07-01"), asOf, n("7"), n("9"))).isTrue();
        assertThat(ElectricityBilling.monthWithin(d("2026-09-30"), asOf, n("7"), n("9"))).isTrue();
        assertThat(ElectricityBilling.monthWithin(d("2026-06-30"), asOf, n("7"), n("9"))).isFalse();
        assertThat(ElectricityBilling.monthWithin(d("2026-10-01"), asOf, n("7"), n("9"))).isFalse();
        assertThat(ElectricityBilling.monthWithin(d("2027-01-15"), asOf, n("11"), n("2"))).isTrue();
        assertThat(ElectricityBilling.monthWithin(d("2027-03-15"), asOf, n("11"), n("2"))).isFalse();
    }

    @Test
    void aPeriodCountsWholeMonthsWithHalfAMonthOrMoreCountingAsOne() {
        assertThat(ElectricityBilling.months(d("2026-07-01"), d("2026-07-31"))).isEqualTo(1);
        assertThat(ElectricityBilling.months(d("2026-02-01"), d("2026-02-28"))).isEqualTo(1);
        assertThat(ElectricityBilling.months(d("2026-07-01"), d("2026-07-14"))).isEqualTo(1);
        assertThat(ElectricityBilling.months(d("2026-07-01"), d("2026-08-14"))).isEqualTo(1);
        assertThat(ElectricityBilling.months(d("2026-07-01"), d("2026-08-16"))).isEqualTo(2);
        assertThat(ElectricityBilling.months(d("2026-06-18"), d("2026-08-15"))).isEqualTo(2);
        assertThat(ElectricityBilling.months(d("2026-06-18"), d("2026-08-17"))).isEqualTo(2);
        assertThat(ElectricityBilling.months(d("2026-09-01"), d("2026-10-31"))).isEqualTo(2);
        assertThat(ElectricityBilling.months(d("2026-01-01"), d("2026-12-31"))).isEqualTo(12);
    }

    @Test
    void aPeriodWithoutDatesOrBackwardsCountsOneMonth() {
        assertThat(ElectricityBilling.months(null, d("2026-07-31"))).isEqualTo(1);
        assertThat(ElectricityBilling.months(d("2026-07-01"), null)).isEqualTo(1);
        assertThat(ElectricityBilling.months(d("2026-07-31"), d("2026-07-01"))).isEqualTo(1);
    }

    @Test
    void theAllowanceIsPerMonthAndNeverMoreThanTheBilledQuantity() {
        assertThat(ElectricityBilling.allowance(n("10"), d("2026-09-01"), d("2026-10-31"), n("300"))).isEqualByComparingTo("20");
        assertThat(ElectricityBilling.allowance(n("15"), d("2026-10-01"), d("2026-10-31"), n("6"))).isEqualByComparingTo("6");
    }

    @Test
    void theAveragePriceWeighsPeakAndValleyByTheirKwh() {
        assertThat(ElectricityBilling.averagePrice(n("300"), n("0.568"), n("200"), n("0.288"))).isEqualByComparingTo("0.4560");
        assertThat(ElectricityBilling.averagePrice(n("100"), n("0.568"), n("200"), n("0.288"))).isEqualByComparingTo("0.3813");
        assertThat(ElectricityBilling.averagePrice(n("0"), n("0.568"), n("0"), n("0.288"))).isEqualByComparingTo("0");
    }
}
