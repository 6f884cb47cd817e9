package dev.dunning.rules.decision;

import dev.dunning.rules.request.EscalationStep;
import java.time.LocalDate;

/** The next rung of the ladder and what to do about it; {@code limitedBy} names the protection that changed it. */
public record Escalation(EscalationStep step, EscalationAction action, LocalDate nextReviewOn,
                         boolean humanReviewRequired, String limitedBy) {

    public Escalation limitTo(EscalationStep allowed, EscalationAction instead, String protectionCode) {
        return new Escalation(allowed, instead, nextReviewOn, true, protectionCode);
    }
}
