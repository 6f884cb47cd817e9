package dev.dunning.service.contact;

import dev.dunning.rules.request.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** The body of {@code POST /api/v1/contacts/{contactId}/events}: what happened and when, with its offset. */
public record ContactEventRequest(
        @NotNull @Schema(example = "DELIVERED") ContactEventType type,
        @NotNull @PlausibleDate @Schema(example = "2026-12-20T19:02:00+08:00") OffsetDateTime at) {
}
