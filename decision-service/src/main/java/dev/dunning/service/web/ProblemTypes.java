package dev.dunning.service.web;

import java.net.URI;

/** The problem types this API answers with (RFC 9457), documented in the README. */
public final class ProblemTypes {
    public static final URI INVALID_REQUEST = URI.create("https://dunning.dev/problems/invalid-request");
    public static final URI MALFORMED_JSON = URI.create("https://dunning.dev/problems/malformed-json");
    public static final URI MALFORMED_REQUEST = URI.create("https://dunning.dev/problems/malformed-request");
    public static final URI REQUEST_ID_REUSED = URI.create("https://dunning.dev/problems/request-id-reused");
    public static final URI NOT_FOUND = URI.create("https://dunning.dev/problems/not-found");
    public static final URI RULE_SET_FAILED = URI.create("https://dunning.dev/problems/rule-set-failed");
    public static final URI RULE_SET_INVALID = URI.create("https://dunning.dev/problems/rule-set-invalid");
    public static final URI TRANSITION_REFUSED = URI.create("https://dunning.dev/problems/rule-set-step-refused");
    public static final URI INVALID_UPLOAD = URI.create("https://dunning.dev/problems/invalid-upload");
    public static final URI UNAVAILABLE = URI.create("https://dunning.dev/problems/decision-log-unavailable");
    public static final URI CONTACT_EVENT_REFUSED = URI.create("https://dunning.dev/problems/contact-event-refused");
    public static final URI MODEL_UNAVAILABLE = URI.create("https://dunning.dev/problems/model-version-unavailable");
    public static final URI BATCH_TOO_LARGE = URI.create("https://dunning.dev/problems/batch-too-large");
    public static final URI RULE_SET_CHECK_TIMED_OUT = URI.create("https://dunning.dev/problems/rule-set-check-timed-out");
    public static final URI RULE_SET_CHECKS_BUSY = URI.create("https://dunning.dev/problems/rule-set-checks-busy");
    public static final URI NOT_APPROVED = URI.create("https://dunning.dev/problems/rule-set-not-approved");
    public static final URI LOGIN_LOCKED = URI.create("https://dunning.dev/problems/login-locked");
    public static final URI PAYLOAD_TOO_LARGE = URI.create("https://dunning.dev/problems/payload-too-large");
    public static final URI INTERNAL_ERROR = URI.create("https://dunning.dev/problems/internal-error");

    private ProblemTypes() {
    }
}
