package dev.dunning.rules.decision;

import dev.dunning.rules.request.Channel;
import java.time.OffsetDateTime;

/**
 * The message planned for the decision: through which channel, with which template, when, and its rendered text.
 * When nothing goes out, {@code send} is false and {@code suppressedBecause} says why.
 */
public record Contact(boolean send, Channel channel, String templateId, OffsetDateTime sendAt, String message,
                      String suppressedBecause) {

    public static Contact suppressed(String because) {
        return new Contact(false, null, null, null, null, because);
    }
}
