package org.cooperaflow.domain.shared;

/** A step that the case's current stage does not allow (a conflict with its state). */
public class IllegalTransition extends DomainRuleViolation {

    public IllegalTransition(String message) {
        super("illegal-transition", message);
    }
}
