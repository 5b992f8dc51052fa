package org.cooperaflow.app.api.docs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.domain.access.Role;

/**
 * Who may call an endpoint, as its OpenAPI operation says it (in words and as {@code x-roles}). The checks themselves
 * are the security configuration and the case-access policy; AccessMatrixIT holds what the document says to the
 * answers each demo user gets.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CalledBy {

    /** Anyone, signed in or not: the data is public. */
    boolean anyone() default false;

    /** The roles that may call. With no role and no capability, every signed-in user may. */
    Role[] roles() default {};

    /** The capabilities whose holders may call (their roles are those of {@link Capability#holders()}). */
    Capability[] capabilities() default {};

    /** A further limit within those roles, in words, such as "an officer of the proposal's own state". */
    String limit() default "";
}
