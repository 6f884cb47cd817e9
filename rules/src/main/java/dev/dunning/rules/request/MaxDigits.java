package dev.dunning.rules.request;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * A decimal with at most {@code integer} digits before the point and {@code fraction} after it, counted from its
 * precision and scale in {@code long} arithmetic: {@code 1E+2147483647} is refused (Bean Validation's {@code @Digits}
 * counts in {@code int} and lets it through).
 */
@Constraint(validatedBy = MaxDigits.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxDigits {
    int integer();

    int fraction();

    String message() default "must have at most {integer} digits before the decimal point and {fraction} after it";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MaxDigits, BigDecimal> {
        private int integer;
        private int fraction;

        @Override
        public void initialize(MaxDigits bounds) {
            integer = bounds.integer();
            fraction = bounds.fraction();
        }

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return Bounds.digitsProblem(value, integer, fraction).isEmpty();
        }
    }
}
