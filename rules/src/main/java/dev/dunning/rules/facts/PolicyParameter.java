package dev.dunning.rules.facts;

import dev.dunning.rules.request.Account;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A named policy number from the pack's parameters files, with where it comes from and how certain it is.
 * {@code region} scopes it to a region and its sub-regions (empty: everywhere); the most specific one applies.
 * An empty {@code value} means the pack leaves it unset, so the rules that need it do not fire.
 */
public record PolicyParameter(String name, String region, BigDecimal value, String source, String grade, String note) {

    public boolean appliesTo(Account account) {
        return region == null || account.isIn(region);
    }

    /** How specific the scope is: the longer the region code, the more specific. */
    public int specificity() {
        return region == null ? 0 : region.length();
    }

    public boolean sameSlotAs(PolicyParameter other) {
        return name.equals(other.name) && Objects.equals(region, other.region);
    }
}
