package dev.dunning.rules.request;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Heating billed by metered heat must say how much heat was metered; the violation names {@code meteredKwh}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MeteredHeatingHasKwh.Validator.class)
public @interface MeteredHeatingHasKwh {
    String message() default "is required when method is METERED";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MeteredHeatingHasKwh, Heating> {
        @Override
        public boolean isValid(Heating heating, ConstraintValidatorContext context) {
            if (heating == null || heating.method() != HeatingMethod.METERED || heating.meteredKwh() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("meteredKwh").addConstraintViolation();
            return false;
        }
    }
}
