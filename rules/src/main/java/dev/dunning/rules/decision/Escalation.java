package dev.dunning.rules.decision;

import dev.dunning.rules.request.EscalationStep;
import java.time.LocalDate;

/** The next rung of the ladder and what to do about it; {@code limitedBy} names the protection that changed it. */
public record Escalation(EscalationStep step, EscalationAction action, LocalDate nextReviewOn,
                         boolean humanReviewRequired, String limitedBy) {

    /** Stays on {@code current}: nothing new is done while {@code protectionCode} holds the account. */
    public Escalation holdAt(EscalationStep current, String protectionCode) {
        return new Escalation(current, EscalationAction.HOLD, nextReviewOn, humanReviewRequired, protectionCode);
    }

    /** The same step, with a person deciding before anything is done. */
    public Escalation withHumanReview(String why) {
        return new Escalation(step, EscalationAction.HUMAN_REVIEW, nextReviewOn, true, why);
    }

    public Escalation limitTo(EscalationStep allowed, EscalationAction instead, String protectionCode) {
        return new Escalation(allowed, instead, nextReviewOn, true, protectionCode);
    }
}
