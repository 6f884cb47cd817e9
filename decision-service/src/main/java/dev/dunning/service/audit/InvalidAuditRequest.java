package dev.dunning.service.audit;

/** A request to the log that cannot be served as asked, naming the parameter at fault. */
public class InvalidAuditRequest extends RuntimeException {
    private final String field;

    public InvalidAuditRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
