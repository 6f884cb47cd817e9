package dev.dunning.datasets.portfolio;

import dev.dunning.rules.request.Account;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ChannelStatus;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.OpenBill;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A seeded synthetic portfolio: decision requests the default policy pack can decide, one account at a time. Each
 * account draws from its own generator, seeded from the portfolio seed and the account's number, so the stream needs
 * constant memory, can run in parallel, and the same spec always gives the same requests. The story behind the
 * numbers is in {@code datasets/README.md}. The data is synthetic: no request describes a real customer.
 */
public final class PortfolioGenerator {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private final PortfolioSpec spec;

    public PortfolioGenerator(PortfolioSpec spec) {
        this.spec = spec;
    }

    /** The portfolio's requests, account 1 first; a sequential stream of {@code spec.accounts()} requests. */
    public Stream<DecisionRequest> requests() {
        return LongStream.rangeClosed(1, spec.accounts()).mapToObj(this::request);
    }

    /** The request of account {@code number} (1-based), the same whatever else is generated. */
    public DecisionRequest request(long number) {
        Draw draw = draw(number);
        return request(Households.draw(draw, number), draw);
    }

    /** The latent household behind account {@code number}, which a billing system would not know. */
    Household household(long number) {
        return Households.draw(draw(number), number);
    }

    private Draw draw(long number) {
        return new Draw(new SplittableRandom(spec.seed() * GOLDEN_GAMMA + number));
    }

    /** An auto-debit account is debited on the due date of its next bill not yet due, if it has one. */
    private static LocalDate debitOn(Household household, Ledger ledger, LocalDate today) {
        return !household.autoDebit() ? null : ledger.openBills().stream().map(OpenBill::dueDate)
                .filter(due -> !due.isBefore(today)).min(Comparator.naturalOrder()).orElse(null);
    }

    private DecisionRequest request(Household household, Draw draw) {
        LocalDate today = spec.today();
        LocalDate historyStart = today.minusMonths(household.historyMonths());
        Meter meter = Meter.of(household, draw);
        List<Bill> bills = meter.bills(today, historyStart);
        Ledger ledger = Ledger.draw(household, draw, bills, today, historyStart);
        Map<Channel, ChannelStatus> channels = Channels.draw(household, draw);
        var contacts = new ContactHistory(household, draw, channels, spec).draw(ledger);
        Account account = new Account(household.accountId(), household.utility(), household.region(),
                household.customerType(), household.name(), household.locale(), household.size(), household.hardship(),
                channels, household.autoDebit(), household.pricedAsResidential(), null, debitOn(household, ledger, today),
                null);
        return new DecisionRequest(household.accountId() + "-" + today, spec.asOf(), account, meter.usage(bills),
                ledger.openBills(), ledger.paymentHistory(), contacts, List.of(), null);
    }
}
