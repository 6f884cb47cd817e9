package dev.dunning.rules.request;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount of money in yuan within {@link Bounds#YUAN_INTEGER_DIGITS} and {@link Bounds#YUAN_FRACTION_DIGITS}
 * digits.
 */
@MaxDigits(integer = Bounds.YUAN_INTEGER_DIGITS, fraction = Bounds.YUAN_FRACTION_DIGITS)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Yuan {
    String message() default "must be an amount in yuan with at most " + Bounds.YUAN_INTEGER_DIGITS
            + " digits before the decimal point and " + Bounds.YUAN_FRACTION_DIGITS + " after it";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
