package dev.dunning.service.web;

import java.io.IOException;

/** A request body longer than its limit: thrown while it is read, so that no more of it is read. */
public final class BodyTooLarge extends IOException {
    private final BodyLimits.Limit limit;

    public BodyTooLarge(BodyLimits.Limit limit) {
        super("The body is larger than " + limit.readable() + " (" + limit.property() + ")");
        this.limit = limit;
    }

    public BodyLimits.Limit limit() {
        return limit;
    }
}
