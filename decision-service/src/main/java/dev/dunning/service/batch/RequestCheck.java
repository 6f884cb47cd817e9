package dev.dunning.service.batch;

import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.RequestValidator;
import dev.dunning.service.web.FieldError;
import java.util.List;

/** The bounds of a request read from a batch, as the REST API validates a request body. Thread-safe. */
final class RequestCheck {
    private final RequestValidator validator;

    RequestCheck(RequestValidator validator) {
        this.validator = validator;
    }

    /** Each bad field by its path in the request (as the REST API names it), in path order; empty when valid. */
    List<FieldError> problems(DecisionRequest request) {
        return validator.violations(request).stream().map(v -> new FieldError(v.field(), v.message())).toList();
    }
}
