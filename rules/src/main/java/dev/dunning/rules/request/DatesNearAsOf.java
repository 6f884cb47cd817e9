package dev.dunning.rules.request;

import static java.lang.annotation.ElementType.TYPE;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * Every date of a request within its {@link RequestHorizon} around {@code asOf}: a bill due a million years ago is
 * refused before any rule counts the days since. Each date outside is named by its path (a date outside the
 * calendar's bounds is named by {@link PlausibleDate} instead, and none is checked while {@code asOf} itself is out of
 * bounds).
 */
@Constraint(validatedBy = DatesNearAsOf.Validator.class)
@Target(TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DatesNearAsOf {
    String message() default "must lie near asOf";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DatesNearAsOf, DecisionRequest> {
        @Override
        public boolean isValid(DecisionRequest request, ConstraintValidatorContext context) {
            RequestHorizon horizon = Horizons.of(context);
            if (request == null || !Horizons.usable(request.asOf(), horizon, context)) {
                return true;
            }
            LocalDate asOf = request.asOf().toLocalDate();
            LocalDate earliest = asOf.minus(horizon.datesBeforeAsOf());
            LocalDate latest = asOf.plus(horizon.datesAfterAsOf());
            String message = "must lie between " + earliest + " and " + latest + " (at most "
                    + horizon.datesBeforeAsOf() + " before asOf and " + horizon.datesAfterAsOf() + " after it)";
            boolean valid = true;
            for (RequestDates dated : RequestDates.of(request)) {
                if (Bounds.isPlausibleYear(dated.date().getYear())
                        && (dated.date().isBefore(earliest) || dated.date().isAfter(latest))) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                        valid = false;
                    }
                    violation(context, message, dated);
                }
            }
            return valid;
        }

        private static void violation(ConstraintValidatorContext context, String message, RequestDates dated) {
            NodeBuilderCustomizableContext node = context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(dated.nodes().getFirst());
            for (String name : dated.nodes().subList(1, dated.nodes().size())) {
                node = node.addPropertyNode(name);
            }
            if (dated.index() >= 0) {
                node.inIterable().atIndex(dated.index()).addConstraintViolation();
            } else {
                node.addConstraintViolation();
            }
        }
    }
}
