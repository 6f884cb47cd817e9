package dev.dunning.service.decisions;

/** A request id that was already used for a different request: answering it would hide one of the two. */
public class RequestIdReused extends RuntimeException {
    private final String requestId;

    RequestIdReused(String requestId) {
        super("requestId '" + requestId + "' was already used for a different request");
        this.requestId = requestId;
    }

    public String requestId() {
        return requestId;
    }
}
