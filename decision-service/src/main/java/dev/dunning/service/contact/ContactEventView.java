package dev.dunning.service.contact;

import java.time.OffsetDateTime;

/** An event of a contact: what happened and when, when it was recorded and by whom. */
public record ContactEventView(ContactEventType type, OffsetDateTime at, OffsetDateTime recordedAt, String recordedBy) {
}
