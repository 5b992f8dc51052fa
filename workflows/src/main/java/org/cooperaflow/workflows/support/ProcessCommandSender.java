package org.cooperaflow.workflows.support;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.springframework.stereotype.Component;

/**
 * Sends the commands of process steps (service tasks, timers) as the {@code system} actor,
 * naming the process instance. Every audit key is set explicitly, so nothing of the event
 * that started the step (its user, their comment) is carried over by correlation.
 */
@Component
public class ProcessCommandSender {

    private final CommandGateway commandGateway;

    public ProcessCommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public void send(DelegateExecution execution, Object command, String reason) {
        send(execution.getProcessInstanceId(), command, reason);
    }

    /** As a process step, from an event handler of the workflow processor that no process instance runs. */
    public void send(String processInstanceId, Object command, String reason) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                AuditMetadata.ACTOR, AuditMetadata.SYSTEM_ACTOR,
                AuditMetadata.ACTOR_ROLES, "",
                AuditMetadata.ACTOR_MEMBER_STATE, "",
                AuditMetadata.REASON, reason,
                AuditMetadata.TASK_ID, "",
                AuditMetadata.PROCESS_INSTANCE_ID, processInstanceId == null ? "" : processInstanceId)));
    }
}
