package dev.dunning.datasets.portfolio;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What to generate: a seed, the number of accounts and the moment the portfolio is decided at. {@code zone} is where
 * the utilities are: it gives the as-of day and the offset of contact times.
 */
public record PortfolioSpec(long seed, long accounts, OffsetDateTime asOf, ZoneId zone) {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    public static final OffsetDateTime DEFAULT_AS_OF = OffsetDateTime.parse("2026-12-20T10:00:00+08:00");

    public PortfolioSpec {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        if (accounts < 0) {
            throw new IllegalArgumentException("accounts must be 0 or more, was " + accounts);
        }
    }

    public PortfolioSpec(long seed, long accounts, OffsetDateTime asOf) {
        this(seed, accounts, asOf, DEFAULT_ZONE);
    }

    /** The calendar day of {@code asOf} where the utilities are. */
    public LocalDate today() {
        return asOf.atZoneSameInstant(zone).toLocalDate();
    }
}
