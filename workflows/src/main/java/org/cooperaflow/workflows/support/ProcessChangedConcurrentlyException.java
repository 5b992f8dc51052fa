package org.cooperaflow.workflows.support;

/**
 * Another transaction changed the task or its process instance first, and the process engine refused to write over
 * it (its optimistic lock). Nothing of this user's action was written; as with {@link CaseChangedConcurrentlyException}
 * they reload the case and decide again (409), though the engine does not say which action came first.
 */
public class ProcessChangedConcurrentlyException extends RuntimeException {

    public ProcessChangedConcurrentlyException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
