package org.cooperaflow.domain.shared;

/**
 * A command that the business rules refuse: the case stays as it was. The API answers 422;
 * {@link IllegalTransition} (the case is not in a stage that allows the step) answers 409.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String rule;

    public DomainRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable, machine-readable name of the rule, such as {@code reason-required}. */
    public String rule() {
        return rule;
    }
}
