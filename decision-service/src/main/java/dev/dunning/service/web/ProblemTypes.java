package dev.dunning.service.web;

import java.net.URI;

/** The problem types this API answers with (RFC 9457), documented in the README. */
final class ProblemTypes {
    static final URI INVALID_REQUEST = URI.create("https://dunning.dev/problems/invalid-request");
    static final URI MALFORMED_JSON = URI.create("https://dunning.dev/problems/malformed-json");
    static final URI REQUEST_ID_REUSED = URI.create("https://dunning.dev/problems/request-id-reused");
    static final URI NOT_FOUND = URI.create("https://dunning.dev/problems/not-found");
    static final URI RULE_SET_FAILED = URI.create("https://dunning.dev/problems/rule-set-failed");
    static final URI RULE_SET_INVALID = URI.create("https://dunning.dev/problems/rule-set-invalid");
    static final URI TRANSITION_REFUSED = URI.create("https://dunning.dev/problems/rule-set-step-refused");
    static final URI INVALID_UPLOAD = URI.create("https://dunning.dev/problems/invalid-upload");
    static final URI UNAVAILABLE = URI.create("https://dunning.dev/problems/decision-log-unavailable");
    static final URI CONTACT_EVENT_REFUSED = URI.create("https://dunning.dev/problems/contact-event-refused");
    static final URI MODEL_UNAVAILABLE = URI.create("https://dunning.dev/problems/model-version-unavailable");
    static final URI INTERNAL_ERROR = URI.create("https://dunning.dev/problems/internal-error");

    private ProblemTypes() {
    }
}
