package org.cooperaflow.workflows.proposal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.cooperaflow.domain.proposal.api.EscalateOverdueReportCommand;
import org.cooperaflow.workflows.support.ProcessCommandSender;
import org.springframework.stereotype.Component;

/** Tells the manager, through the proposal's history, that the open progress report is past its due date. */
@Component(ProposalLifecycleProcess.Delegates.ESCALATE_OVERDUE_REPORT)
public class EscalateOverdueReportDelegate implements JavaDelegate {

    private final ProcessCommandSender commands;

    public EscalateOverdueReportDelegate(ProcessCommandSender commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalId = (String) execution.getVariable(ProposalLifecycleProcess.Variables.PROPOSAL_ID);
        Task report = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(ProposalLifecycleProcess.Elements.TASK_SUBMIT_PROGRESS_REPORT)
                .singleResult();
        Date due = report != null && report.getDueDate() != null ? report.getDueDate() : ClockUtil.getCurrentTime();
        LocalDate dueDate = due.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        commands.send(execution, new EscalateOverdueReportCommand(proposalId, dueDate),
                "progress report not submitted by " + dueDate);
    }
}
