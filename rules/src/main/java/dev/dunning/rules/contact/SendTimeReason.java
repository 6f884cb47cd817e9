package dev.dunning.rules.contact;

/** Why a message goes out when it does; {@link SendTimes} says which rule wins. */
public enum SendTimeReason {
    /** The first time the channel's window allows. */
    CHANNEL_WINDOW,
    /** The decision fell in quiet hours: deferred to the first time the channel's window allows after them. */
    QUIET_HOURS_DEFERRED,
    /** The customer's most frequent open hour. */
    LEARNED_HOUR,
    /** The preferred weekday morning (Wednesday in the default pack). */
    PREFERRED_WEEKDAY,
    /** A working day shortly before the customer's bank auto-debit, so the account is funded. */
    BEFORE_AUTO_DEBIT
}
