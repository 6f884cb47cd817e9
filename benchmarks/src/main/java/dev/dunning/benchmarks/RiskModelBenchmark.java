package dev.dunning.benchmarks;

import dev.dunning.models.RiskModel;
import dev.dunning.models.RiskScore;
import dev.dunning.rules.request.Account;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.EscalationStep;
import dev.dunning.rules.request.OpenBill;
import dev.dunning.rules.request.PaymentRecord;
import dev.dunning.rules.request.Utility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The shipped risk model on one account with a year of monthly water bills (two paid late, the last one unpaid, one
 * open bill, two reminders): the calibrated probability alone, and the probability with its top factors (SHAP).
 * Run: {@code java -jar benchmarks/target/benchmarks.jar RiskModelBenchmark -f 1 -wi 3 -i 3}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class RiskModelBenchmark {
    private RiskModel model;
    private DecisionRequest request;

    @Setup(Level.Trial)
    public void load() {
        model = RiskModel.shipped();
        request = yearOfBills();
        System.out.printf("%n%s: %s%n", model.version(), model.score(request));
    }

    @Benchmark
    public double probability() {
        return model.probability(request);
    }

    @Benchmark
    public RiskScore score() {
        return model.score(request);
    }

    static DecisionRequest yearOfBills() {
        OffsetDateTime asOf = OffsetDateTime.parse("2026-12-20T10:00:00+08:00");
        LocalDate firstDue = LocalDate.of(2025, 12, 15);
        List<PaymentRecord> payments = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            LocalDate due = firstDue.plusMonths(month);
            int daysLate = month == 4 || month == 9 ? 21 : 0;
            boolean unpaid = month == 11;
            payments.add(new PaymentRecord(due, new BigDecimal("86.40"), unpaid ? null : new BigDecimal("86.40"),
                    unpaid ? null : due.plusDays(daysLate)));
        }
        List<ContactRecord> contacts = List.of(
                new ContactRecord(asOf.minusDays(20), Channel.SMS, EscalationStep.FIRST_REMINDER, true,
                        asOf.minusDays(20).plusMinutes(7)),
                new ContactRecord(asOf.minusDays(6), Channel.WECHAT, EscalationStep.SECOND_REMINDER, true, null));
        Account account = new Account("BJ-W-0042", Utility.WATER, "CN-BJ", CustomerType.RESIDENTIAL, null, "zh-CN", 3,
                List.of(), null, false, null, null, null, null);
        return new DecisionRequest("BJ-W-0042-2026-12-20", asOf, account, null,
                List.of(new OpenBill("W-2026-12", LocalDate.of(2026, 12, 15), new BigDecimal("91.20"))), payments,
                contacts, List.of(), null);
    }
}
