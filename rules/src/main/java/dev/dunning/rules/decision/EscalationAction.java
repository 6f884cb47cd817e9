package dev.dunning.rules.decision;

/** What the billing system should do about the escalation step. */
public enum EscalationAction {
    CONTACT, HOLD, HUMAN_REVIEW, NONE
}
