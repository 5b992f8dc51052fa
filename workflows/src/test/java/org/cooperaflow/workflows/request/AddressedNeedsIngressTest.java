package org.cooperaflow.workflows.request;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.cooperaflow.domain.proposal.api.BoardTally;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.cooperaflow.domain.request.api.MarkCooperationRequestAddressedCommand;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.workflows.support.CaseFacts;
import org.cooperaflow.workflows.support.ProcessCommandSender;
import org.junit.jupiter.api.Test;

/** An approval marks the linked needs addressed, and sends nothing a need would refuse. */
class AddressedNeedsIngressTest {

    private static final String PROPOSAL = "proposal-1";

    private final CaseFacts facts = mock(CaseFacts.class);
    private final ProcessCommandSender commands = mock(ProcessCommandSender.class);
    private final AddressedNeedsIngress ingress = new AddressedNeedsIngress(facts, commands);

    @Test
    void marksEachPublishedOrAddressedNeedAndSkipsTheOthers() {
        when(facts.proposalDetails(PROPOSAL)).thenReturn(new ProposalDetails("Title", "summary",
                new Proposer(ProposerType.MEMBER_STATE, "JM", null), List.of(), null, List.of(), List.of(), null,
                null, null, null, null, List.of("published", "addressed", "withdrawn", "under-diagnosis", "unknown"),
                List.of()));
        when(facts.cooperationRequestStage("published")).thenReturn(Optional.of(CooperationRequestStage.PUBLISHED));
        when(facts.cooperationRequestStage("addressed")).thenReturn(Optional.of(CooperationRequestStage.ADDRESSED));
        when(facts.cooperationRequestStage("withdrawn")).thenReturn(Optional.of(CooperationRequestStage.WITHDRAWN));
        when(facts.cooperationRequestStage("under-diagnosis"))
                .thenReturn(Optional.of(CooperationRequestStage.UNDER_DIAGNOSIS));
        when(facts.cooperationRequestStage("unknown")).thenReturn(Optional.empty());

        ingress.on(new ProposalApprovedEvent(PROPOSAL, 1, Money.usd("100.00"), null, new BoardTally(3, 0, 0, 0)));

        verify(commands).send(eq((String) null), eq(new MarkCooperationRequestAddressedCommand("published", PROPOSAL)),
                anyString());
        verify(commands).send(eq((String) null), eq(new MarkCooperationRequestAddressedCommand("addressed", PROPOSAL)),
                anyString());
        for (String refused : List.of("withdrawn", "under-diagnosis", "unknown")) {
            verify(commands, never()).send(any(String.class),
                    eq(new MarkCooperationRequestAddressedCommand(refused, PROPOSAL)), anyString());
            verify(commands, never()).send((String) eq(null),
                    eq(new MarkCooperationRequestAddressedCommand(refused, PROPOSAL)), anyString());
        }
    }
}
