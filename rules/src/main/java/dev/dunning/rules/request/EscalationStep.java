package dev.dunning.rules.request;

/** The rungs of the dunning ladder, in the order they are climbed. */
public enum EscalationStep {
    NONE,
    PRE_DUE_REMINDER,
    FIRST_REMINDER,
    SECOND_REMINDER,
    DEMAND_NOTICE,
    FIELD_VISIT,
    RESTRICTION_NOTICE,
    RESTRICTION,
    LEGAL_REFERRAL;

    public boolean isAfter(EscalationStep other) {
        return compareTo(other) > 0;
    }
}
