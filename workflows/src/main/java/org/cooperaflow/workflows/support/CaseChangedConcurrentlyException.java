package org.cooperaflow.workflows.support;

/**
 * Another action on the same case got there first: the task this user acted on was completed meanwhile, or the
 * case stayed busy. Nothing of this user's action was written; they reload the case and decide again (409).
 */
public class CaseChangedConcurrentlyException extends RuntimeException {

    public CaseChangedConcurrentlyException(String message) {
        super(message);
    }
}
