package dev.dunning.rules.decision;

import dev.dunning.rules.request.Channel;
import java.time.OffsetDateTime;

/**
 * The message planned for the decision: through which channel, with which template, when, and its rendered text; a
 * written notice also goes as an {@code electronicCopy}. When nothing goes out, {@code send} is false,
 * {@code suppressedBecause} says why and {@code nextAllowedAt}, when known, is the first moment a contact is allowed
 * again.
 */
public record Contact(boolean send, Channel channel, String templateId, OffsetDateTime sendAt, String message,
                      String suppressedBecause, ElectronicCopy electronicCopy, OffsetDateTime nextAllowedAt) {

    public static Contact suppressed(String because) {
        return suppressed(because, null);
    }

    public static Contact suppressed(String because, OffsetDateTime nextAllowedAt) {
        return new Contact(false, null, null, null, null, because, null, nextAllowedAt);
    }

    /** The same message, sent electronically beside a written notice. */
    public record ElectronicCopy(Channel channel, OffsetDateTime sendAt) {
    }
}
