package dev.dunning.service.contact;

/** What happened to a planned contact, as the billing system or the channel reports it. */
public enum ContactEventType {
    DELIVERED, OPENED, PAID, FAILED;

    /** Whether the event says the message reached the customer (a paid contact counts as delivered). */
    boolean reached() {
        return this != FAILED;
    }

    /** Whether this event and {@code other} cannot both be true: a failed contact was neither delivered nor opened. */
    boolean contradicts(ContactEventType other) {
        return this == FAILED && (other == DELIVERED || other == OPENED)
                || other == FAILED && (this == DELIVERED || this == OPENED);
    }
}
