package dev.dunning.rules.request;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** A contact already made: when, through which channel, for which step, and whether it was delivered and opened. */
public record ContactRecord(
        @NotNull @PlausibleDate OffsetDateTime at,
        @NotNull Channel channel,
        @NotNull EscalationStep step,
        Boolean delivered,
        @PlausibleDate OffsetDateTime openedAt) {
}
