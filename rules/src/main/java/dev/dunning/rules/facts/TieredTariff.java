package dev.dunning.rules.facts;

import dev.dunning.rules.decision.BillLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiered price for metered usage (阶梯价格). Tier bounds are cumulative over the tariff's basis: the calendar year
 * ({@code annual}, so a bill must know the year-to-date quantity before its period) or the billed period alone.
 * Rules insert tariffs; tiered-billing.drl splits the billed quantity across the tier bounds into bill lines.
 */
public record TieredTariff(String code, String description, String unit, boolean annual, List<Tier> tiers,
                           boolean widened) {

    public TieredTariff {
        tiers = List.copyOf(tiers);
    }

    public static TieredTariff annual(String code, String description, String unit, Tier... tiers) {
        return new TieredTariff(code, description, unit, true, List.of(tiers), false);
    }

    public static TieredTariff perPeriod(String code, String description, String unit, Tier... tiers) {
        return new TieredTariff(code, description, unit, false, List.of(tiers), false);
    }

    /** The same prices with every tier bound moved up by {@code extra} (e.g. for larger households). */
    public TieredTariff widenedBy(BigDecimal extra) {
        return new TieredTariff(code, description, unit, annual, tiers.stream().map(t -> t.widenedBy(extra)).toList(), true);
    }

    /**
     * The bill lines for {@code quantity} used after {@code before} (the quantity already billed in the same basis
     * period): one line per tier the quantity reaches, whose quantities sum to {@code quantity}. No usage is one zero
     * line in the tier the next unit would be priced at.
     */
    public List<BillLine> lines(BigDecimal before, BigDecimal quantity) {
        BigDecimal start = annual && before != null ? before : BigDecimal.ZERO;
        BigDecimal end = start.add(quantity);
        List<BillLine> lines = new ArrayList<>();
        BigDecimal lower = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            BigDecimal upper = tier.upTo() == null ? end.max(lower) : tier.upTo();
            BigDecimal inTier = end.min(upper).subtract(start.max(lower));
            boolean nextUnitHere = start.compareTo(lower) >= 0 && (tier.upTo() == null || start.compareTo(upper) < 0);
            if (inTier.signum() > 0 || (quantity.signum() == 0 && nextUnitHere)) {
                lines.add(BillLine.ofTier(code + "-T" + (i + 1), description + ", tier " + (i + 1), inTier.max(BigDecimal.ZERO),
                        unit, i + 1, tier.price(), tier.components()));
            }
            lower = upper;
        }
        return lines;
    }

    /** True when the tier prices rise by less than {@code second} and {@code third} times the first tier's price. */
    public boolean ratioBelow(BigDecimal second, BigDecimal third) {
        if (tiers.size() < 3) {
            return true;
        }
        BigDecimal first = tiers.get(0).price();
        return tiers.get(1).price().compareTo(first.multiply(second)) < 0
                || tiers.get(2).price().compareTo(first.multiply(third)) < 0;
    }

    /** The tier prices as a ratio to the first, for messages: "1 : 1.40 : 1.80". */
    public String ratio() {
        BigDecimal first = tiers.get(0).price();
        return String.join(" : ", tiers.stream()
                .map(t -> t.price().divide(first, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())
                .toList());
    }
}
