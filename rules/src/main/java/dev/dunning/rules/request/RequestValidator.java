package dev.dunning.rules.request;

import jakarta.validation.Configuration;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The bounds of a {@link DecisionRequest} checked without the service: every way a request enters (portfolio files,
 * scenario files, the command line) uses the same Bean Validation annotations as the REST API. Thread-safe.
 */
public final class RequestValidator {
    private final Validator validator;

    public RequestValidator(Validator validator) {
        this.validator = validator;
    }

    /** Dates around {@code asOf} within {@link RequestHorizon#DEFAULT}; {@code asOf} itself unchecked against now. */
    public static RequestValidator standalone() {
        return Standalone.INSTANCE;
    }

    /** A validator with {@code horizon} and {@code clock} (for {@code asOf} against now). */
    public static RequestValidator of(RequestHorizon horizon, Clock clock) {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .traversableResolver(new EverythingReachable())
                .clockProvider(() -> clock);
        configure(configuration, horizon);
        return new RequestValidator(configuration.buildValidatorFactory().getValidator());
    }

    /** Gives a Bean Validation configuration (the service's) the request horizon; a no-op for other providers. */
    public static void configure(Configuration<?> configuration, RequestHorizon horizon) {
        if (configuration instanceof HibernateValidatorConfiguration hibernate) {
            hibernate.constraintValidatorPayload(horizon);
        }
    }

    /** Each bad field by its path in the request ({@code openBills[0].principal}), in path order; empty when valid. */
    public List<Violation> violations(DecisionRequest request) {
        return validator.validate(request).stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message)).toList();
    }

    /** One bad field and what is wrong with it. */
    public record Violation(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private static final class Standalone {
        static final RequestValidator INSTANCE = of(RequestHorizon.DEFAULT, Clock.systemUTC());
    }

    /**
     * Every property counts as reachable: the default resolver asks JPA (when it is on the class path) whether each
     * property is loaded, which costs more than the checks.
     */
    private static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }
    }
}
