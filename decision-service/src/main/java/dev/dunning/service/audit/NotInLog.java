package dev.dunning.service.audit;

/** Nothing in the log by that id (never logged, or purged after the retention period). */
public class NotInLog extends RuntimeException {
    public NotInLog(String message) {
        super(message);
    }
}
