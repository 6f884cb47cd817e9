package dev.dunning.datasets.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.Hardship;
import dev.dunning.rules.request.PaymentRecord;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** On 10,000 accounts the rates are those of the README, and the latent segment shows in what a model can see. */
class SegmentStoryTest {
    private static final int ACCOUNTS = 10_000;
    private static final PortfolioGenerator GENERATOR =
            new PortfolioGenerator(new PortfolioSpec(5, ACCOUNTS, PortfolioSpec.DEFAULT_AS_OF));
    private static final List<Household> HOUSEHOLDS =
            LongStream.rangeClosed(1, ACCOUNTS).mapToObj(GENERATOR::household).toList();

    @Test
    void residentialSegmentsHaveTheirDocumentedShares() {
        List<Household> residential = HOUSEHOLDS.stream().filter(Household::residential).toList();
        for (Segment segment : Segment.values()) {
            assertThat(share(residential, h -> h.segment() == segment)).as(segment.name())
                    .isCloseTo(segment.residentialShare, within(0.015));
        }
    }

    @Test
    void hardshipCodesAreRareAndMostlyInTheHardshipSegment() {
        double allowance = share(HOUSEHOLDS, h -> h.hardship().contains(Hardship.MINIMUM_LIVING_ALLOWANCE));
        assertThat(allowance).isBetween(0.015, 0.04);
        assertThat(share(HOUSEHOLDS.stream().filter(h -> h.customerType() == CustomerType.NON_RESIDENTIAL).toList(),
                h -> !h.hardship().isEmpty())).isZero();
        long inHardship = HOUSEHOLDS.stream().filter(h -> h.hardship().contains(Hardship.MINIMUM_LIVING_ALLOWANCE))
                .filter(h -> h.segment() == Segment.IN_HARDSHIP).count();
        assertThat(inHardship).isGreaterThan(HOUSEHOLDS.stream()
                .filter(h -> h.hardship().contains(Hardship.MINIMUM_LIVING_ALLOWANCE)).count() / 2);
    }

    @Test
    void lateSegmentsPayLaterOweLongerAndOpenFewerMessages() {
        Map<Segment, Stats> stats = new EnumMap<>(Segment.class);
        for (long n = 1; n <= 3_000; n++) {
            stats.computeIfAbsent(GENERATOR.household(n).segment(), s -> new Stats()).add(GENERATOR.request(n));
        }
        Stats onTime = stats.get(Segment.ON_TIME);
        Stats chronic = stats.get(Segment.CHRONICALLY_LATE);
        assertThat(onTime.lateShare()).isLessThan(0.08);
        assertThat(chronic.lateShare()).isGreaterThan(0.5);
        assertThat(stats.get(Segment.SOMETIMES_LATE).lateShare()).isBetween(onTime.lateShare(), chronic.lateShare());
        assertThat(chronic.meanDaysOverdue()).isGreaterThan(onTime.meanDaysOverdue() + 20);
        assertThat(chronic.openedShare()).isLessThan(onTime.openedShare() - 0.3);
        assertThat(stats.get(Segment.IN_HARDSHIP).partialShare()).isGreaterThan(onTime.partialShare() + 0.2);
    }

    private static double share(List<Household> households, Predicate<Household> test) {
        return households.stream().filter(test).count() / (double) households.size();
    }

    /** What a risk model sees of one segment: payments, open bills and contacts. */
    private static final class Stats {
        private long payments;
        private long late;
        private long partial;
        private long accounts;
        private long daysOverdue;
        private long delivered;
        private long opened;

        void add(DecisionRequest request) {
            for (PaymentRecord p : request.paymentHistory()) {
                payments++;
                late += p.paidOn().isAfter(p.dueDate()) ? 1 : 0;
                partial += p.amountPaid().compareTo(p.amountDue()) < 0 ? 1 : 0;
            }
            accounts++;
            daysOverdue += request.openBills().stream()
                    .mapToLong(b -> ChronoUnit.DAYS.between(b.dueDate(), request.asOf().toLocalDate())).max().orElse(0);
            for (ContactRecord c : request.contactHistory()) {
                if (Boolean.TRUE.equals(c.delivered()) && Channels.isElectronic(c.channel())) {
                    delivered++;
                    opened += c.openedAt() != null ? 1 : 0;
                }
            }
        }

        double lateShare() {
            return late / (double) payments;
        }

        double partialShare() {
            return partial / (double) payments;
        }

        double meanDaysOverdue() {
            return daysOverdue / (double) accounts;
        }

        double openedShare() {
            return opened / (double) delivered;
        }
    }
}
