package dev.dunning.models.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.models.AccountHistory;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.EscalationStep;
import dev.dunning.rules.request.OpenBill;
import dev.dunning.rules.request.PaymentRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskFeaturesTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 20);

    private static PaymentRecord bill(LocalDate due, String amountDue, String amountPaid, LocalDate paidOn) {
        return new PaymentRecord(due, new BigDecimal(amountDue), amountPaid == null ? null : new BigDecimal(amountPaid),
                paidOn);
    }

    private static PaymentRecord paidLate(int monthsBack, int daysLate) {
        LocalDate due = AS_OF.minusMonths(monthsBack);
        return bill(due, "100", "100", due.plusDays(daysLate));
    }

    private static double feature(double[] features, String name) {
        return features[RiskFeatures.names().indexOf(name)];
    }

    private static double[] features(List<PaymentRecord> payments) {
        return RiskFeatures.of(AccountHistory.ofPayments(AS_OF, payments));
    }

    @Test
    void namesAreUniqueAndMatchTheVector() {
        assertThat(RiskFeatures.names()).doesNotHaveDuplicates();
        assertThat(features(List.of())).hasSize(RiskFeatures.names().size());
    }

    @Test
    void countsLatePaymentsAndTheirWorstAndMeanLateness() {
        double[] features = features(List.of(paidLate(1, 0), paidLate(2, 10), paidLate(3, 0), paidLate(4, 40),
                paidLate(5, 0), paidLate(6, 0), paidLate(7, 90)));

        assertThat(feature(features, "latePaymentsLast3")).isEqualTo(1);
        assertThat(feature(features, "latePaymentsLast6")).isEqualTo(2);
        assertThat(feature(features, "worstDaysLate")).isEqualTo(90);
        assertThat(feature(features, "meanDaysLateLast6")).isEqualTo(50.0 / 6);
        assertThat(feature(features, "daysLateBill2")).isEqualTo(10);
        assertThat(feature(features, "lateRecency")).isEqualTo(0.5);
        assertThat(feature(features, "lateTrend")).isEqualTo(10.0 / 3 - 40.0 / 3);
    }

    @Test
    void countsAnUnpaidPastDueBillAsLateUntilAsOf() {
        LocalDate due = AS_OF.minusDays(45);
        double[] features = features(List.of(bill(due, "200", null, null), paidLate(3, 0)));

        assertThat(feature(features, "daysLateBill1")).isEqualTo(45);
        assertThat(feature(features, "unpaidBills")).isEqualTo(1);
        assertThat(feature(features, "oldestArrearsDays")).isEqualTo(45);
        assertThat(feature(features, "arrearsToUsualBill")).isEqualTo(200.0 / 150);
        assertThat(feature(features, "paidRatioBill1")).isNaN();
        assertThat(feature(features, "unknownPaymentsLast6")).isEqualTo(1);
    }

    @Test
    void ignoresAPaymentMadeAfterAsOf() {
        LocalDate due = AS_OF.minusDays(10);
        double[] features = features(List.of(bill(due, "100", "100", AS_OF.plusDays(5))));

        assertThat(feature(features, "unpaidBills")).isEqualTo(1);
        assertThat(feature(features, "daysLateBill1")).isEqualTo(10);
    }

    @Test
    void measuresPaidToBilledRatios() {
        LocalDate due = AS_OF.minusMonths(1);
        double[] features = features(List.of(bill(due, "200", "50", due), bill(due.minusMonths(1), "0", "0", due),
                bill(due.minusMonths(2), "100", "500", due)));

        assertThat(feature(features, "paidRatioBill1")).isEqualTo(0.25);
        assertThat(feature(features, "paidRatioBill2")).isEqualTo(1);
        assertThat(feature(features, "paidRatioBill3")).isEqualTo(2);
        assertThat(feature(features, "minPaidRatioLast6")).isEqualTo(0.25);
        assertThat(feature(features, "fullPaymentsLast6")).isEqualTo(2);
        assertThat(feature(features, "zeroBillsLast6")).isEqualTo(1);
        assertThat(feature(features, "partialOnTimeLast6")).isEqualTo(1);
        assertThat(feature(features, "paymentToUsualBill")).isEqualTo((50 + 0 + 500) / 3.0 / 100);
    }

    @Test
    void marksAnEmptyHistoryAsMissingRatherThanAsGood() {
        double[] features = features(List.of());

        assertThat(feature(features, "historyMissing")).isEqualTo(1);
        assertThat(feature(features, "billCount")).isZero();
        assertThat(feature(features, "daysLateBill1")).isNaN();
        assertThat(feature(features, "meanPaidRatioLast6")).isNaN();
        assertThat(feature(features, "lateTrend")).isNaN();
        assertThat(feature(features, "contactHistoryMissing")).isEqualTo(1);
        assertThat(feature(features, "contactOpenedRatio")).isNaN();
    }

    @Test
    void leavesPositionsBeyondAShortHistoryMissing() {
        double[] features = features(List.of(paidLate(1, 3), paidLate(2, 0)));

        assertThat(feature(features, "daysLateBill2")).isZero();
        assertThat(feature(features, "daysLateBill3")).isNaN();
        assertThat(feature(features, "billTrend")).isNaN();
        assertThat(feature(features, "historyMissing")).isZero();
    }

    @Test
    void treatsAnOverdueOpenBillAsArrears() {
        OpenBill open = new OpenBill("B-1", AS_OF.minusDays(20), new BigDecimal("1920.00"));
        LocalDate lastYear = AS_OF.minusYears(1);
        AccountHistory history = new AccountHistory(AS_OF, List.of(bill(lastYear, "1920", "1920", lastYear)),
                List.of(open), List.of());

        double[] features = RiskFeatures.of(history);

        assertThat(feature(features, "billCount")).isEqualTo(2);
        assertThat(feature(features, "daysLateBill1")).isEqualTo(20);
        assertThat(feature(features, "arrearsToUsualBill")).isEqualTo(1);
    }

    @Test
    void measuresHowManyDeliveredRemindersWereOpened() {
        OffsetDateTime at = AS_OF.minusDays(10).atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
        List<ContactRecord> contacts = List.of(
                new ContactRecord(at, Channel.SMS, EscalationStep.FIRST_REMINDER, true, at.plusMinutes(5)),
                new ContactRecord(at, Channel.SMS, EscalationStep.FIRST_REMINDER, true, null),
                new ContactRecord(at.minusDays(200), Channel.LETTER, EscalationStep.DEMAND_NOTICE, null, null));

        double[] features = RiskFeatures.of(new AccountHistory(AS_OF, List.of(), List.of(), contacts));

        assertThat(feature(features, "contactsLast90Days")).isEqualTo(2);
        assertThat(feature(features, "contactOpenedRatio")).isEqualTo(0.5);
        assertThat(feature(features, "contactHistoryMissing")).isZero();
    }
}
