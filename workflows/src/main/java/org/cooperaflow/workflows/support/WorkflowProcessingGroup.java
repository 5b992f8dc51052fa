package org.cooperaflow.workflows.support;

/** The tracking event processor (two segments) that drives the processes from domain events. */
public final class WorkflowProcessingGroup {

    public static final String NAME = "workflow";

    private WorkflowProcessingGroup() {
    }
}
