package dev.dunning.service.rulesets;

import dev.dunning.rules.scenarios.RuleSetVerification;

/** An upload that does not compile: nothing is stored and the active version keeps serving. */
public class RuleSetRejected extends RuntimeException {
    private final transient RuleSetVerification verification;

    RuleSetRejected(RuleSetVerification verification) {
        super("The rule set does not compile: " + verification.problems().stream().filter(p -> p.isError()).count()
                + " error(s)");
        this.verification = verification;
    }

    public RuleSetVerification verification() {
        return verification;
    }
}
