package dev.dunning.rules.request;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** The {@link RequestHorizon} a validator was configured with (its constraint-validator payload), or the default. */
final class Horizons {
    private Horizons() {
    }

    static RequestHorizon of(ConstraintValidatorContext context) {
        try {
            RequestHorizon configured = context.unwrap(HibernateConstraintValidatorContext.class)
                    .getConstraintValidatorPayload(RequestHorizon.class);
            return configured == null ? RequestHorizon.DEFAULT : configured;
        } catch (ValidationException notHibernate) {
            return RequestHorizon.DEFAULT;
        }
    }
}
