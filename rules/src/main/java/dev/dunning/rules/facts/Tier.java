package dev.dunning.rules.facts;

import dev.dunning.rules.decision.PriceComponent;
import java.math.BigDecimal;
import java.util.List;

/**
 * One tier of a tiered tariff: quantities up to {@code upTo} (inclusive, cumulative over the tariff's basis; empty for
 * the last, open tier) cost {@code price} per unit, made of {@code components} when the tariff itemises them.
 */
public record Tier(BigDecimal upTo, BigDecimal price, List<PriceComponent> components) {

    public Tier {
        components = components == null ? List.of() : List.copyOf(components);
    }

    public static Tier upTo(String upTo, String price, PriceComponent... components) {
        return new Tier(upTo == null ? null : new BigDecimal(upTo), new BigDecimal(price), List.of(components));
    }

    public static Tier above(String price, PriceComponent... components) {
        return upTo(null, price, components);
    }

    Tier widenedBy(BigDecimal extra) {
        return upTo == null ? this : new Tier(upTo.add(extra), price, components);
    }
}
