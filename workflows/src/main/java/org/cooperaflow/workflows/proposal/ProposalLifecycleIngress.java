package org.cooperaflow.workflows.proposal;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.cooperaflow.domain.proposal.api.ProposalResubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProposalWithdrawnEvent;
import org.cooperaflow.workflows.support.CaseFacts;
import org.cooperaflow.workflows.support.ProcessInstances;
import org.cooperaflow.workflows.support.WorkflowProcessingGroup;
import org.cooperaflow.workflows.support.WorkflowTimers;
import org.springframework.stereotype.Component;

/**
 * Where proposal events reach the lifecycle process: the event processor {@code workflow}
 * hands each event over in the same transaction as its token, so a crash redelivers a step and
 * never loses or doubles it (ADR 0004): a redelivered event finds the instance by business key
 * and starts no second one. A reset of the processor (a replay) drives no process at all: the
 * processes already are what those events made of them.
 */
@Component
@ProcessingGroup(WorkflowProcessingGroup.NAME)
public class ProposalLifecycleIngress {

    private final ProcessInstances processes;
    private final WorkflowTimers timers;
    private final CaseFacts facts;

    public ProposalLifecycleIngress(ProcessInstances processes, WorkflowTimers timers, CaseFacts facts) {
        this.processes = processes;
        this.timers = timers;
        this.facts = facts;
    }

    @EventHandler
    void on(ProposalSubmittedEvent event) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProposalLifecycleProcess.Variables.PROPOSAL_ID, event.proposalId());
        variables.put(ProposalLifecycleProcess.Variables.PROPOSER_GROUP,
                ProposalLifecycleProcess.Groups.memberState(event.proposerMemberState()));
        variables.putAll(timerVariables());
        processes.startOnce(ProposalLifecycleProcess.KEY, event.proposalId(), variables,
                () -> facts.isWithdrawn(event.proposalId()));
    }

    /**
     * Only an instance waiting for the resubmission takes the message; a replayed event finds it gone on
     * (or the instance ended), and correlating nothing is then the right outcome.
     */
    @EventHandler
    void on(ProposalResubmittedEvent event) {
        processes.correlate(ProposalLifecycleProcess.Messages.PROPOSAL_RESUBMITTED, event.proposalId());
    }

    /** Ends the instance at any stage; none is left when the process itself withdrew the proposal. */
    @EventHandler
    void on(ProposalWithdrawnEvent event) {
        processes.correlate(ProposalLifecycleProcess.Messages.PROPOSAL_WITHDRAWN, event.proposalId());
    }

    private Map<String, Object> timerVariables() {
        return Map.of(
                ProposalLifecycleProcess.Variables.REVISION_TIMEOUT, timers.revisionTimeout(),
                ProposalLifecycleProcess.Variables.REVIEW_REMINDER, timers.reviewReminder(),
                ProposalLifecycleProcess.Variables.REVIEW_DEADLINE, timers.reviewDeadline(),
                ProposalLifecycleProcess.Variables.REPORTING_PERIOD, timers.reportingPeriod());
    }
}
