package org.cooperaflow.workflows.tasks;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * One task with its case or its identity links read by id, and a task assigned and completed, each in one engine
 * command (ADR 0030).
 *
 * <p>Camunda's task and process-instance queries build their SQL for every call from a mapping of a few hundred
 * conditions, each evaluated by OGNL: while reviewers completed screening tasks, that took a fifth of the
 * application's CPU for four lookups by primary key. Here the engine reads the rows with its own by-id statements
 * ({@code select * from ACT_RU_TASK where ID_ = ?}), as its commands do. Authorization checks are off in CooperaFlow
 * ({@link TaskAccess} decides who may act), so the query and these reads see the same tasks.
 */
@Component
public class TaskRows extends AbstractProcessEnginePlugin {

    /** An open task and its case: the business key of its process instance, blank for a process without one. */
    record OpenTask(Task task, String caseId) {
    }

    private CommandExecutor commands;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        commands = configuration.getCommandExecutorTxRequired();
    }

    /** The open task with this id and its case, or null when no such task is open (never was, or ended). */
    OpenTask open(String taskId) {
        return commands().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                return null;
            }
            String caseId = "";
            if (task.getProcessInstanceId() != null) {
                ExecutionEntity process = context.getExecutionManager().findExecutionById(task.getProcessInstanceId());
                caseId = process == null || process.getBusinessKey() == null ? "" : process.getBusinessKey();
            }
            return new OpenTask(task, caseId);
        });
    }

    /**
     * An open task and its stored identity links: its candidate users and groups. Unlike
     * {@code getIdentityLinksForTask}, no link stands for the assignee or the owner; the task says who they are.
     */
    record TaskWithLinks(Task task, List<IdentityLink> links) {
    }

    /** The open task with this id and its identity links, or null. */
    TaskWithLinks task(String taskId) {
        return commands().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            return task == null ? null : new TaskWithLinks(task, List.copyOf(task.getIdentityLinks()));
        });
    }

    /**
     * Completes the task; given an assignee, assigns it to them first, in the same engine command. The user operation
     * log and the task's history record both steps, as {@code setAssignee} and {@code complete} would, for one read of
     * the task and one flush.
     */
    public void complete(String taskId, String assignee, Map<String, Object> variables) {
        commands().execute(context -> {
            if (assignee != null) {
                new AssignTaskCmd(taskId, assignee).execute(context);
            }
            return new CompleteTaskCmd(taskId, variables).execute(context);
        });
    }

    private CommandExecutor commands() {
        if (commands == null) {
            throw new IllegalStateException("the process engine did not install " + getClass().getSimpleName());
        }
        return commands;
    }
}
