package dev.dunning.rules.facts;

import dev.dunning.rules.decision.PriceComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One tier of a tiered tariff: quantities up to {@code upTo} (inclusive, cumulative over the tariff's basis; empty for
 * the last, open tier) cost {@code price} per unit, made of {@code components} when the tariff itemises them.
 */
public record Tier(BigDecimal upTo, BigDecimal price, List<PriceComponent> components) {
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,12})?");

    public Tier {
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** A tier stated with literal bounds and prices: plain decimals such as {@code "2760"} or {@code "0.538"}. */
    public static Tier upTo(String upTo, String price, PriceComponent... components) {
        return new Tier(upTo == null ? null : plain(upTo), plain(price), List.of(components));
    }

    public static Tier above(String price, PriceComponent... components) {
        return upTo(null, price, components);
    }

    private static BigDecimal plain(String literal) {
        if (!PLAIN_DECIMAL.matcher(literal).matches()) {
            throw new IllegalArgumentException("A tier bound or price is a plain decimal such as 0.538, not " + literal);
        }
        return new BigDecimal(literal);
    }

    Tier widenedBy(BigDecimal extra) {
        return upTo == null ? this : new Tier(upTo.add(extra), price, components);
    }
}
