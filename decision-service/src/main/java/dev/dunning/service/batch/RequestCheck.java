package dev.dunning.service.batch;

import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.service.web.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Bean Validation of a request read from a file, as the REST API validates a request body. Thread-safe. */
final class RequestCheck {
    private final Validator validator;

    RequestCheck(Validator validator) {
        this.validator = validator;
    }

    /**
     * A validator of its own; every property counts as reachable, since the default resolver asks JPA (on the class
     * path here) whether each property is loaded, which costs more than the checks.
     */
    static RequestCheck standalone() {
        return new RequestCheck(Validation.byDefaultProvider().configure().traversableResolver(new TraversableResolver() {
            @Override
            public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
                return true;
            }

            @Override
            public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
                return true;
            }
        }).buildValidatorFactory().getValidator());
    }

    /** Each bad field by its path in the request (as the REST API names it), in path order; empty when valid. */
    List<FieldError> problems(DecisionRequest request) {
        Set<ConstraintViolation<DecisionRequest>> violations = validator.validate(request);
        return violations.stream().map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
    }
}
