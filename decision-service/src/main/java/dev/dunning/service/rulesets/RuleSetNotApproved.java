package dev.dunning.service.rulesets;

/**
 * A version no reviewer approved (DRAFT, IN_REVIEW or REJECTED) asked to run where only reviewed code may: beside
 * live traffic (shadow mode) or in a simulation of the service. {@code field} names the request's part that named it.
 */
public class RuleSetNotApproved extends RuntimeException {
    private final String field;
    private final RuleSetStatus status;

    RuleSetNotApproved(String field, String hash, RuleSetStatus status) {
        super("version " + hash + " is " + status + ": only a version a reviewer approved (APPROVED, ACTIVE or RETIRED) "
                + "runs in the service; simulate a draft on your own machine with ./dunning simulate");
        this.field = field;
        this.status = status;
    }

    public String field() {
        return field;
    }

    public RuleSetStatus status() {
        return status;
    }
}
