package org.cooperaflow.workflows.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cooperaflow.domain.request.api.BeginDiagnosisCommand;
import org.cooperaflow.workflows.support.ProcessCommandSender;
import org.springframework.stereotype.Component;

/** Opens the diagnosis of a submitted cooperation request: the request enters UNDER_DIAGNOSIS. */
@Component(CooperationRequestProcess.Delegates.BEGIN_DIAGNOSIS)
public class BeginDiagnosisDelegate implements JavaDelegate {

    private final ProcessCommandSender commands;

    public BeginDiagnosisDelegate(ProcessCommandSender commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable(CooperationRequestProcess.Variables.REQUEST_ID);
        commands.send(execution, new BeginDiagnosisCommand(requestId), "diagnosis opened by the request process");
    }
}
