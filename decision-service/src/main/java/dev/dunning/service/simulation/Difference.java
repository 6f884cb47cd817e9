package dev.dunning.service.simulation;

/** What a candidate rule set changed in one account's decision. */
public enum Difference {
    STEP, ACTION, CHANNEL, SEND_DAY, SEND_TIME, AMOUNT_DUE
}
