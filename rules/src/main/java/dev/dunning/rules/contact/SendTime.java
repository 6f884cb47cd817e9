package dev.dunning.rules.contact;

import java.time.OffsetDateTime;

/** When to send a message, in the account's zone, and the rule that chose the time. */
public record SendTime(OffsetDateTime sendAt, SendTimeReason reason) {
}
