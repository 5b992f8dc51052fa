package org.cooperaflow.app.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A measure of the 2024-2027 Cooperation Action Plan, such as 2.4. */
@Documented
@Constraint(validatedBy = MeasureCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface MeasureCode {

    String message() default "is not a measure of the 2024-2027 action plan (1.1-5.3)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is left to {@code @NotNull}. */
    class Validator implements ConstraintValidator<MeasureCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || org.cooperaflow.domain.shared.ActionPlanMeasures.isMeasure(value);
        }
    }
}
