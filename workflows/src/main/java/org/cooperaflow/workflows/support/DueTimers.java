package org.cooperaflow.workflows.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The processes' timers that have fallen due, for a caller that lets time pass itself while the job executor does
 * not run yet (the demo agency's past): which comes first, and firing it as the job executor would.
 */
@Component
public class DueTimers {

    /**
     * A timer of a process instance: where the process waits ({@code activityId}) and for which case, each null when
     * the engine no longer knows it.
     */
    public record DueTimer(String jobId, String activityId, String caseId, Instant due) {
    }

    private final ManagementService managementService;
    private final RuntimeService runtimeService;

    public DueTimers(ManagementService managementService, RuntimeService runtimeService) {
        this.managementService = managementService;
        this.runtimeService = runtimeService;
    }

    /** The timer due first, if one is due at or before {@code until}. */
    public Optional<DueTimer> first(Instant until) {
        List<Job> due = managementService.createJobQuery().timers()
                .duedateLowerThan(Date.from(until.plusMillis(1)))
                .orderByJobDuedate().asc().listPage(0, 1);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Job job = due.get(0);
        return Optional.of(new DueTimer(job.getId(), activityOf(job), caseOf(job), job.getDuedate().toInstant()));
    }

    /** Fires the timer now, in the caller's thread, as the job executor would. */
    public void fire(DueTimer timer) {
        managementService.executeJob(timer.jobId());
    }

    private String activityOf(Job job) {
        JobDefinition definition = managementService.createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId()).singleResult();
        return definition == null ? null : definition.getActivityId();
    }

    private String caseOf(Job job) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(job.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }
}
