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

/** An ISO 3166-1 alpha-2 code of one of the 35 OAS member states. */
@Documented
@Constraint(validatedBy = MemberStateCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface MemberStateCode {

    String message() default "is not an OAS member state (ISO 3166-1 alpha-2)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is left to {@code @NotNull}. */
    class Validator implements ConstraintValidator<MemberStateCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || org.cooperaflow.domain.shared.MemberStates.isMemberState(value);
        }
    }
}
