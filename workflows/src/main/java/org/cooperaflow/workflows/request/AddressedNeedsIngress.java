package org.cooperaflow.workflows.request;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.cooperaflow.domain.request.api.MarkCooperationRequestAddressedCommand;
import org.cooperaflow.workflows.support.CaseFacts;
import org.cooperaflow.workflows.support.ProcessCommandSender;
import org.cooperaflow.workflows.support.WorkflowProcessingGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An approved proposal addresses the needs it links ({@code cooperationRequestIds}): each one that is in the
 * catalog (published, or already addressed by another proposal) is marked addressed by it. The stage is read
 * from the event store first, so no command goes out that the request would refuse: a refused command would
 * stop the workflow processor (its errors propagate, ADR 0004). Marking is idempotent per proposal, so an
 * event delivered again records nothing twice; a replay does not reach this handler.
 */
@Component
@ProcessingGroup(WorkflowProcessingGroup.NAME)
public class AddressedNeedsIngress {

    private static final Logger log = LoggerFactory.getLogger(AddressedNeedsIngress.class);


    private final CaseFacts facts;
    private final ProcessCommandSender commands;

    public AddressedNeedsIngress(CaseFacts facts, ProcessCommandSender commands) {
        this.facts = facts;
        this.commands = commands;
    }

    @EventHandler
    void on(ProposalApprovedEvent event) {
        for (String requestId : facts.proposalDetails(event.proposalId()).cooperationRequestIds()) {
            CooperationRequestStage stage = facts.cooperationRequestStage(requestId).orElse(null);
            if (stage == null || !stage.inCatalog()) {
                log.info("Need {} linked by approved proposal {} is {}; not marked addressed", requestId,
                        event.proposalId(), stage == null ? "unknown" : stage);
                continue;
            }
            commands.send((String) null, new MarkCooperationRequestAddressedCommand(requestId, event.proposalId()),
                    "addressed by approved proposal " + event.proposalId());
        }
    }
}
