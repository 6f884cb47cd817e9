package dev.dunning.service.audit;

/** The decision log cannot take an entry now (database down, overloaded); nothing was answered without a record. */
public class AuditLogUnavailable extends RuntimeException {
    public AuditLogUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
