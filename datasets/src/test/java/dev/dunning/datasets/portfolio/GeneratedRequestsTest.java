package dev.dunning.datasets.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.OpenBill;
import dev.dunning.rules.request.PaymentRecord;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Invariants every generated request keeps, checked on 3,000 accounts. */
class GeneratedRequestsTest {
    private static final PortfolioSpec SPEC = new PortfolioSpec(11, 3_000, PortfolioSpec.DEFAULT_AS_OF);
    private static final List<DecisionRequest> REQUESTS = new PortfolioGenerator(SPEC).requests().toList();
    private static final LocalDate TODAY = SPEC.today();
    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void everyRequestPassesBeanValidation() {
        Validator validator = VALIDATION.getValidator();
        assertThat(REQUESTS).allSatisfy(r -> assertThat(validator.validate(r)).as(r.requestId()).isEmpty());
    }

    @Test
    void mostAccountsOweBillsDueAtMostFifteenDaysAfterToday() {
        assertThat(REQUESTS).allSatisfy(r -> assertThat(r.openBills())
                .allSatisfy(b -> assertThat(b.dueDate()).isBeforeOrEqualTo(TODAY.plusDays(15))));
        assertThat(REQUESTS.stream().filter(r -> !r.openBills().isEmpty()).count()).isBetween(2_100L, 2_700L);
    }

    @Test
    void mostOldestOpenBillsAreUpTo120DaysOverdueAndSomeAreNotDueYet() {
        List<Long> overdue = REQUESTS.stream().filter(r -> !r.openBills().isEmpty())
                .map(r -> TODAY.toEpochDay() - r.openBills().stream()
                .map(OpenBill::dueDate).min(LocalDate::compareTo).orElseThrow().toEpochDay()).toList();
        assertThat(overdue.stream().filter(d -> d >= 0 && d <= 120).count()).isGreaterThan(overdue.size() * 7L / 10);
        assertThat(overdue.stream().filter(d -> d < 0).count()).isGreaterThan(overdue.size() / 20L);
    }

    @Test
    void paymentsWereMadeBeforeTodayAtMostTenDaysBeforeTheirDueDate() {
        assertThat(payments()).allSatisfy(p -> {
            assertThat(p.paidOn()).isBefore(TODAY).isAfterOrEqualTo(p.dueDate().minusDays(10));
            assertThat(p.dueDate()).isAfterOrEqualTo(TODAY.minusMonths(24));
        });
    }

    @Test
    void moneyIsNeverNegativeAndHasTwoDecimals() {
        Stream<BigDecimal> amounts = Stream.concat(
                REQUESTS.stream().flatMap(r -> r.openBills().stream()).map(OpenBill::principal),
                payments().stream().flatMap(p -> Stream.of(p.amountDue(), p.amountPaid())));
        assertThat(amounts).allSatisfy(a -> {
            assertThat(a.signum()).isNotNegative();
            assertThat(a.scale()).isEqualTo(2);
        });
    }

    @Test
    void contactsWereMadeBeforeAsOfAndOnlyDeliveredOnesWereOpenedAfterSending() {
        List<ContactRecord> contacts = REQUESTS.stream().flatMap(r -> r.contactHistory().stream()).toList();
        assertThat(contacts).isNotEmpty().allSatisfy(c -> {
            assertThat(c.at()).isBefore(SPEC.asOf());
            assertThat(c.at().getOffset()).isEqualTo(SPEC.asOf().getOffset());
            if (c.openedAt() != null) {
                assertThat(c.delivered()).isTrue();
                assertThat(c.openedAt()).isAfter(c.at()).isBeforeOrEqualTo(SPEC.asOf());
            }
        });
        assertThat(contacts.stream().filter(c -> c.openedAt() != null).map(c -> c.openedAt().getHour()).distinct().count())
                .as("hours contacts are opened at").isGreaterThan(12);
    }

    private static List<PaymentRecord> payments() {
        return REQUESTS.stream().flatMap(r -> r.paymentHistory().stream()).toList();
    }
}
