package dev.dunning.rules.request;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A request's {@code asOf} no further from now (the validator's clock) than its {@link RequestHorizon} allows; not
 * checked when the horizon leaves {@code asOf} free.
 */
@Constraint(validatedBy = AsOfNearNow.Validator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface AsOfNearNow {
    String message() default "is too far from now";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AsOfNearNow, OffsetDateTime> {
        @Override
        public boolean isValid(OffsetDateTime asOf, ConstraintValidatorContext context) {
            RequestHorizon horizon = Horizons.of(context);
            LocalDate[] window = Horizons.asOfWindow(asOf, horizon, context);
            if (window == null || Horizons.usable(asOf, horizon, context)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must lie between " + window[0] + " and " + window[1] + " (at most "
                    + horizon.asOfBeforeNow() + " before today and " + horizon.asOfAfterNow() + " after it)")
                    .addConstraintViolation();
            return false;
        }
    }
}
