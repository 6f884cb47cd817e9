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
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A date (or date-time) in the years {@link Bounds#FIRST_YEAR} to {@link Bounds#LAST_YEAR}. */
@Constraint(validatedBy = {PlausibleDate.ForDate.class, PlausibleDate.ForDateTime.class})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {
    String message() default "must lie between " + Bounds.FIRST_YEAR + "-01-01 and " + Bounds.LAST_YEAR + "-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class ForDate implements ConstraintValidator<PlausibleDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || Bounds.isPlausibleYear(date.getYear());
        }
    }

    class ForDateTime implements ConstraintValidator<PlausibleDate, OffsetDateTime> {
        @Override
        public boolean isValid(OffsetDateTime time, ConstraintValidatorContext context) {
            return time == null || Bounds.isPlausibleYear(time.getYear());
        }
    }
}
