package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.decision.BillComponent;
import dev.dunning.rules.decision.BillLine;
import dev.dunning.rules.decision.PriceComponent;
import dev.dunning.rules.facts.Tier;
import dev.dunning.rules.facts.TieredTariff;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How a tiered tariff splits a period's quantity across annual tier bounds, with Beijing's tap-water prices. */
class TieredTariffTest {
    private static final PriceComponent RESOURCE = new PriceComponent("Water-resource fee", new BigDecimal("1.57"));
    private static final PriceComponent SEWAGE = new PriceComponent("Sewage fee", new BigDecimal("1.36"));
    private static final TieredTariff WATER = TieredTariff.annual("W", "Water", "M3",
            Tier.upTo("180", "5.00", new PriceComponent("Water fee", new BigDecimal("2.07")), RESOURCE, SEWAGE),
            Tier.upTo("260", "7.00", new PriceComponent("Water fee", new BigDecimal("4.07")), RESOURCE, SEWAGE),
            Tier.above("9.00", new PriceComponent("Water fee", new BigDecimal("6.07")), RESOURCE, SEWAGE));

    @ParameterizedTest(name = "{1} m³ after {0} m³ → tier 1 {2}, tier 2 {3}, tier 3 {4}")
    @CsvSource({
            "0,      200,    180,    20,    0",
            "150,    60,     30,     30,    0",
            "0,      180,    180,    0,     0",
            "180,    1,      0,      1,     0",
            "179,    1,      1,      0,     0",
            "0,      260,    180,    80,    0",
            "260,    0.001,  0,      0,     0.001",
            "170,    100,    10,     80,    10",
            "300,    40,     0,      0,     40",
            "0,      12.345, 12.345, 0,     0",
            "175.5,  90.25,  4.5,    80,    5.75"})
    void splitsTheQuantityAtTheInclusiveBoundsAndSumsToIt(String before, String quantity, String tier1, String tier2,
                                                          String tier3) {
        List<BillLine> lines = WATER.lines(new BigDecimal(before), new BigDecimal(quantity));

        assertThat(inTier(lines, 1)).as("tier 1 of %s", lines).isEqualByComparingTo(tier1);
        assertThat(inTier(lines, 2)).as("tier 2 of %s", lines).isEqualByComparingTo(tier2);
        assertThat(inTier(lines, 3)).as("tier 3 of %s", lines).isEqualByComparingTo(tier3);
        assertThat(lines.stream().map(BillLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(quantity);
        assertThat(lines).allSatisfy(line -> assertThat(line.quantity().signum()).isPositive());
    }

    @Test
    void theReferenceExampleOf200CubicMetresInOneYearCosts1040() {
        List<BillLine> lines = WATER.lines(BigDecimal.ZERO, new BigDecimal("200"));

        assertThat(lines).extracting(BillLine::code).containsExactly("W-T1", "W-T2");
        assertThat(lines.get(0).amount()).isEqualByComparingTo("900.00");
        assertThat(lines.get(0).components()).extracting(BillComponent::amount).map(BigDecimal::toPlainString)
                .containsExactly("372.60", "282.60", "244.80");
        assertThat(lines.get(1).amount()).isEqualByComparingTo("140.00");
        assertThat(lines.get(1).components()).extracting(BillComponent::amount).map(BigDecimal::toPlainString)
                .containsExactly("81.40", "31.40", "27.20");
    }

    @Test
    void aTierLineCostsTheSumOfItsComponentsEachRoundedToTheFen() {
        // 12.345 m³: water fee 25.55415 → 25.55, resource 19.38165 → 19.38, sewage 16.7892 → 16.79; sum 61.72,
        // a fen less than 12.345 × 5.00 = 61.725 → 61.73 rounded as a whole.
        BillLine line = WATER.lines(BigDecimal.ZERO, new BigDecimal("12.345")).getFirst();

        assertThat(line.components()).extracting(BillComponent::amount).map(BigDecimal::toPlainString)
                .containsExactly("25.55", "19.38", "16.79");
        assertThat(line.amount()).isEqualByComparingTo(sumOfComponents(line)).isEqualByComparingTo("61.72");
        assertThat(line.unitPrice()).isEqualByComparingTo("5.00");
    }

    @ParameterizedTest(name = "{1} m³ after {0} m³")
    @CsvSource({"0, 200", "170, 100", "175.5, 90.25", "260, 0.005", "0, 12.345", "333.333, 0.333"})
    void everyTierLineCostsTheSumOfItsRoundedComponents(String before, String quantity) {
        assertThat(WATER.lines(new BigDecimal(before), new BigDecimal(quantity))).allSatisfy(line -> {
            assertThat(line.amount()).isEqualByComparingTo(sumOfComponents(line));
            assertThat(line.amount().scale()).isEqualTo(2);
            assertThat(line.components()).allSatisfy(c -> assertThat(c.amount().scale()).isEqualTo(2));
        });
    }

    @ParameterizedTest(name = "nothing used after {0} m³ is a zero line in tier {1}")
    @CsvSource({"0, 1", "179, 1", "180, 2", "200, 2", "260, 3", "300, 3"})
    void aPeriodWithoutUsageIsOneZeroLineInTheTierTheNextCubicMetreWouldCost(String before, int tier) {
        List<BillLine> lines = WATER.lines(new BigDecimal(before), BigDecimal.ZERO);

        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().tier()).isEqualTo(tier);
        assertThat(lines.getFirst().amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void widenedBoundsMoveEveryBoundButNotTheOpenTier() {
        TieredTariff wider = WATER.widenedBy(new BigDecimal("60"));
        List<BillLine> lines = wider.lines(new BigDecimal("200"), new BigDecimal("150"));

        assertThat(wider.widened()).isTrue();
        assertThat(wider.tiers()).extracting(Tier::upTo).containsExactly(new BigDecimal("240"), new BigDecimal("320"), null);
        assertThat(lines).extracting(BillLine::quantity).map(BigDecimal::toPlainString).containsExactly("40", "80", "30");
        assertThat(lines).extracting(BillLine::amount).map(BigDecimal::toPlainString)
                .containsExactly("200.00", "560.00", "270.00");
    }

    @Test
    void aPerPeriodTariffIgnoresTheYearToDateQuantity() {
        TieredTariff monthly = TieredTariff.perPeriod("E", "Monthly", "KWH", Tier.upTo("180", "0.50"), Tier.above("0.80"));
        List<BillLine> lines = monthly.lines(new BigDecimal("1000"), new BigDecimal("200"));

        assertThat(lines).extracting(BillLine::quantity).map(BigDecimal::toPlainString).containsExactly("180", "20");
        assertThat(lines).extracting(BillLine::amount).map(BigDecimal::toPlainString).containsExactly("90.00", "16.00");
    }

    @Test
    void theNationalFloorRatioIsOneToOneAndAHalfToThree() {
        assertThat(WATER.ratioBelow(new BigDecimal("1.5"), new BigDecimal("3"))).isTrue();
        assertThat(WATER.ratio()).isEqualTo("1 : 1.4 : 1.8");
        TieredTariff atFloor = TieredTariff.annual("F", "Floor", "M3", Tier.upTo("180", "4.00"),
                Tier.upTo("260", "6.00"), Tier.above("12.00"));
        assertThat(atFloor.ratioBelow(new BigDecimal("1.5"), new BigDecimal("3"))).isFalse();
        TieredTariff twoTiers = TieredTariff.annual("T", "Two", "M3", Tier.upTo("180", "4.00"), Tier.above("12.00"));
        assertThat(twoTiers.ratioBelow(new BigDecimal("1.5"), new BigDecimal("3"))).isTrue();
    }

    private static BigDecimal inTier(List<BillLine> lines, int tier) {
        return lines.stream().filter(l -> l.tier() == tier).map(BillLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sumOfComponents(BillLine line) {
        return line.components().stream().map(BillComponent::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
