package dev.dunning.rules;

import dev.dunning.rules.request.Account;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.Dispute;
import dev.dunning.rules.request.EscalationStep;
import dev.dunning.rules.request.Hardship;
import dev.dunning.rules.request.Instalment;
import dev.dunning.rules.request.OpenBill;
import dev.dunning.rules.request.PaymentPlan;
import dev.dunning.rules.request.Utility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random accounts and histories for the invariant tests: any utility, place, hardship and contact history. */
final class GeneratedAccounts {
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final List<String> REGIONS = List.of("CN-BJ", "CN-BJ-Haidian", "CN-ZJ", "CN-SC", "CN-SH", "CN-TJ",
            "CN-SD-Jinan", "CN-SD-Qingdao", "CN-SD-Linyi", "CN-SD-Heze", "CN-SD-Weifang", "CN-HA-Luoyang", "CN-HL-Harbin");

    private GeneratedAccounts() {
    }

    static Arbitrary<DecisionRequest> requests() {
        Arbitrary<LocalDate> today = Arbitraries.integers().between(0, 700).map(FIRST_DAY::plusDays);
        return today.flatMap(day -> Combinators.combine(accounts(day), bills(day), contacts(day),
                disputes(day), plans(day)).as((account, bills, contacts, disputes, plan) ->
                new DecisionRequest("generated", day.atTime(10, 0).atOffset(CHINA), account, null, bills, List.of(),
                        contacts, disputes, plan)));
    }

    private static Arbitrary<Account> accounts(LocalDate today) {
        Arbitrary<List<Hardship>> hardship = Arbitraries.of(Hardship.class).list().ofMaxSize(2).uniqueElements()
                .injectDuplicates(0).edgeCases(e -> e.add(List.of()));
        Arbitrary<LocalDate> cut = Arbitraries.integers().between(0, 200).map(today::minusDays).injectNull(0.7);
        return Combinators.combine(Arbitraries.of(Utility.class), Arbitraries.of(REGIONS),
                Arbitraries.of(CustomerType.class), hardship, cut).as((utility, region, type, hardships, cutOn) ->
                new Account("G-1", utility, region, type, null, "zh-CN", 3, hardships, Map.of(), false, false, cutOn, null, null));
    }

    private static Arbitrary<List<OpenBill>> bills(LocalDate today) {
        Arbitrary<OpenBill> bill = Combinators.combine(Arbitraries.integers().between(-10, 500),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("5000.00")).ofScale(2))
                .as((daysAgo, principal) -> new OpenBill("B-" + daysAgo, today.minusDays(daysAgo), principal));
        return bill.list().ofMaxSize(3).uniqueElements(OpenBill::id);
    }

    private static Arbitrary<List<ContactRecord>> contacts(LocalDate today) {
        Arbitrary<ContactRecord> contact = Combinators.combine(Arbitraries.integers().between(0, 520),
                Arbitraries.of(EscalationStep.class), Arbitraries.of(true, true, true, false))
                .as((daysAgo, step, delivered) -> new ContactRecord(today.minusDays(daysAgo).atTime(9, 30).atOffset(CHINA),
                        Channel.LETTER, step, delivered, null));
        return contact.list().ofMaxSize(6);
    }

    private static Arbitrary<List<Dispute>> disputes(LocalDate today) {
        Arbitrary<Dispute> dispute = Combinators.combine(Arbitraries.integers().between(0, 30),
                Arbitraries.of(true, false)).as((daysAgo, answered) -> new Dispute("D-1", null,
                today.minusDays(daysAgo), answered ? today : null));
        return dispute.list().ofMaxSize(1);
    }

    private static Arbitrary<PaymentPlan> plans(LocalDate today) {
        return Combinators.combine(Arbitraries.integers().between(-30, 30), Arbitraries.of(true, false))
                .as((dueIn, paid) -> new PaymentPlan(today.minusDays(60), List.of(new Instalment(today.plusDays(dueIn),
                        new BigDecimal("50.00"), paid ? new BigDecimal("50.00") : null, null))))
                .injectNull(0.7);
    }
}
