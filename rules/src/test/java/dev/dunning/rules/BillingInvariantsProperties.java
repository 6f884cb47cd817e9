package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.decision.BillComponent;
import dev.dunning.rules.decision.BillLine;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.Money;
import dev.dunning.rules.decision.PriceComponent;
import dev.dunning.rules.facts.Tier;
import dev.dunning.rules.facts.TieredTariff;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.request.Account;
import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.TimeOfUse;
import dev.dunning.rules.request.Unit;
import dev.dunning.rules.request.Usage;
import dev.dunning.rules.request.Utility;
import dev.dunning.rules.request.WaterSupply;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Tier splits sum to the billed quantity, and itemised lines to their components, for any tariff and any usage. */
class BillingInvariantsProperties {
    private static final DecisionPipeline PIPELINE = new DecisionPipeline(ZoneId.of("Asia/Shanghai"));

    @Provide
    Arbitrary<BigDecimal> quantities() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("9000")).ofScale(3)
                .edgeCases(e -> e.add(new BigDecimal("180"), new BigDecimal("260"), new BigDecimal("2760")));
    }

    @Provide
    Arbitrary<TieredTariff> tariffs() {
        Arbitrary<BigDecimal> step = Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("3000")).ofScale(0);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("10")).ofScale(4);
        return Combinators.combine(step.list().ofMinSize(1).ofMaxSize(3), price.list().ofSize(4), Arbitraries.of(true, false))
                .as(GeneratedTariff::of);
    }

    @Property(tries = 2000)
    void tierLinesSumToTheBilledQuantity(@ForAll("tariffs") TieredTariff tariff, @ForAll("quantities") BigDecimal before,
                                         @ForAll("quantities") BigDecimal quantity) {
        List<BillLine> lines = tariff.lines(before, quantity);
        assertThat(lines.stream().map(BillLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(quantity);
        assertThat(lines).extracting(BillLine::tier).isSorted();
        lines.forEach(line -> assertThat(line.amount()).isEqualTo(itemised(line)));
    }

    @Property(tries = 1000)
    void beijingWaterAndZhejiangElectricityBillsSplitTheirWholeQuantity(@ForAll("quantities") BigDecimal yearToDate,
            @ForAll("quantities") BigDecimal quantity, @ForAll boolean water, @ForAll boolean timeOfUse,
            @ForAll @IntRange(min = 1, max = 9) int householdSize) {
        Usage usage = water ? new Usage(null, null, quantity, Unit.M3, yearToDate, WaterSupply.TAP, null, null)
                : new Usage(null, null, timeOfUse ? null : quantity, Unit.KWH, yearToDate, null,
                        timeOfUse ? splitPeakValley(quantity) : null, null);
        Account account = new Account("Q-1", water ? Utility.WATER : Utility.ELECTRICITY, water ? "CN-BJ" : "CN-ZJ",
                CustomerType.RESIDENTIAL, null, null, householdSize, List.of(), Map.of(), false, false, null, null, null);
        Decision decision = PIPELINE.decide(new DecisionRequest("q", OffsetDateTime.parse("2026-11-20T10:00:00+08:00"),
                account, usage, List.of(), List.of(), List.of(), List.of(), null), DefaultPolicyPack.compiled());
        assertThat(decision.charges().currentBill()).as("a bill for %s", usage).isNotNull();
        List<BillLine> tiered = decision.charges().currentBill().lines().stream().filter(l -> l.tier() != null).toList();
        assertThat(tiered.stream().map(BillLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(quantity);
        assertThat(decision.charges().currentBill().total()).isEqualTo(decision.charges().currentBill().lines().stream()
                .map(BillLine::amount).reduce(Money.ZERO, BigDecimal::add));
    }

    private static TimeOfUse splitPeakValley(BigDecimal quantity) {
        BigDecimal peak = quantity.multiply(new BigDecimal("0.6")).setScale(3, RoundingMode.DOWN);
        return new TimeOfUse(peak, quantity.subtract(peak));
    }

    private static BigDecimal itemised(BillLine line) {
        return line.components().isEmpty() ? Money.round(line.quantity().multiply(line.unitPrice()))
                : line.components().stream().map(BillComponent::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    /** A generated tariff: ascending tier bounds from the steps, itemised in two components when asked. */
    private static final class GeneratedTariff {
        static TieredTariff of(List<BigDecimal> steps, List<BigDecimal> prices, boolean itemised) {
            List<Tier> tiers = new ArrayList<>();
            BigDecimal bound = BigDecimal.ZERO;
            for (int i = 0; i <= steps.size(); i++) {
                bound = i < steps.size() ? bound.add(steps.get(i)) : null;
                BigDecimal price = prices.get(i);
                List<PriceComponent> parts = itemised ? List.of(new PriceComponent("a", price),
                        new PriceComponent("b", new BigDecimal("1.57"))) : List.of();
                BigDecimal total = itemised ? price.add(new BigDecimal("1.57")) : price;
                tiers.add(new Tier(bound, total, parts));
                if (bound == null) {
                    break;
                }
            }
            return new TieredTariff("T", "Generated", "M3", true, tiers, false);
        }
    }
}
