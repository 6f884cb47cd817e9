package dev.dunning.rules.request;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    /** The days {@code asOf} may fall on, from the validator's clock, or {@code null} when it is not checked. */
    static LocalDate[] asOfWindow(OffsetDateTime asOf, RequestHorizon horizon, ConstraintValidatorContext context) {
        if (asOf == null || horizon.asOfBeforeNow() == null || !Bounds.isPlausibleYear(asOf.getYear())) {
            return null;
        }
        LocalDate today = LocalDate.ofInstant(context.getClockProvider().getClock().instant(), asOf.getOffset());
        return new LocalDate[] {today.minus(horizon.asOfBeforeNow()), today.plus(horizon.asOfAfterNow())};
    }

    /** True when {@code asOf} lies where dates can be checked against it: in the calendar and in its window. */
    static boolean usable(OffsetDateTime asOf, RequestHorizon horizon, ConstraintValidatorContext context) {
        if (asOf == null || !Bounds.isPlausibleYear(asOf.getYear())) {
            return false;
        }
        LocalDate[] window = asOfWindow(asOf, horizon, context);
        return window == null || !asOf.toLocalDate().isBefore(window[0]) && !asOf.toLocalDate().isAfter(window[1]);
    }
}
